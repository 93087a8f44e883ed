import { useId, useState, type FormEvent } from 'react';
import type { Result } from '../../../electron/shared/contract';
import type { SyncStatus } from '../../../electron/shared/contracts/syncChannels';
import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { settle } from '../../api/api';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { useSyncStatus } from './useSyncStatus';

/**
 * Settings → Sync: the server, database, user and password (sealed by main with the OS keychain,
 * never in the workspace), "Sync now", live sync, and how it went: last sync, changes waiting,
 * conflicts, the last error in a sentence. Every action answers with the new status.
 */
export function SyncSettings() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const [status, setStatus] = useSyncStatus();
  const [draft, setDraft] = useState<{ server: string; db: string; user: string } | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const form = draft ?? { server: status?.server ?? '', db: status?.db ?? '', user: status?.user ?? '' };

  const act = async (pending: Promise<Result<SyncStatus>>) => {
    setBusy(true);
    try {
      const result = await settle(pending, t('error.requestFailed'));
      if (result.ok) setStatus(result.value);
      else store.getState().showToast({ message: result.error.message, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const connect = async (event: FormEvent) => {
    event.preventDefault();
    await act(api.sync.connect({ server: form.server, db: form.db, user: form.user, password, live: status?.live ?? false }));
    setPassword('');
    setDraft(null);
  };
  const error = status?.lastError;
  const errorText = error ? (phraseText(t, error.i18n, locale) ?? error.message) : null;
  const running = busy || status?.running === true;

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={running}>
      <h2 id={`${id}-title`}>{t('sync.settings.title')}</h2>
      <p className="muted">{t('sync.settings.intro')}</p>
      <form className="settings-form" onSubmit={(event) => void connect(event)}>
        <Field id={`${id}-server`} label={t('sync.settings.server')} hint={t('sync.settings.serverHint')}>
          {(control) => <input {...control} type="url" required value={form.server} onChange={(e) => setDraft({ ...form, server: e.target.value })} />}
        </Field>
        <Field id={`${id}-db`} label={t('sync.settings.db')}>
          {(control) => <input {...control} required value={form.db} onChange={(e) => setDraft({ ...form, db: e.target.value })} />}
        </Field>
        <Field id={`${id}-user`} label={t('sync.settings.user')}>
          {(control) => <input {...control} autoComplete="username" value={form.user} onChange={(e) => setDraft({ ...form, user: e.target.value })} />}
        </Field>
        <Field id={`${id}-password`} label={t('sync.settings.password')} hint={status?.passwordSaved ? t('sync.settings.passwordSaved') : t('sync.settings.passwordHint')}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={running}>
            {t('sync.settings.connect')}
          </button>
        </div>
      </form>
      {status?.configured && (
        <>
          <div className="form-actions">
            <button type="button" className="button" disabled={running} onClick={() => void act(api.sync.now({}))}>
              {running ? t('sync.settings.syncing') : t('sync.settings.syncNow')}
            </button>
            <label className="checkbox">
              <input type="checkbox" checked={status.live} disabled={busy} onChange={(e) => void act(api.sync.setLive({ live: e.target.checked }))} />
              {t('sync.settings.live')}
            </label>
            <button type="button" className="button" disabled={running} onClick={() => void act(api.sync.disconnect({}))}>
              {t('sync.settings.disconnect')}
            </button>
          </div>
          <dl className="sync-facts">
            <dt>{t('sync.settings.lastSync')}</dt>
            <dd data-testid="sync-last">{status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString(locale) : t('sync.settings.never')}</dd>
            <dt>{t('sync.settings.pending')}</dt>
            <dd data-testid="sync-pending">{status.pending}</dd>
            <dt>{t('sync.settings.conflicts')}</dt>
            <dd data-testid="sync-conflicts">{status.conflicts}</dd>
          </dl>
        </>
      )}
      {errorText && (
        <p role="alert" className="form-error">
          {t('sync.settings.lastError')}: {errorText}
        </p>
      )}
    </section>
  );
}
