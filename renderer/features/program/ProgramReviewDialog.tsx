import { useId, useState } from 'react';
import type { ProgramReview, ProgramReviewChange } from '../../../electron/shared/contracts/programChannels';
import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { acceptedImport } from '../../../electron/shared/program/acceptedImport';
import { formatMinuteOfDay } from '../../../electron/shared/program/programDays';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TableHead } from '../../components/TableHead';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';

type Side = NonNullable<ProgramReviewChange['before']>;

interface Props {
  conferenceId: string;
  review: ProgramReview;
  onClose: () => void;
}

/**
 * The partner's edited spreadsheet beside the program, change by change (a new item, a changed
 * time, title or status): the program's version on the left, the partner's on the right, what
 * differs marked. The user ticks what to accept; the accepted part runs as one program.import,
 * one step to undo. A change the rules refuse says why and cannot be ticked.
 */
export function ProgramReviewDialog({ conferenceId, review, onClose }: Props) {
  const t = useT();
  const locale = useDateLocale();
  const store = useAppStoreApi();
  const id = useId();
  const acceptable = review.changes.filter((change) => change.problem === null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set(acceptable.map((change) => change.id)));
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const count = acceptable.filter((change) => accepted.has(change.id)).length;
  const title = (side: Side) => (locale === 'ru' ? side.titleRu || side.titleEn : side.titleEn || side.titleRu);

  const toggle = (changeId: string, on: boolean) => {
    const next = new Set(accepted);
    if (on) next.add(changeId);
    else next.delete(changeId);
    setAccepted(next);
    setTouched(true);
    setError(null);
  };
  const apply = async () => {
    const command = acceptedImport(review, accepted, conferenceId, new Date().toISOString());
    if (!command) {
      setError(t('program.review.nothingAccepted'));
      return;
    }
    setSaving(true);
    const result = await store.getState().runCommands([command]);
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    store.getState().showToast({ message: result.value.summaries[0] ?? '', undo: true });
    onClose();
  };

  const when = (side: Side) => {
    if (side.day === null) return t('program.review.notPlaced');
    const day = t('program.day', { day: side.day });
    return side.start === null ? t('program.review.whenNoTime', { day, minutes: side.minutes }) : t('program.review.when', { day, time: formatMinuteOfDay(side.start), minutes: side.minutes });
  };
  /** One side of a change; what differs from the other side is marked, field by field. */
  const version = (side: Side | null, other: Side | null) => {
    if (!side) return <td className="muted">—</td>;
    const mark = (text: string, differs: boolean) => (other && differs ? <mark>{text}</mark> : text);
    return (
      <td>
        <span className="block" lang="en">
          {mark(side.titleEn || '—', side.titleEn !== other?.titleEn)}
        </span>
        <span className="block" lang="ru">
          {mark(side.titleRu || '—', side.titleRu !== other?.titleRu)}
        </span>
        <span className="block">{mark(when(side), !other || when(side) !== when(other))}</span>
        <span className="block">{mark(t(`program.status.${side.status}`), side.status !== other?.status)}</span>
      </td>
    );
  };

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onClose} dirty={touched} className="program-review-dialog">
      <h2 id={titleId}>{t('program.review.title')}</h2>
      <p className="muted">{t('program.review.file', { path: review.path })}</p>
      <FormError message={error} />
      {review.changes.length === 0 ? (
        <p>{t('program.review.none')}</p>
      ) : (
        <table className="program-review-table" aria-labelledby={titleId}>
          <TableHead labels={[t('program.review.accept'), t('program.review.change'), t('program.review.now'), t('program.review.theirs')]} />
          <tbody>
            {review.changes.map((change) => {
              const problem = change.problem ? (phraseText(t, change.problem, locale) ?? change.problem.key) : null;
              return (
                <tr key={change.id} className={problem ? 'is-refused' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('program.review.acceptRow', { title: title(change.after) })}
                      aria-describedby={problem ? `${id}-${change.id}-problem` : undefined}
                      disabled={problem !== null}
                      checked={problem === null && accepted.has(change.id)}
                      onChange={(event) => toggle(change.id, event.target.checked)}
                    />
                  </td>
                  <th scope="row">
                    {change.kinds.map((kind) => t(`program.review.kind.${kind}`)).join(', ')}
                    {problem && (
                      <span id={`${id}-${change.id}-problem`} className="block field-error">
                        {problem}
                      </span>
                    )}
                  </th>
                  {version(change.before, change.after)}
                  {version(change.after, change.before)}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {review.skipped.length > 0 && (
        <section aria-label={t('program.review.skipped')}>
          <h3>{t('program.review.skipped')}</h3>
          <ul>
            {review.skipped.map((skip) => (
              <li key={skip.line}>{phraseText(t, skip.reason, locale) ?? skip.reason.key}</li>
            ))}
          </ul>
        </section>
      )}
      <FormActions onCancel={onClose} saving={saving} onSave={() => void apply()} disabled={count === 0 || saving} saveLabel={t('program.review.apply', { count })} />
    </Dialog>
  );
}
