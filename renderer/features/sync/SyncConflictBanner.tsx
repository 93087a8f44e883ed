import { useState } from 'react';
import type { Kind } from '../../../electron/shared/schemas/collections';
import { useT } from '../../i18n/useT';
import { SyncConflictDialog } from './SyncConflictDialog';
import { useSyncAttention } from './useSyncAttention';

/** On a record's page: "Edited on two machines", and the comparison that settles it. Nothing when the record is in no conflict. */
export function SyncConflictBanner({ kind, id }: { kind: Kind; id: string }) {
  const t = useT();
  const attention = useSyncAttention();
  const [open, setOpen] = useState(false);
  const conflict = attention && typeof attention !== 'string' ? attention.conflicts.find((c) => c.kind === kind && c.id === id) : undefined;
  if (!conflict) return null;
  return (
    <div className="banner banner-warning sync-conflict-banner" role="region" aria-label={t('sync.conflict.banner')}>
      <div>
        <p className="banner-title">{t('sync.conflict.banner')}</p>
        <p>{t('sync.conflict.bannerText')}</p>
      </div>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('sync.conflict.compare')}
      </button>
      {open && <SyncConflictDialog conflict={conflict} onClose={() => setOpen(false)} />}
    </div>
  );
}
