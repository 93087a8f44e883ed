import type { DateLocale } from './formatFuzzyDate';
import { partnerCityZones } from './partnerCityZones';
import { zoneCityName } from './zoneCityName';

/** One time zone as a person picks it: by a city, in the window's language, with its offset. */
export interface ZoneChoice {
  zone: string;
  /** "Волгоград", "New York": the zone's own city in the window's language where one is known. */
  city: string;
  /** "Europe", «Европа»: the IANA area, in the window's language. */
  area: string;
  /** "Eastern Time", «Восточная Америка»: the name Intl gives the zone in the window's language. */
  generic: string;
  /** "UTC+3", "UTC−5" at the moment the list was made (summer time moves it). */
  offset: string;
  /** Partner cities in this zone, in the window's script where it has one ("Cleveland", «Волгоград»). */
  partners: string[];
  /** What a search looks through: every name above in both languages, folded. */
  keys: string[];
}

/** Lower case, ё as е, accents dropped: how a typed name is compared with the names of a zone. */
export const foldName = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replaceAll('ё', 'е')
    .replaceAll('_', ' ')
    .trim();

function zonePart(zone: string, locale: DateLocale, at: Date, style: 'longGeneric' | 'shortOffset'): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** "GMT-5" -> "UTC−5" (a true minus), "GMT" -> "UTC". */
const utcOffset = (gmt: string): string => (gmt === '' ? '' : gmt.replace(/^GMT/, 'UTC').replace('-', '−').replace(/^UTC$/, 'UTC+0'));

const partnersByZone = (() => {
  const byZone = new Map<string, (typeof partnerCityZones)[number][]>();
  for (const row of partnerCityZones) byZone.set(row[2], [...(byZone.get(row[2]) ?? []), row]);
  return byZone;
})();

/**
 * Every zone as a choice in the window's language, searchable in both. `areaName` names an IANA
 * area ("Europe") in the window's language: Intl has no names for these (they are not regions).
 */
export function zoneChoices(zones: readonly string[], locale: DateLocale, at: Date, areaName: (area: string) => string): ZoneChoice[] {
  // Some 1,200 Intl formatters for the whole list: made once an hour (offsets move on the hour) per language and list, not on
  // every opening of a dialog. The area names follow the language, which is part of the key.
  const key = `${locale}|${at.toISOString().slice(0, 13)}|${zones.join(',')}`;
  const cached = made.get(key);
  if (cached) return cached;
  const choices = zones.map((zone) => {
    const partners = partnersByZone.get(zone) ?? [];
    const generic = zonePart(zone, locale, at, 'longGeneric');
    const other: DateLocale = locale === 'en' ? 'ru' : 'en';
    const area = zone.includes('/') ? areaName(zone.slice(0, zone.indexOf('/'))) : '';
    const names = [zone, zoneCityName(zone, 'en'), zoneCityName(zone, 'ru'), generic, zonePart(zone, other, at, 'longGeneric'), ...partners.flatMap(([latin, cyrillic]) => [latin, cyrillic])];
    return {
      zone,
      city: zoneCityName(zone, locale),
      area,
      generic,
      offset: utcOffset(zonePart(zone, 'en', at, 'shortOffset')),
      partners: partners.map(([latin, cyrillic]) => (locale === 'ru' && cyrillic ? cyrillic : latin)),
      keys: [...new Set(names.filter((name) => name !== '').map(foldName))],
    };
  });
  if (made.size > 8) made.clear();
  made.set(key, choices);
  return choices;
}

const made = new Map<string, ZoneChoice[]>();

/**
 * The choices a typed text finds: any part of any name in either language ("volgo", «волго»,
 * "Cleveland", "eastern"). Those whose name starts with the text come first; otherwise the given
 * order stays. An empty text finds every choice.
 */
export function searchZones(choices: readonly ZoneChoice[], typed: string): ZoneChoice[] {
  const query = foldName(typed);
  if (query === '') return [...choices];
  const starts: ZoneChoice[] = [];
  const contains: ZoneChoice[] = [];
  for (const choice of choices) {
    if (choice.keys.some((key) => key.startsWith(query) || key.includes(` ${query}`) || key.includes(`/${query}`))) starts.push(choice);
    else if (choice.keys.some((key) => key.includes(query))) contains.push(choice);
  }
  return [...starts, ...contains];
}

/** The partner cities of a choice that the typed text names, to say why a zone was found ("Cleveland"). */
export function partnersMatching(choice: ZoneChoice, typed: string): string[] {
  const query = foldName(typed);
  if (query === '') return [];
  const rows = partnersByZone.get(choice.zone) ?? [];
  return choice.partners.filter((_, i) => {
    const row = rows[i];
    return row !== undefined && (foldName(row[0]).includes(query) || foldName(row[1]).includes(query));
  });
}
