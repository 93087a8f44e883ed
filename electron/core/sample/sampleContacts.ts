import type { CommandOf } from '../../shared/commands/commandSchemas';
import { blankContactData } from '../../shared/schemas/contact';
import type { SamplePlaces } from './SamplePlaces';

type SampleContact = CommandOf<'sample.open'>['contacts'][number];
type Fields = Partial<SampleContact> & { family: string };

/**
 * The sample's people: invented (their family names mean "sample", "example", "mock-up" in
 * either language), marked as examples, each linked to a real partnership so the story reads
 * through them: the host-city negotiators in Russia, the US committee chairs recruiting for
 * Great Rivers, and the coordinator at Sister Cities International.
 */
export function sampleContacts(places: SamplePlaces, organizations: { network: string }, newId: () => string) {
  const contact = (fields: Fields): SampleContact => ({
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
  const russian = (family: string, given: string, patronymic: string, latin: [string, string, string], gender: 'female' | 'male', city: string, pair: [string, string], title: string, email: string) =>
    contact({
      family,
      given,
      patronymic,
      gender,
      familyLatin: latin[0],
      givenLatin: latin[1],
      patronymicLatin: latin[2],
      title,
      cityIds: places.cityIds(city),
      partnershipIds: places.partnershipIds(...pair),
      languages: ['ru', 'en'],
      tags: ['example', 'host city'],
      emails: [{ label: 'work', value: email, preferred: true }],
    });
  const american = (given: string, family: string, city: string, pair: [string, string], title: string, email: string) =>
    contact({
      family,
      given,
      familyLatin: family,
      givenLatin: given,
      title,
      cityIds: places.cityIds(city),
      partnershipIds: places.partnershipIds(...pair),
      languages: ['en'],
      tags: ['example', 'US committee'],
      emails: [{ label: 'work', value: email, preferred: true }],
    });
  return {
    anna: russian('Образцова', 'Анна', 'Сергеевна', ['Obraztsova', 'Anna', 'Sergeevna'], 'female', 'Volgograd', ['Cleveland', 'Volgograd'], 'Head of international relations (example)', 'anna.example@example.org'),
    ilya: russian('Примеров', 'Илья', 'Андреевич', ['Primerov', 'Ilya', 'Andreevich'], 'male', 'Nizhny Novgorod', ['Philadelphia', 'Nizhny Novgorod'], 'Deputy head of external relations (example)', 'ilya.example@example.org'),
    marina: russian('Тестова', 'Марина', 'Олеговна', ['Testova', 'Marina', 'Olegovna'], 'female', 'Samara', ['St. Louis', 'Samara'], 'Protocol department (example)', 'marina.example@example.org'),
    pavel: russian('Макетов', 'Павел', 'Игоревич', ['Maketov', 'Pavel', 'Igorevich'], 'male', 'Saratov', ['Dallas', 'Saratov'], 'Adviser to the mayor (example)', 'pavel.example@example.org'),
    jordan: contact({
      family: 'Example',
      given: 'Jordan',
      familyLatin: 'Example',
      givenLatin: 'Jordan',
      organizationId: organizations.network,
      title: 'Program coordinator (example)',
      languages: ['en'],
      emails: [{ label: 'work', value: 'jordan.example@example.org', preferred: true }],
    }),
    casey: american('Casey', 'Sample', 'St. Louis', ['St. Louis', 'Samara'], 'Chair, St. Louis–Samara committee (example)', 'casey.example@example.org'),
    riley: american('Riley', 'Placeholder', 'Cleveland', ['Cleveland', 'Volgograd'], 'Cleveland–Volgograd committee (example)', 'riley.example@example.org'),
    morgan: american('Morgan', 'Demo', 'Minneapolis', ['Minneapolis', 'Novosibirsk'], 'Minneapolis–Novosibirsk committee (example)', 'morgan.example@example.org'),
    taylor: american('Taylor', 'Mockup', 'Dubuque', ['Dubuque', 'Pyatigorsk'], 'Dubuque sister-city volunteer (example)', 'taylor.example@example.org'),
    alex: american('Alex', 'Specimen', 'La Crosse', ['La Crosse', 'Dubna'], 'La Crosse–Dubna committee (example)', 'alex.example@example.org'),
  };
}

export type SamplePeople = ReturnType<typeof sampleContacts>;
