import type { City } from '../schemas/city';

type Named = Pick<City, 'nameLatin' | 'nameCyrillic'>;

/**
 * "Cleveland – Volgograd (Волгоград)": the US city first, as the network names its pairs, then the
 * Russian city with its Cyrillic name, so either spelling finds it in a list. A missing city (a
 * damaged link) shows as "?" rather than hiding the partnership.
 */
export function partnershipLabel(usCity: Named | undefined | null, ruCity: Named | undefined | null): string {
  const us = usCity?.nameLatin.trim() || '?';
  const ruLatin = ruCity?.nameLatin.trim() || '';
  const ruCyrillic = ruCity?.nameCyrillic.trim() || '';
  const ru = ruLatin && ruCyrillic && ruLatin !== ruCyrillic ? `${ruLatin} (${ruCyrillic})` : ruLatin || ruCyrillic || '?';
  return `${us} – ${ru}`;
}
