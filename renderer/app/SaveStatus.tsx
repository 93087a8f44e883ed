import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/** "Saving…" while any write is in flight, then "Saved" or "Not saved" with the reason. */
export function SaveStatus() {
  const t = useT();
  const pending = useAppStore((s) => s.pendingWrites > 0);
  const save = useAppStore((s) => s.save);
  const state = pending ? 'saving' : save.status;
  return (
    <div className="save-status" data-state={state} role="status" data-testid="save-status">
      {state === 'saving' && <span>{t('save.saving')}</span>}
      {state === 'saved' && <span>{t('save.saved')}</span>}
      {state === 'not-saved' && save.status === 'not-saved' && (
        <>
          <span className="save-label">{t('save.notSaved')}</span>
          <span className="save-message">{save.message}</span>
        </>
      )}
    </div>
  );
}
