import { useEffect, useId, useState } from 'react';
import type { BirthdaysSoon } from '../../../electron/shared/contracts/birthdayChannels';
import { formatPartialDate } from '../../../electron/shared/dates/formatPartialDate';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { ContactLink } from './ContactLink';
import { useAppStore } from '../../store/useAppStore';

const SHOWN = 12;

/** Home: contacts whose birthday falls today or in the next six days, soonest first; nothing when none does. */
export function BirthdaysCard() {
  const t = useT();
  const titleId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const [soon, setSoon] = useState<BirthdaysSoon | string | null>(null);
  const failed = t('birthdays.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.birthdays.soon({ days: 7, limit: SHOWN }), failed).then((result) => {
      if (current) setSoon(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  if (typeof soon === 'string') {
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('birthdays.title')}</h2>
        <p role="alert">{soon}</p>
      </section>
    );
  }
  if (!soon || soon.rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('birthdays.title')}</h2>
      <ul className="card-list" aria-label={t('birthdays.list')}>
        {soon.rows.map((row) => (
          <li key={row.contactId}>
            <ContactLink id={row.contactId} name={row.name} />{' '}
            <span className="muted">
              {[
                row.inDays === 0 ? t('birthdays.today') : row.inDays === 1 ? t('birthdays.tomorrow') : t('birthdays.on', { date: formatPartialDate(`--${row.on.slice(5)}`, locale).text }),
                row.turns === null ? '' : t('birthdays.turns', { count: row.turns }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
