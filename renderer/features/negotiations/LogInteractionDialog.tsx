import { useId } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { LogInteractionForm, type InteractionContext } from './LogInteractionForm';

/** Logging an interaction from a candidacy's details. */
export function LogInteractionDialog({ context, onClose, onSaved }: { context: InteractionContext; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <Dialog titleId={titleId} onCancel={onClose} className="neg-dialog">
      <LogInteractionForm titleId={titleId} title={t('neg.log.title', { city: context.city })} context={context} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}
