import type { ComparisonScore } from '../../../electron/shared/negotiations/comparisonScore';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { candidacyStageKeys } from '../../../electron/shared/negotiations/candidacyStages';
import type { Interaction } from '../../../electron/shared/schemas/interaction';
import { offerItemKeys, type OfferItemKey } from '../../../electron/shared/schemas/offer';
import type { T } from '../../i18n/createT';

/** Each stage's catalog key: one table, shared with the sentences core says. */
export const stageKeys = candidacyStageKeys;

export const itemKeys: Record<OfferItemKey, MessageKey> = {
  proposedDates: 'neg.item.proposedDates',
  venue: 'neg.item.venue',
  capacity: 'neg.item.capacity',
  hotelRooms: 'neg.item.hotelRooms',
  hotelRates: 'neg.item.hotelRates',
  localFunding: 'neg.item.localFunding',
  inKindSupport: 'neg.item.inKindSupport',
  visaSupport: 'neg.item.visaSupport',
  airLinks: 'neg.item.airLinks',
  nearbyPartnerCities: 'neg.item.nearbyPartnerCities',
  decidesWhoAndBy: 'neg.item.decidesWhoAndBy',
  openQuestions: 'neg.item.openQuestions',
};

export const interactionKindKeys: Record<Interaction['kind'], MessageKey> = {
  meeting: 'neg.kind.meeting',
  call: 'neg.kind.call',
  letter: 'neg.kind.letter',
  email: 'neg.kind.email',
};

function isStandardItem(key: string): key is OfferItemKey {
  return (offerItemKeys as readonly string[]).includes(key);
}

/** An offer item's name from its comparison key: the catalog's for standard items, the label for free ones. */
export function itemName(t: T, key: string, label?: string): string {
  if (isStandardItem(key)) return t(itemKeys[key]);
  return label ?? key.replace(/^free:/, '');
}

/** "3.4 / 5 · 2 gaps", "Not rated". */
export function scoreText(t: T, score: ComparisonScore): string {
  const value = score.score === null ? t('neg.score.none') : t('neg.score.value', { score: score.score.toFixed(1) });
  return score.gaps.length > 0 ? `${value} · ${t('neg.score.gaps', { count: score.gaps.length })}` : value;
}
