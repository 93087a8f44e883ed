import type { CommandOf } from '../../shared/commands/commandSchemas';
import { blankContactData } from '../../shared/schemas/contact';
import { parseCsvRecords } from '../csv/parseCsv';

type SampleOpen = CommandOf<'sample.open'>;
type NewId = () => string;
type SampleProgram = NonNullable<SampleOpen['programItems']>;

/**
 * The sample workspace of the design's story: the US–Russia sister-city pairs shipped in
 * resources/sample, the two organisations, the 2019 summit (host city still being negotiated)
 * and the Great Rivers conference ("probably 2020", "may" be in Volgograd). The few contacts
 * are invented and flagged as examples so nobody mistakes them for real officials.
 */
export function buildSampleCommand(csvText: string, at: string, newId: NewId = () => crypto.randomUUID()): SampleOpen {
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
      notes: row.confidence === 'from-memory' ? 'Not confirmed by a source.' : '',
    });
  }
  const volgograd = [...cities.values()].find((c) => c.nameLatin === 'Volgograd');
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
      notes: 'The US sister-cities network this workspace represents in Russia.',
    },
    {
      id: volgaCities,
      name: 'Ассоциация волжских городов',
      nameLatin: 'Association of Volga Cities',
      kind: 'association',
      cityId: null,
      website: '',
      notes: 'Interested in a Great Rivers conference of Volga and Mississippi cities.',
    },
    {
      id: russianCities,
      name: 'Союз российских городов',
      nameLatin: 'Union of Russian Cities',
      kind: 'association',
      cityId: null,
      website: '',
      notes: 'Develops the summit’s program jointly with Sister Cities International.',
    },
  ];
  const summitId = newId();
  const conferences: SampleOpen['conferences'] = [
    {
      id: summitId,
      name: 'US–Russia Sister Cities Summit',
      date: {
        earliest: '2019-09-21',
        latest: '2019-10-10',
        precision: 'range',
        uncertain: false,
        label: 'late September or early October 2019',
      },
      cityId: null,
      tentativeCityIds: [],
      organizerIds: [network, russianCities],
      notes: 'In Russia; the host city is being negotiated with a couple of cities. Recruiting US participants is a big challenge.',
    },
    {
      id: newId(),
      name: 'Great Rivers Conference (Volga – Mississippi)',
      date: { earliest: '2020-01-01', latest: '2020-12-31', precision: 'year', uncertain: true, label: 'probably 2020' },
      cityId: null,
      tentativeCityIds: volgograd ? [volgograd.id] : [],
      organizerIds: [volgaCities, network],
      notes: 'May take place in Volgograd.',
    },
  ];
  const contact = (fields: Partial<SampleOpen['contacts'][number]> & { family: string }): SampleOpen['contacts'][number] => ({
    ...blankContactData(),
    id: newId(),
    given: '',
    patronymic: '',
    gender: 'unspecified',
    familyLatin: '',
    givenLatin: '',
    patronymicLatin: '',
    emails: [],
    phones: [],
    addresses: [],
    organizationId: null,
    title: '',
    cityIds: [],
    partnershipIds: [],
    languages: [],
    tags: ['example'],
    notes: 'An invented example contact from the sample workspace.',
    followUp: null,
    ...fields,
  });
  const contacts: SampleOpen['contacts'] = [
    contact({
      family: 'Образцова',
      given: 'Анна',
      patronymic: 'Сергеевна',
      gender: 'female',
      familyLatin: 'Obraztsova',
      givenLatin: 'Anna',
      patronymicLatin: 'Sergeevna',
      title: 'Head of international relations (example)',
      cityIds: volgograd ? [volgograd.id] : [],
      languages: ['ru', 'en'],
      emails: [{ label: 'work', value: 'anna.example@example.org', preferred: true }],
    }),
    contact({
      family: 'Example',
      given: 'Jordan',
      gender: 'unspecified',
      familyLatin: 'Example',
      givenLatin: 'Jordan',
      organizationId: network,
      title: 'Program coordinator (example)',
      languages: ['en'],
      emails: [{ label: 'work', value: 'jordan.example@example.org', preferred: true }],
    }),
  ];
  const [anna, jordan] = contacts;
  const programItems = sampleProgram(summitId, { sci: network, urc: russianCities }, anna?.id ?? '', jordan?.id ?? '', newId);
  return {
    type: 'sample.open',
    at,
    cities: [...cities.values()],
    organizations,
    partnerships,
    conferences,
    contacts,
    programItems,
  };
}

type ProgramData = SampleProgram[number]['data'];

/**
 * The summit's draft program, proposed item by item by both organisations while the date is still
 * a range (so it sits on Day 1 and Day 2): some agreed, one speaker (Jordan) invited and silent
 * past the reply date, so Home has an overdue reply to show.
 */
function sampleProgram(conferenceId: string, by: { sci: string; urc: string }, anna: string, jordan: string, newId: NewId): SampleProgram {
  const item = (fields: Partial<ProgramData> & Pick<ProgramData, 'titleEn' | 'titleRu'>): SampleProgram[number] => ({
    id: newId(),
    data: {
      conferenceId,
      descriptionEn: '',
      descriptionRu: '',
      kind: 'panel',
      topics: [],
      day: null,
      start: null,
      minutes: 60,
      place: '',
      speakerIds: [],
      moderatorIds: [],
      invitations: {},
      proposedById: null,
      status: 'proposed',
      statusReason: '',
      notes: '',
      ...fields,
    },
  });
  return [
    item({
      titleEn: 'How cities can work together to identify common challenges',
      titleRu: 'Как городам вместе выявлять общие проблемы',
      kind: 'plenary',
      topics: ['common challenges'],
      day: 1,
      start: 10 * 60,
      minutes: 90,
      place: 'Main hall',
      speakerIds: [anna],
      invitations: { [anna]: { status: 'accepted', reason: '', invitedOn: '2019-06-03', replyBy: '2019-06-17' } },
      proposedById: by.sci,
      status: 'agreed',
    }),
    item({
      titleEn: 'Agriculture on the great rivers',
      titleRu: 'Сельское хозяйство на великих реках',
      topics: ['agriculture'],
      day: 1,
      start: 14 * 60,
      minutes: 90,
      place: 'Main hall',
      speakerIds: [jordan],
      invitations: { [jordan]: { status: 'invited', reason: '', invitedOn: '2019-06-10', replyBy: '2019-06-24' } },
      proposedById: by.urc,
      status: 'proposed',
    }),
    item({
      titleEn: 'Youth exchanges between partner cities',
      titleRu: 'Молодёжные обмены городов-побратимов',
      kind: 'roundtable',
      topics: ['youth exchange'],
      day: 2,
      start: 10 * 60,
      place: 'Room 2',
      moderatorIds: [anna],
      proposedById: by.urc,
      status: 'idea',
    }),
    item({
      titleEn: 'Signing of partnership agreements',
      titleRu: 'Подписание соглашений о партнёрстве',
      kind: 'signing',
      day: 2,
      start: 16 * 60,
      minutes: 45,
      place: 'Main hall',
      proposedById: by.sci,
      status: 'agreed',
    }),
    item({
      titleEn: 'Visit to a farm cooperative',
      titleRu: 'Поездка в сельскохозяйственный кооператив',
      kind: 'site-visit',
      topics: ['agriculture'],
      minutes: 180,
      proposedById: by.urc,
      status: 'proposed',
    }),
  ];
}
