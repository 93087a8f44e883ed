import { useEffect, useId, useState, type ReactNode } from 'react';
import type { InteractionRow } from '../../../electron/shared/contracts/interactionChannels';
import { formatCalendarDate, formatInZone } from '../../../electron/shared/dates/instantInZone';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { InteractionDialog, kindKeys, type InteractionPrefill } from './InteractionDialog';
import { zoneName } from './zoneName';

type LogOf = 'contact' | 'partnership' | 'city';

function logInput(of: LogOf, id: string) {
  switch (of) {
    case 'contact':
      return { contactId: id };
    case 'partnership':
      return { partnershipId: id };
    case 'city':
      return { cityId: id };
  }
}

interface Props {
  /** Whose log this is. */
  of: LogOf;
  id: string;
  /** What a new entry is linked to from the start: the record whose log this is. */
  prefill: InteractionPrefill;
  /** The section's heading; "Interactions" unless the log is part of a wider timeline. */
  title?: string;
  /** Other dated entries (a contact's candidacies and participations), merged in newest first. */
  extra?: readonly TimelineEntry[];
  /** False where the page has its own "Log interaction" (the contact page's quick actions). */
  logButton?: boolean;
}

/** An entry of a timeline besides interactions: when it happened (an ISO instant) and how it reads. */
export interface TimelineEntry {
  key: string;
  at: string;
  node: ReactNode;
}

/**
 * The Interaction log of one contact, partnership or city, newest first: each entry's time in the
 * home zone and, where different, in the zone it happened in and its city's zone; who took part;
 * what it concerned; notes and the next step. Entries are logged, changed and removed here.
 */
export function InteractionLog({ of, id, prefill, title, extra = [], logButton = true }: Props) {
  const t = useT();
  const headingId = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const [rows, setRows] = useState<InteractionRow[] | string | null>(null);
  const [dialog, setDialog] = useState<{ editing: InteractionRow | null } | null>(null);
  const failed = t('interactions.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.interactions.list(logInput(of, id)), failed).then((result) => {
      if (current) setRows(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, of, id, dataVersion, failed]);

  const remove = async (row: InteractionRow) => {
    const state = store.getState();
    const result = await state.runCommands([{ type: 'interaction.delete', at: new Date().toISOString(), ids: [row.interaction.id] }]);
    if (result.ok) state.showToast({ message: t('interactions.removed'), undo: true });
    else state.showToast({ message: result.error.message, tone: 'error' });
  };

  const times = (row: InteractionRow) => {
    const { at, zone } = row.interaction;
    const zones = [...new Set([homeZone, zone, ...row.cities.map((city) => city.zone)])];
    return zones.map((z) => `${formatInZone(at, z, locale)} ${zoneName(z)}`).join(' · ');
  };

  return (
    <section className="interaction-log" aria-labelledby={headingId}>
      <div className="section-header">
        <h3 id={headingId}>{title ?? t('interactions.title')}</h3>
        {logButton && (
          <button type="button" className="button" onClick={() => setDialog({ editing: null })}>
            {t('interactions.log')}
          </button>
        )}
      </div>
      {typeof rows === 'string' && <p role="alert">{rows}</p>}
      {Array.isArray(rows) && rows.length + extra.length === 0 && <p className="muted">{t('interactions.none')}</p>}
      {Array.isArray(rows) && rows.length + extra.length > 0 && (
        <ol className="interaction-list">
          {merged(rows, extra).map((entry) => {
            if (!('interaction' in entry))
              return (
                <li key={entry.key} className="interaction-item timeline-entry">
                  {entry.node}
                </li>
              );
            const row = entry;
            const { interaction } = row;
            const what = `${t(kindKeys[interaction.kind])}${interaction.subject ? `: ${interaction.subject}` : ''}`;
            const when = formatInZone(interaction.at, homeZone, locale);
            return (
              <li key={interaction.id} className="interaction-item">
                <p className="interaction-what">{what}</p>
                <p className="muted">{times(row)}</p>
                {row.participants.length > 0 && <p>{t('interactions.with', { names: row.participants.map((p) => p.name).join(', ') })}</p>}
                {[...row.cities, ...row.partnerships, ...row.conferences, ...row.candidacies].length > 0 && (
                  <p className="muted">{t('interactions.about', { links: [...row.cities, ...row.partnerships, ...row.conferences, ...row.candidacies].map((l) => l.label).join(', ') })}</p>
                )}
                {interaction.notes && <p className="detail-notes">{interaction.notes}</p>}
                {interaction.nextStep && (
                  <p>
                    {t(interaction.nextStep.done ? 'interactions.nextStepDone' : 'interactions.nextStepDue', {
                      text: interaction.nextStep.text,
                      date: formatCalendarDate(interaction.nextStep.due, locale),
                    })}
                  </p>
                )}
                <div className="actions">
                  <button type="button" className="button button-quiet" aria-label={t('interactions.changeNamed', { what, when })} onClick={() => setDialog({ editing: row })}>
                    {t('interactions.change')}
                  </button>
                  <button type="button" className="button button-quiet" aria-label={t('interactions.removeNamed', { what, when })} onClick={() => void remove(row)}>
                    {t('interactions.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {dialog && (
        <InteractionDialog
          editing={dialog.editing}
          prefill={prefill}
          onCancel={() => setDialog(null)}
          onSaved={(summary) => {
            setDialog(null);
            store.getState().showToast({ message: t('interactions.saved', { summary }), undo: true });
          }}
        />
      )}
    </section>
  );
}

/** Interactions and other entries in one list, newest first (the rows arrive newest first already). */
function merged(rows: readonly InteractionRow[], extra: readonly TimelineEntry[]): (InteractionRow | TimelineEntry)[] {
  const at = (entry: InteractionRow | TimelineEntry) => ('interaction' in entry ? entry.interaction.at : entry.at);
  return [...rows, ...extra].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));
}
