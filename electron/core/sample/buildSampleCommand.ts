import type { CommandOf } from '../../shared/commands/commandSchemas';
import { parseCsvRecords } from '../csv/parseCsv';
import { SampleClock } from './SampleClock';
import { sampleContacts } from './sampleContacts';
import { sampleNegotiations } from './sampleNegotiations';
import { SamplePlaces } from './SamplePlaces';
import { sampleProgram } from './sampleProgram';
import { sampleText } from './sampleText';
import { sampleTimelines } from './sampleTimelines';

type SampleOpen = CommandOf<'sample.open'>;
type NewId = () => string;

/**
 * The sample workspace of the design's story, dated from the day it is opened (`at`): the
 * US–Russia sister-city pairs shipped in resources/sample, the organisations, next year's summit
 * with three candidate host cities at different stages and the calls and letters behind them,
 * and the Great Rivers conference the year after, with milestones and US recruitment under way.
 * The people are invented and flagged as examples so nobody mistakes them for real officials.
 */
export function buildSampleCommand(csvText: string, at: string, newId: NewId = () => crypto.randomUUID(), language: 'en' | 'ru' = 'en'): SampleOpen {
  const clock = new SampleClock(at);
  const text = sampleText(language);
  const { cities, partnerships } = readPairs(csvText, newId, text.unconfirmedPair);
  const places = new SamplePlaces(cities, partnerships);
  const network = newId();
  const volgaCities = newId();
  const russianCities = newId();
  const organizations: SampleOpen['organizations'] = [
    {
      id: network,
      name: 'Sister Cities International',
      nameLatin: 'Sister Cities International',
      kind: 'association',
      cityId: null,
      website: 'https://sistercities.org/',
      notes: text.organizationNotes.network,
    },
    {
      id: volgaCities,
      name: 'Ассоциация волжских городов',
      nameLatin: 'Association of Volga Cities',
      kind: 'association',
      cityId: null,
      website: '',
      notes: text.organizationNotes.volgaCities,
    },
    {
      id: russianCities,
      name: 'Союз российских городов',
      nameLatin: 'Union of Russian Cities',
      kind: 'association',
      cityId: null,
      website: '',
      notes: text.organizationNotes.russianCities,
    },
  ];
  const people = sampleContacts(places, { network }, newId, text);
  const contacts = Object.values(people);
  const ids = { summit: newId(), rivers: newId() };
  const year = clock.summitYear;
  const timelines = sampleTimelines(ids, places, people, clock, newId, text);
  const conferences: SampleOpen['conferences'] = [
    {
      id: ids.summit,
      name: 'US–Russia Sister Cities Summit',
      date: { ...clock.fuzzy(text.dates.summit(year)), label: text.dates.summitLabel(year) },
      cityId: null,
      tentativeCityIds: [],
      organizerIds: [network, russianCities],
      notes: text.conferenceNotes.summit,
    },
    {
      id: ids.rivers,
      name: 'Great Rivers Conference (Volga – Mississippi)',
      date: timelines.riversDate,
      cityId: null,
      tentativeCityIds: [places.city('Volgograd')],
      organizerIds: [volgaCities, network],
      notes: text.conferenceNotes.rivers,
      recruitmentTargets: { interested: 20, confirmed: 12 },
    },
  ];
  // The coordinators on both sides of the partnerships the story runs through.
  const coordinate = (us: string, ru: string, usIds: string[], ruIds: string[], lastExchange: number | null) => {
    const pair = places.partnership(us, ru);
    Object.assign(pair, { usCoordinatorIds: usIds, ruCoordinatorIds: ruIds, lastExchange: lastExchange === null ? null : clock.day(lastExchange) });
  };
  coordinate('Cleveland', 'Volgograd', [people.riley.id], [people.anna.id], -30);
  coordinate('St. Louis', 'Samara', [people.casey.id], [people.marina.id], -5);
  coordinate('Philadelphia', 'Nizhny Novgorod', [], [people.ilya.id], -2);
  coordinate('Dallas', 'Saratov', [], [people.pavel.id], -20);
  const negotiations = sampleNegotiations(ids.summit, ids.rivers, places, people, clock, newId, text);
  return {
    type: 'sample.open',
    at,
    cities,
    organizations,
    partnerships,
    conferences,
    contacts,
    programItems: sampleProgram(ids.summit, { sci: network, urc: russianCities }, people.anna.id, people.jordan.id, clock, newId, text),
    candidacies: negotiations.candidacies,
    interactions: negotiations.interactions,
    milestones: timelines.milestones,
    tasks: timelines.tasks,
    participants: timelines.participants,
  };
}

/** Every pair of the data file, each city once (Saratov has three US partners). */
function readPairs(csvText: string, newId: NewId, unconfirmed: string): { cities: SampleOpen['cities']; partnerships: SampleOpen['partnerships'] } {
  const cities = new Map<string, SampleOpen['cities'][number]>();
  const partnerships: SampleOpen['partnerships'] = [];
  const cityId = (key: string, make: () => Omit<SampleOpen['cities'][number], 'id'>): string => {
    const existing = cities.get(key);
    if (existing) return existing.id;
    const city = { id: newId(), ...make() };
    cities.set(key, city);
    return city.id;
  };
  for (const row of parseCsvRecords(csvText)) {
    const usCityId = cityId(`US/${row.us_city}/${row.us_state}`, () => ({
      nameLatin: row.us_city ?? '',
      nameCyrillic: '',
      region: row.us_state ?? '',
      country: 'US',
      zone: row.us_tz ?? 'America/New_York',
    }));
    const ruCityId = cityId(`RU/${row.ru_city_latin}`, () => ({
      nameLatin: row.ru_city_latin ?? '',
      nameCyrillic: row.ru_city_cyrillic ?? '',
      region: row.ru_region ?? '',
      country: 'RU',
      zone: row.ru_tz ?? 'Europe/Moscow',
    }));
    const year = Number.parseInt(row.established ?? '', 10);
    partnerships.push({
      id: newId(),
      usCityId,
      ruCityId,
      status: 'active',
      establishedYear: Number.isFinite(year) ? year : null,
      usCoordinatorIds: [],
      ruCoordinatorIds: [],
      lastExchange: null,
      source: row.source_url ?? '',
      notes: row.confidence === 'from-memory' ? unconfirmed : '',
    });
  }
  return { cities: [...cities.values()], partnerships };
}
