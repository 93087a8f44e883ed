import { useId, useState } from 'react';
import { isOutOfRace } from '../../../electron/shared/negotiations/candidacyStages';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import type { PendingMove } from '../../store/negotiationsSlice';
import { useAppStoreApi } from '../../store/useAppStore';
import { stageKeys } from './negotiationLabels';
import { performMove } from './performMove';

/**
 * Asks what a move needs before it is made: the reason a city leaves the race (required), or a
 * confirmation that this city hosts, with an optional reason that goes into the brief.
 */
export function MoveDialog({ move }: { move: PendingMove }) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const leaving = isOutOfRace(move.to);
  const stage = t(stageKeys[move.to]);
  const close = () => store.getState().setPendingMove(null);

  const submit = async () => {
    if (saving) return;
    if (leaving && reason.trim() === '') {
      setError(t('neg.move.reasonRequired', { city: move.city, stage }));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setSaving(true);
    const result = await performMove(store, move, reason);
    setSaving(false);
    if (result.ok) close();
    else setError(result.error.message);
  };

  return (
    <Dialog titleId={`${id}-title`} onCancel={close} className="neg-dialog">
      <EditForm
        titleId={`${id}-title`}
        title={leaving ? t('neg.move.leaveTitle', { city: move.city, stage }) : t('neg.move.selectTitle', { city: move.city })}
        error={null}
        saving={saving}
        saveLabel={leaving ? t('neg.move.confirmLeave', { stage }) : t('neg.move.confirmSelect', { city: move.city })}
        onSubmit={() => void submit()}
        onCancel={close}
      >
        <p>{leaving ? t('neg.move.leaveIntro') : t('neg.move.selectIntro', { city: move.city })}</p>
        <Field
          id={`${id}-reason`}
          label={leaving ? t('neg.move.reason') : t('neg.move.selectReason')}
          hint={leaving ? undefined : t('neg.move.selectReasonHint')}
          error={error ?? undefined}
        >
          {(control) => <textarea {...control} rows={3} required={leaving} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      </EditForm>
    </Dialog>
  );
}
