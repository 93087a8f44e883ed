import type { CommandOf } from '../../shared/commands/commandSchemas';
import { blankContactData } from '../../shared/schemas/contact';
import type { SamplePlaces } from './SamplePlaces';
import type { SampleText } from './sampleText';

type SampleContact = CommandOf<'sample.open'>['contacts'][number];
type Fields = Partial<SampleContact> & { family: string };

/**
 * The sample's people: invented (their family names mean "sample", "example", "mock-up" in
 * either language), marked as examples, each linked to a real partnership so the story reads
 * through them: the host-city negotiators in Russia, the US committee chairs recruiting for
 * Great Rivers, and the coordinator at Sister Cities International.
 */
export function sampleContacts(places: SamplePlaces, organizations: { network: string }, newId: () => string, text: SampleText) {
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
    tags: [text.tags.example],
    notes: text.exampleContactNote,
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
      tags: [text.tags.example, text.tags.hostCity],
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
      tags: [text.tags.example, text.tags.usCommittee],
      emails: [{ label: 'work', value: email, preferred: true }],
    });
  return {
    anna: russian('Образцова', 'Анна', 'Сергеевна', ['Obraztsova', 'Anna', 'Sergeevna'], 'female', 'Volgograd', ['Cleveland', 'Volgograd'], text.titles.anna, 'anna.example@example.org'),
    ilya: russian('Примеров', 'Илья', 'Андреевич', ['Primerov', 'Ilya', 'Andreevich'], 'male', 'Nizhny Novgorod', ['Philadelphia', 'Nizhny Novgorod'], text.titles.ilya, 'ilya.example@example.org'),
    marina: russian('Тестова', 'Марина', 'Олеговна', ['Testova', 'Marina', 'Olegovna'], 'female', 'Samara', ['St. Louis', 'Samara'], text.titles.marina, 'marina.example@example.org'),
    pavel: russian('Макетов', 'Павел', 'Игоревич', ['Maketov', 'Pavel', 'Igorevich'], 'male', 'Saratov', ['Dallas', 'Saratov'], text.titles.pavel, 'pavel.example@example.org'),
    jordan: contact({
      family: 'Example',
      given: 'Jordan',
      familyLatin: 'Example',
      givenLatin: 'Jordan',
      organizationId: organizations.network,
      title: text.titles.jordan,
      languages: ['en'],
      emails: [{ label: 'work', value: 'jordan.example@example.org', preferred: true }],
    }),
    casey: american('Casey', 'Sample', 'St. Louis', ['St. Louis', 'Samara'], text.titles.casey, 'casey.example@example.org'),
    riley: american('Riley', 'Placeholder', 'Cleveland', ['Cleveland', 'Volgograd'], text.titles.riley, 'riley.example@example.org'),
    morgan: american('Morgan', 'Demo', 'Minneapolis', ['Minneapolis', 'Novosibirsk'], text.titles.morgan, 'morgan.example@example.org'),
    taylor: american('Taylor', 'Mockup', 'Dubuque', ['Dubuque', 'Pyatigorsk'], text.titles.taylor, 'taylor.example@example.org'),
    alex: american('Alex', 'Specimen', 'La Crosse', ['La Crosse', 'Dubna'], text.titles.alex, 'alex.example@example.org'),
  };
}

export type SamplePeople = ReturnType<typeof sampleContacts>;
