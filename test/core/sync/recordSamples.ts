import { collectionSchemas, kinds, type Kind } from '../../../electron/shared/schemas/collections';

const uuid = () => crypto.randomUUID();
const conferenceId = uuid();
const cityId = uuid();
const contactId = uuid();
const when = { createdAt: '2026-11-30T09:00:00.000Z', updatedAt: '2026-12-01T10:30:00.000Z' };
const lateSeptember = { earliest: '2019-09-21', latest: '2019-10-10', precision: 'range', uncertain: true, label: 'late Sep – early Oct 2019' };

/** The fields of one record of each kind, nested values included, as a user's workspace holds them. */
const fields: Record<Kind, Record<string, unknown>> = {
  contacts: {
    family: 'Иванова',
    given: 'Мария',
    patronymic: 'Петровна',
    familyLatin: 'Ivanova',
    emails: [{ value: 'maria@example.org', type: 'work' }],
    photo: `${uuid()}.jpg`,
    tags: ['Volgograd', 'host'],
    birthday: '--03-08',
    deletedAt: null,
  },
  organizations: { name: 'Association of Volga Cities', kind: 'association', cityId },
  cities: { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', country: 'RU', zone: 'Europe/Volgograd' },
  partnerships: { usCityId: uuid(), ruCityId: cityId, establishedYear: 1991, usCoordinatorIds: [contactId] },
  conferences: { name: 'US–Russia Sister Cities Summit', date: lateSeptember, tentativeCityIds: [cityId] },
  candidacies: {
    conferenceId,
    cityId,
    stage: 'proposal',
    attachments: [{ id: uuid(), name: 'Offer letter.pdf', storedAs: 'offer-letter.pdf', addedAt: '2026-12-01T10:00:00.000Z' }],
  },
  interactions: { kind: 'call', at: '2026-12-01T08:00:00.000Z', zone: 'Europe/Moscow', subject: 'Hotel block', contactIds: [contactId], nextStep: { text: 'Send the draft', due: '2026-12-05' } },
  milestones: { conferenceId, title: 'Host city chosen', schedule: { kind: 'relative', daysBefore: 180 } },
  tasks: { title: 'Book interpreters', conferenceId, schedule: { kind: 'absolute', date: lateSeptember } },
  participants: { conferenceId, contactId, stage: 'visa', arrivesAt: '2019-09-20T14:00:00.000Z' },
  programItems: { conferenceId, titleEn: 'Opening plenary', titleRu: 'Открытие' },
};

/** One valid record of every kind, parsed by the workspace's own schemas (defaults filled in). */
export function oneRecordOfEachKind(rev = 7): { kind: Kind; record: Record<string, unknown> }[] {
  return kinds.map((kind) => ({ kind, record: collectionSchemas[kind].parse({ ...fields[kind], id: uuid(), rev, ...when }) }));
}
