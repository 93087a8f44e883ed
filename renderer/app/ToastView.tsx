import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import type { Toast } from '../store/toastSlice';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';

/** How long a toast stays: long enough to read, longer to reach its Undo or read a failure. */
export const TOAST_MS = { info: 5_000, undo: 10_000, error: 10_000 } as const;

/**
 * The outcomes of the last actions, stacked in the bottom-left corner (over the sidebar's empty
 * foot, clear of the primary actions, which sit on the right of every screen and dialog). Each
 * leaves by itself; hovering or focusing the stack holds them all; F8 moves focus into it.
 */
export function ToastView() {
  const t = useT();
  const toasts = useAppStore((s) => s.toasts);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const regionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = regionRef.current?.querySelector<HTMLElement>('button');
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const paused = held.hover || held.focus;
  return (
    <section
      ref={regionRef}
      className="toast-region"
      aria-label={t('toast.region')}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      {/* The status region stays mounted so screen readers announce each new message; an error is
          an alert, which is announced as it appears. */}
      <div role="status" className="toast-stack" data-testid="toast">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} paused={paused} />
        ))}
      </div>
    </section>
  );
}

function ToastItem({ toast, paused }: { toast: Toast; paused: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const remaining = useRef<number>(toast.tone === 'error' ? TOAST_MS.error : toast.undo ? TOAST_MS.undo : TOAST_MS.info);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => store.getState().dismissToast(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, store, toast.id]);

  return (
    <div className={`toast toast-${toast.tone}`} data-toast-id={toast.id}>
      <p role={toast.tone === 'error' ? 'alert' : undefined} className="toast-message">
        {toast.message}
      </p>
      {toast.undo && (
        <button
          type="button"
          className="button"
          onClick={() => {
            // This button goes away as the undo starts; keep keyboard focus in the page, not on <body>.
            document.getElementById('main')?.focus();
            store.getState().dismissToast(toast.id);
            void store.getState().undo();
          }}
        >
          {t('undo.button')}
        </button>
      )}
      <button type="button" className="button button-quiet" aria-label={t('toast.dismiss')} onClick={() => store.getState().dismissToast(toast.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
