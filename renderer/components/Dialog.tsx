import { createContext, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/useT';

/**
 * Lets a Cancel button inside a dialog go through its unsaved-changes guard: `guard(cancel)` runs
 * `cancel` at once when nothing was changed, and asks first when something was.
 */
const DialogGuardContext = createContext<((cancel: () => void) => void) | null>(null);

/** A Cancel that asks before throwing away changes, inside a Dialog; `cancel` itself elsewhere. */
export function useGuardedCancel(cancel: () => void): () => void {
  const guard = useContext(DialogGuardContext);
  return guard ? () => guard(cancel) : cancel;
}

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

interface Props {
  /** Id of the element holding the dialog's title (its accessible name). */
  titleId: string;
  onCancel: () => void;
  /**
   * Whether the form holds changes not yet saved. Left out, the dialog counts any typing or choice
   * made in a form inside it; a form that changes without input events (added rows) says so here.
   */
  dirty?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: focus moves into it, Tab and Shift+Tab stay inside it, Escape cancels, and focus
 * returns to whatever opened it. Rendered into <body> so nothing in the page clips or covers it.
 */
export function Dialog({ titleId, onCancel, dirty, className, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const confirmId = useId();
  const [edited, setEdited] = useState(false);
  const [asking, setAsking] = useState<(() => void) | null>(null);
  const changed = dirty ?? edited;
  // Escape, Cancel and the close buttons all come here: with changes, ask before they are lost.
  const guard = (cancel: () => void) => {
    if (changed) setAsking(() => cancel);
    else cancel();
  };
  const wasAsking = useRef(false);
  useEffect(() => {
    // Back from the question: focus returns into the form, not to <body>.
    if (wasAsking.current && !asking && ref.current) (focusables(ref.current)[0] ?? ref.current).focus();
    wasAsking.current = asking !== null;
  }, [asking]);
  const markEdited = (event: { target: EventTarget }) => {
    if (!edited && event.target instanceof HTMLElement && event.target.closest('form')) setEdited(true);
  };

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog) (focusables(dialog)[0] ?? dialog).focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (asking) setAsking(null);
      else guard(onCancel);
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop">
      <div ref={ref} className={`dialog${className ? ` ${className}` : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown} onInputCapture={markEdited} onChangeCapture={markEdited}>
        <DialogGuardContext.Provider value={guard}>
          <div className="dialog-body" inert={asking !== null}>
            {children}
          </div>
        </DialogGuardContext.Provider>
        {asking && (
          <div className="dialog-confirm" role="alertdialog" aria-modal="true" aria-labelledby={`${confirmId}-title`}>
            <p id={`${confirmId}-title`} className="dialog-confirm-title">
              {t('dialog.unsaved.title')}
            </p>
            <div className="dialog-actions">
              {/* Keep editing comes first and takes focus: Enter or Escape loses nothing. */}
              <button type="button" className="button" autoFocus onClick={() => setAsking(null)}>
                {t('dialog.unsaved.keep')}
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  const cancel = asking;
                  setAsking(null);
                  cancel();
                }}
              >
                {t('dialog.unsaved.discard')}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(focusableSelector));
}
