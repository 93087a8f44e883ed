import { useId } from 'react';
import type { TimelineItem } from '../../../electron/shared/contracts/timelineChannels';
import { countdown } from '../../../electron/shared/timelines/countdown';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { countdownText } from './countdownText';
import { useDateLocale } from './dateLocale';
import { spanWords } from './spanWords';
import { useChannelResult } from './useChannelResult';
import { labelText } from '../../i18n/labelText';

/** Home: milestones and tasks that are overdue (today in the home zone), and those coming up. */
export function TimelineAttentionCard() {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const navigate = useAppStore((s) => s.navigate);
  const locale = useDateLocale();
  const titleId = useId();
  const result = useChannelResult(() => api.timelines.attention({}), 'attention');
  if (!result) return null;
  if (!result.ok)
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('timelinesHome.timelinesTitle')}</h2>
        <p role="alert">{result.error.message}</p>
      </section>
    );
  const { overdue, upcoming, today } = result.value;
  if (overdue.length === 0 && upcoming.length === 0) return null;
  const line = (item: TimelineItem) =>
    `${t('timelinesHome.itemLine', { title: labelText(t, locale, item.titlePhrase, item.title), conference: item.conferenceName, when: item.span ? spanWords(item.span, locale) : '' })} (${item.span ? countdownText(t, countdown(item.span, today)) : ''})`;
  return (
    <section className="card card-wide" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('timelinesHome.timelinesTitle')}</h2>
      {overdue.length > 0 && (
        <>
          <h3 className="is-overdue">{t('timelinesHome.overdue')}</h3>
          <ul data-testid="overdue-items">
            {overdue.map((item) => (
              <li key={item.id}>{line(item)}</li>
            ))}
          </ul>
        </>
      )}
      {upcoming.length > 0 && (
        <>
          <h3>{t('timelinesHome.upcoming')}</h3>
          <ul>
            {upcoming.map((item) => (
              <li key={item.id}>{line(item)}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" onClick={() => navigate('timelines')}>
        {t('timelinesHome.openTimelines')}
      </button>
    </section>
  );
}
