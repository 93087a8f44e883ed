import { useId, useState } from 'react';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';

/**
 * Backup to and restore from a file the user picks (backup:toFolder, backup:restore). The progress
 * and its Cancel show in the app's task tray: a backup can be cancelled until its file is renamed
 * into place, a restore until the swap (never half-way through it). While it runs, the buttons say so.
 */
export function BackupSettings() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const [busy, setBusy] = useState(false);

  const run = async (action: 'toFolder' | 'restore') => {
    setBusy(true);
    try {
      const failed = t('error.requestFailed');
      if (action === 'toFolder') {
        const result = await settle(api.backup.toFolder({}), failed);
        // A cancel is told by the task tray, where the user cancelled it.
        if (!result.ok) {
          if (result.error.code !== 'cancelled') store.getState().showToast({ message: result.error.message, tone: 'error' });
        }
        else if (result.value.saved) store.getState().showToast({ message: t('backup.saved', { path: result.value.path }) });
      } else {
        const result = await settle(api.backup.restore({}), failed);
        if (!result.ok) {
          if (result.error.code !== 'cancelled') store.getState().showToast({ message: result.error.message, tone: 'error' });
        }
        else if (result.value.restored) {
          // Everything may have changed, the settings too: read it all again.
          await store.getState().load();
          const params = { path: result.value.restoredFrom, previous: result.value.preRestoreBackup };
          if (result.value.durable) store.getState().showToast({ message: t('backup.restored', params) });
          else store.getState().showToast({ message: t('backup.restoredNotSafe', params), tone: 'error' });
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void run('toFolder')}>
          {t('backup.toFolder')}
        </button>
        <button type="button" className="button" disabled={busy} aria-describedby={`${id}-restore-hint`} onClick={() => void run('restore')}>
          {t('backup.restore')}
        </button>
      </div>
      <p id={`${id}-restore-hint`} className="field-hint">
        {t('backup.restoreHint')}
      </p>
      <p role="status" className="muted">
        {busy ? t('backup.working') : ''}
      </p>
    </section>
  );
}
