import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/** The last action's outcome, with Undo when it can be taken back. */
export function ToastView() {
  const t = useT();
  const toast = useAppStore((s) => s.toast);
  const undo = useAppStore((s) => s.undo);
  const dismiss = useAppStore((s) => s.dismissToast);
  return (
    <div className="toast-region">
      <div className={toast ? `toast toast-${toast.tone}` : 'toast toast-idle'} data-testid="toast">
        {/* The status region stays mounted so screen readers announce each new message; an error is
            an alert, which is announced as it appears. */}
        <p role="status" className="toast-message">
          {toast?.tone === 'info' ? toast.message : ''}
        </p>
        {toast?.tone === 'error' && (
          <p role="alert" className="toast-message">
            {toast.message}
          </p>
        )}
        {toast?.undo && (
          <button
            type="button"
            className="button"
            onClick={() => {
              // This button goes away as the undo starts; keep keyboard focus in the page, not on <body>.
              document.getElementById('main')?.focus();
              void undo();
            }}
          >
            {t('undo.button')}
          </button>
        )}
        {toast && (
          <button type="button" className="button button-quiet" aria-label={t('toast.dismiss')} onClick={dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </div>
  );
}
