import { labelText } from '../i18n/labelText';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/** Undo and Redo, each naming the change it would take back or bring back. */
export function HistoryButtons() {
  const t = useT();
  const history = useAppStore((s) => s.history);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const undoLabel = history.undo ? t('undo.buttonWith', { summary: labelText(t, locale, history.undoLabel, history.undo) }) : t('undo.button');
  const redoLabel = history.redo ? t('redo.buttonWith', { summary: labelText(t, locale, history.redoLabel, history.redo) }) : t('redo.button');
  return (
    <div className="history-buttons" role="toolbar" aria-label={t('history.label')}>
      <button type="button" className="button" disabled={!history.undo} title={undoLabel} aria-keyshortcuts="Control+Z Meta+Z" onClick={() => void undo()}>
        {undoLabel}
      </button>
      <button
        type="button"
        className="button"
        disabled={!history.redo}
        title={redoLabel}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => void redo()}
      >
        {redoLabel}
      </button>
    </div>
  );
}
