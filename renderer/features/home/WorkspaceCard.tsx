import { useEffect, useId, useState } from 'react';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

/** How many contacts the workspace holds and where its files are. */
export function WorkspaceCard() {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const dataDir = useAppStore((s) => s.status?.dataDir ?? null);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const failed = t('contacts.loadFailed');
  /** The count, or the sentence saying why it could not be read. */
  const [total, setTotal] = useState<number | string | null>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    // A one-row window: the total comes with it, and the renderer never reads the whole store.
    void settle(api.contacts.list({ query: '', offset: 0, limit: 1 }), failed).then((result) => {
      if (current) setTotal(result.ok ? result.value.total : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('home.workspaceTitle')}</h2>
      {typeof total === 'number' && <p className="card-figure">{t('home.contactsSummary', { count: total })}</p>}
      {typeof total === 'string' && <p role="alert">{total}</p>}
      {dataDir && <p className="muted break">{t('home.dataLocation', { path: dataDir })}</p>}
    </section>
  );
}
