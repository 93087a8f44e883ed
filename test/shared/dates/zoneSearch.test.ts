import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../electron/core/csv/parseCsv';
import { partnerCityZones } from '../../../electron/shared/dates/partnerCityZones';
import { searchZones, zoneChoices } from '../../../electron/shared/dates/zoneChoices';

const zones = Intl.supportedValuesOf('timeZone');
// A winter day: New York is on standard time, five hours behind UTC.
const winter = new Date('2026-12-08T12:00:00Z');
const area = (name: string) => `[${name}]`;
const found = (locale: 'en' | 'ru', typed: string) => searchZones(zoneChoices(zones, locale, winter, area), typed).map((c) => c.zone);

describe('the zone picker finds a zone by a city in either language', () => {
  it('finds Volgograd by its name in both scripts and by its first letters', () => {
    for (const typed of ['Volgograd', 'Волгоград', 'volgo', 'ВОЛГО']) expect(found('en', typed)[0]).toBe('Europe/Volgograd');
    expect(found('ru', 'Волгоград')[0]).toBe('Europe/Volgograd');
  });

  it('finds a zone by a partner city it does not name (Cleveland is New York’s zone), and by its name in words', () => {
    expect(found('en', 'Cleveland')).toEqual(['America/New_York']);
    expect(found('ru', 'Саратов')[0]).toBe('Europe/Saratov');
    expect(found('en', 'Eastern Time')).toContain('America/New_York');
  });

  it('names the zone in the window’s language, with its offset as UTC', () => {
    const [ny] = zoneChoices(['America/New_York'], 'ru', winter, area);
    expect(ny).toMatchObject({ city: 'Нью-Йорк', offset: 'UTC−5', area: '[America]' });
    expect(ny?.generic).toMatch(/Америк/);
    const [volgograd] = zoneChoices(['Europe/Volgograd'], 'en', winter, area);
    expect(volgograd).toMatchObject({ city: 'Volgograd', offset: 'UTC+3' });
  });

  it('keeps the partner-city table in step with the sample’s CSV it was made from', () => {
    const rows = parseCsvRecords(readFileSync('resources/sample/us-russia-sister-cities.csv', 'utf8'));
    expect(rows.length).toBeGreaterThan(60);
    const fromCsv = new Set(rows.flatMap((r) => [`${r.us_city}||${r.us_tz}`, `${r.ru_city_latin}|${r.ru_city_cyrillic}|${r.ru_tz}`]));
    expect(new Set(partnerCityZones.map(([latin, cyrillic, zone]) => `${latin}|${cyrillic}|${zone}`))).toEqual(fromCsv);
  });
});
