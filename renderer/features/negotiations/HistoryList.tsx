import type { HistoryLine } from '../../../electron/shared/contracts/negotiationChannels';
import { CandidacyStageSchema } from '../../../electron/shared/schemas/candidacy';
import type { CandidacyEvent } from '../../../electron/shared/schemas/offer';
import type { T } from '../../i18n/createT';
import { useT } from '../../i18n/useT';
import { itemName, stageKeys } from './negotiationLabels';
import { useFormats } from './useFormats';

function stageName(t: T, stage: string): string {
  const parsed = CandidacyStageSchema.safeParse(stage);
  return parsed.success ? t(stageKeys[parsed.data]) : stage;
}

/** One history line in words: "Stage: Proposal → Selected", "Venue: — → Kazan Expo". */
export function describeEvent(t: T, event: CandidacyEvent): string {
  const none = t('neg.none');
  switch (event.kind) {
    case 'created':
      return t('neg.history.created');
    case 'stage':
      return t('neg.history.stage', { before: stageName(t, event.before), after: stageName(t, event.after) });
    case 'offer':
      return t('neg.history.offer', { item: itemName(t, event.field), before: event.before || none, after: event.after || none });
    case 'decision':
      return t('neg.history.decision', { before: event.before || t('neg.history.noHost'), after: event.after || t('neg.history.noHost') });
    case 'attachment':
      return event.after ? t('neg.history.attached', { name: event.after }) : t('neg.history.detached', { name: event.before });
    case 'rating': {
      const notRated = t('neg.history.notRated');
      return t('neg.history.rating', { item: itemName(t, event.field), before: event.before || notRated, after: event.after || notRated });
    }
    case 'weight':
      return t('neg.history.weight', { item: itemName(t, event.field), before: event.before, after: event.after });
  }
}

/** Stage changes, offer edits, ratings, weights and decisions, newest first, each with when, what and why. */
export function HistoryList({ lines, showCity }: { lines: HistoryLine[]; showCity: boolean }) {
  const t = useT();
  const formats = useFormats();
  if (lines.length === 0) return <p className="empty">{t('neg.history.empty')}</p>;
  return (
    <ol className="neg-history">
      {lines.map(({ candidacyId, city, event }, index) => (
        <li key={`${candidacyId}-${event.at}-${index}`} className={`neg-history-line is-${event.kind}`}>
          <time dateTime={event.at} className="muted">
            {formats.instant(event.at)}
          </time>{' '}
          {showCity && <strong className="neg-history-city">{city || t('neg.history.comparison')}</strong>} <span>{describeEvent(t, event)}</span>
          {event.reason && <span className="neg-history-reason"> {t('neg.history.reason', { reason: event.reason })}</span>}
        </li>
      ))}
    </ol>
  );
}
