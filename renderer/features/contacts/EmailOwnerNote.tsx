import type { EmailOwner } from '../../../electron/shared/contracts/contactSelectionChannels';
import { useGuardedCancel } from '../../components/Dialog';
import { useT } from '../../i18n/useT';

interface Props {
  owner: EmailOwner;
  /** Leaves the form (asking first if it holds changes) and opens the other contact. */
  onOpen?: ((id: string) => void) | undefined;
}

/**
 * "Already the email of Иванова Мария · Open": a warning, not a refusal, since two people may
 * share an office address. Opening the other contact leaves the form through its unsaved-changes
 * question, so a half-typed contact is never dropped without asking.
 */
export function EmailOwnerNote({ owner, onOpen }: Props) {
  const t = useT();
  const open = useGuardedCancel(() => onOpen?.(owner.id));
  return (
    <>
      <p>{t('contactForm.emailTaken', { name: owner.name })}</p>
      {onOpen && (
        <button type="button" className="link-button" onClick={open}>
          {t('contactForm.openOwner', { name: owner.name })}
        </button>
      )}
    </>
  );
}
