import { useId, useState } from 'react';
import type { SyncConflictView } from '../../../electron/shared/contracts/syncChannels';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { conflictFieldLabel, conflictValueText } from './conflictFieldText';
import { refreshSyncAttention } from './useSyncAttention';
import { useSyncStatus } from './useSyncStatus';

/**
 * A record edited on two machines, side by side field by field as the duplicate merge view shows
 * two contacts: each differing field keeps the value of the side chosen (the version shown now
 * by default). Saving hands main the choice, which saves it here and sends it as the winner.
 */
export function SyncConflictDialog({ conflict, onClose }: { conflict: SyncConflictView; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const sides = conflict.sides.filter((side) => side.record !== null);
  const shown = sides[0];
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [, shareStatus] = useSyncStatus();
  if (!shown) return null;
  const sideName = (index: number) => (index === 0 ? t('sync.conflict.shown') : sides.length > 2 ? t('sync.conflict.otherNumbered', { n: index }) : t('sync.conflict.other'));
  const chosen = (field: string) => choices[field] ?? shown.rev;

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    const fields: Record<string, string> = {};
    for (const field of conflict.fields) if (chosen(field) !== shown.rev) fields[field] = chosen(field);
    const result = await settle(api.sync.resolve({ kind: conflict.kind, id: conflict.id, keep: shown.rev, fields }), t('sync.conflict.failed'));
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    // The status after the sync that sent the choice: the top bar shows it at once.
    shareStatus(result.value);
    const state = store.getState();
    state.showToast({ message: t('sync.conflict.saved', { name: conflict.label }) });
    refreshSyncAttention();
    onClose();
  };

  return (
    <Dialog titleId={`${id}-title`} onCancel={onClose} dirty={Object.keys(choices).length > 0} className="sync-conflict-dialog">
      <h2 id={`${id}-title`}>{t('sync.conflict.title', { name: conflict.label })}</h2>
      <p>{t('sync.conflict.intro')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {conflict.fields.length === 0 ? (
        <p className="muted">{t('sync.conflict.onlyBookkeeping')}</p>
      ) : (
        <div className="merge-pane">
          <table className="merge-table">
            <caption className="visually-hidden">{t('sync.conflict.title', { name: conflict.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sync.conflict.field')}</th>
                {sides.map((side, index) => (
                  <th key={side.rev} scope="col">
                    {sideName(index)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((field) => {
                const label = conflictFieldLabel(t, conflict.kind, field);
                return (
                  <tr key={field}>
                    <th scope="row">{label}</th>
                    {sides.map((side) => {
                      const text = conflictValueText(t, conflict, field, side.record?.[field]) || t('duplicates.empty');
                      return (
                        <td key={side.rev}>
                          <label className="merge-choice">
                            <input
                              type="radio"
                              name={`${id}-${field}`}
                              aria-label={t('sync.conflict.choose', { field: label, side: text })}
                              checked={chosen(field) === side.rev}
                              onChange={() => setChoices({ ...choices, [field]: side.rev })}
                            />
                            <span>{text}</span>
                          </label>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('sync.conflict.cancel')}
        </button>
        <button type="button" className="button button-primary" aria-busy={saving} onClick={() => void save()}>
          {t('sync.conflict.save')}
        </button>
      </div>
    </Dialog>
  );
}
