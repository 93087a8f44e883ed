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
  const [total, setTotal] = useState<number | null>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    // A one-row window: the total comes with it, and the renderer never reads the whole store.
    void settle(api.contacts.list({ query: '', offset: 0, limit: 1 }), '').then((result) => {
      if (current && result.ok) setTotal(result.value.total);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion]);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('home.workspaceTitle')}</h2>
      {total !== null && <p className="card-figure">{t('home.contactsSummary', { count: total })}</p>}
      {dataDir && <p className="muted break">{t('home.dataLocation', { path: dataDir })}</p>}
    </section>
  );
}
