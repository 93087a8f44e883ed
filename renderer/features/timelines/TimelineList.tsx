import type { TimelineItem } from '../../../electron/shared/contracts/timelineChannels';
import type { DateLocale } from '../../../electron/shared/dates/formatFuzzyDate';
import { WorkStatusSchema } from '../../../electron/shared/schemas/milestone';
import { useT } from '../../i18n/useT';
import { countdownText } from './countdownText';
import { countdown } from '../../../electron/shared/timelines/countdown';
import { spanWords } from './spanWords';
import { labelText } from '../../i18n/labelText';

interface Props {
  items: TimelineItem[];
  today: string;
  locale: DateLocale;
  onEdit: (item: TimelineItem) => void;
  onDelete: (item: TimelineItem) => void;
  onStatus: (item: TimelineItem, status: TimelineItem['status']) => void;
}

/** The same items as the chart, as a table: when, countdown, status (changed in place), owner. */
export function TimelineList({ items, today, locale, onEdit, onDelete, onStatus }: Props) {
  const t = useT();
  const titleOf = (item: TimelineItem) => labelText(t, locale, item.titlePhrase, item.title);
  if (items.length === 0) return <p className="empty">{t('timelines.noItems')}</p>;
  return (
    <table className="timeline-table">
      <thead>
        <tr>
          <th scope="col">{t('timelines.col.title')}</th>
          <th scope="col">{t('timelines.col.kind')}</th>
          <th scope="col">{t('timelines.col.when')}</th>
          <th scope="col">{t('timelines.col.status')}</th>
          <th scope="col">{t('timelines.col.owner')}</th>
          <th scope="col">{t('timelines.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className={item.overdue ? 'is-overdue' : undefined}>
            <th scope="row">
              {titleOf(item)}
              {item.overdue && <span className="badge badge-danger">{t('timelines.overdueBadge')}</span>}
            </th>
            <td>{t(`timelines.kind.${item.kind}`)}</td>
            <td>
              {item.span ? spanWords(item.span, locale) : t('timelines.noDate')}
              {item.schedule?.kind === 'relative' && <span className="muted block">{t('timelines.daysBefore', { count: item.schedule.daysBefore })}</span>}
              {item.span && item.status !== 'done' && <span className="muted block">{countdownText(t, countdown(item.span, today))}</span>}
            </td>
            <td>
              <select aria-label={t('timelines.statusOf', { title: titleOf(item) })} value={item.status} onChange={(event) => onStatus(item, WorkStatusSchema.catch(item.status).parse(event.target.value))}>
                {WorkStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`timelines.status.${status}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>{item.owner?.name ?? ''}</td>
            <td className="row-actions">
              <button type="button" className="button button-quiet" aria-label={t('timelines.editOf', { title: titleOf(item) })} onClick={() => onEdit(item)}>
                {t('timelines.edit')}
              </button>
              <button type="button" className="button button-quiet" aria-label={t('timelines.deleteOf', { title: titleOf(item) })} onClick={() => onDelete(item)}>
                {t('timelines.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
