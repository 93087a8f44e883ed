import type { City } from '../schemas/city';

/** "Волгоград / Volgograd": both spellings, so either can be typed to pick the city. */
export function cityLabel(city: Pick<City, 'nameCyrillic' | 'nameLatin'>): string {
  const cyrillic = city.nameCyrillic.trim();
  const latin = city.nameLatin.trim();
  if (cyrillic && latin && cyrillic !== latin) return `${cyrillic} / ${latin}`;
  return cyrillic || latin;
}
