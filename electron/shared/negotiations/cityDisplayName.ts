import type { City } from '../schemas/city';

/** "Казань / Kazan": both spellings when they differ, so either reader recognises the city. */
export function cityDisplayName(city: Pick<City, 'nameCyrillic' | 'nameLatin'>): string {
  const cyrillic = city.nameCyrillic.trim();
  const latin = city.nameLatin.trim();
  if (cyrillic && latin && cyrillic !== latin) return `${cyrillic} / ${latin}`;
  return cyrillic || latin;
}
