import { useId } from 'react';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';
import { useChannelResult } from '../timelines/useChannelResult';

/** Home: speakers invited to a program item whose reply is past due, longest overdue first. */
export function SpeakerRepliesCard() {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const navigate = useAppStore((s) => s.navigate);
  const locale = useDateLocale();
  const titleId = useId();
  const result = useChannelResult(() => api.program.overdueReplies({}), 'speaker-replies');
  if (!result) return null;
  if (!result.ok)
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('program.home.title')}</h2>
        <p role="alert">{result.error.message}</p>
      </section>
    );
  if (result.value.length === 0) return null;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('program.home.title')}</h2>
      <ul data-testid="overdue-speaker-replies">
        {result.value.map((reply) => (
          <li key={`${reply.itemId}/${reply.contactId}`}>
            {t('program.home.line', {
              name: reply.name,
              title: locale === 'ru' ? reply.titleRu : reply.title,
              conference: reply.conferenceName,
              date: formatCalendarDate(reply.replyBy, locale),
            })}{' '}
            <span className="is-overdue">{t('program.home.overdue', { count: reply.daysOverdue })}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => navigate('timelines')}>
        {t('timelinesHome.openTimelines')}
      </button>
    </section>
  );
}
