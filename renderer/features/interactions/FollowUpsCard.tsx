import { useEffect, useId, useState } from 'react';
import type { FollowUpsDue } from '../../../electron/shared/contracts/interactionChannels';
import { calendarDateInZone, formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { ContactLink } from '../contacts/ContactLink';
import { useAppStore } from '../../store/useAppStore';

const SHOWN = 8;

/** Home: contacts whose follow-up cadence has come round, most overdue first; nothing when none is due. */
export function FollowUpsCard() {
  const t = useT();
  const titleId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const [due, setDue] = useState<FollowUpsDue | string | null>(null);
  const failed = t('followUps.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.followUps.due({ limit: SHOWN }), failed).then((result) => {
      if (current) setDue(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  if (typeof due === 'string') {
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('followUps.title')}</h2>
        <p role="alert">{due}</p>
      </section>
    );
  }
  if (!due || due.total === 0) return null;
  return (
    <section className="card card-wide" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('followUps.title')}</h2>
      <ul className="card-list" aria-label={t('followUps.list')}>
        {due.rows.map((row) => (
          <li key={row.contactId}>
            <ContactLink id={row.contactId} name={row.name} />{' '}
            <span className="muted">
              {[
                row.daysOverdue === 0 ? t('followUps.today') : t('followUps.overdue', { count: row.daysOverdue }),
                row.lastInteraction ? t('followUps.last', { date: formatCalendarDate(calendarDateInZone(row.lastInteraction, homeZone), locale) }) : t('followUps.never'),
              ].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {due.total > due.rows.length && <p className="muted">{t('followUps.more', { count: due.total - due.rows.length })}</p>}
    </section>
  );
}
