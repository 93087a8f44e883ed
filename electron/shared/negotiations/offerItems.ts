import { formatFuzzyDate } from '../dates/formatFuzzyDate';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import { freeItemKey, offerItemKeys, type ComparisonKey, type Offer, type OfferFreeItem, type OfferItemKey } from '../schemas/offer';

/** English names of the offer items, for the CLI, the Markdown brief and the history (the UI uses the catalog). */
export const offerItemNames: Readonly<Record<OfferItemKey, string>> = {
  proposedDates: 'Proposed dates',
  venue: 'Venue',
  capacity: 'Capacity',
  hotelRooms: 'Hotel rooms',
  hotelRates: 'Hotel rates',
  localFunding: 'Local funding',
  inKindSupport: 'In-kind support',
  visaSupport: 'Invitation letters and visa support',
  airLinks: 'Air links from US hubs',
  nearbyPartnerCities: 'Nearby partner cities',
  decidesWhoAndBy: 'Who decides, and by when',
  openQuestions: 'Open questions',
};

/** One item of an offer, whatever its kind, as the compare view, the brief and the history read it. */
export interface OfferItemView {
  key: ComparisonKey;
  /** The standard item's key, or null for a free item (whose label is `label`). */
  standard: OfferItemKey | null;
  label: string;
  /** The value as text ("late September or early October 2019", "800", "Expocentre"). */
  value: string;
  source: string;
  confirmedOn: string | null;
  changedAt: string;
}

/** A fuzzy date in English words ("late September – early October 2019"), for text outside the UI. */
export function fuzzyDateText(date: FuzzyDate): string {
  return formatFuzzyDate(date, 'en');
}

/** Every item the offer states, standard ones in their order, then the free ones. */
export function offerItemViews(offer: Offer): OfferItemView[] {
  const views: OfferItemView[] = [];
  for (const key of offerItemKeys) {
    const item = offer[key];
    if (!item) continue;
    const value = typeof item.value === 'number' ? String(item.value) : typeof item.value === 'string' ? item.value : fuzzyDateText(item.value);
    views.push({ key, standard: key, label: offerItemNames[key], value, source: item.source, confirmedOn: item.confirmedOn, changedAt: item.changedAt });
  }
  for (const item of offer.free) views.push(freeItemView(item));
  return views;
}

function freeItemView(item: OfferFreeItem): OfferItemView {
  return {
    key: freeItemKey(item.label),
    standard: null,
    label: item.label,
    value: item.value,
    source: item.source,
    confirmedOn: item.confirmedOn,
    changedAt: item.changedAt,
  };
}

export interface ComparisonRow {
  key: ComparisonKey;
  standard: OfferItemKey | null;
  label: string;
}

/** The rows of a comparison: every standard item, then each free item any candidate offers, once. */
export function comparisonRows(offers: readonly Offer[]): ComparisonRow[] {
  const rows: ComparisonRow[] = offerItemKeys.map((key) => ({ key, standard: key, label: offerItemNames[key] }));
  const seen = new Set<string>(rows.map((row) => row.key));
  for (const offer of offers) {
    for (const item of offer.free) {
      const key = freeItemKey(item.label);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ key, standard: null, label: item.label });
    }
  }
  return rows;
}
