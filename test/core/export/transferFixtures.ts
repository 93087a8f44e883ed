import { CityInputSchema, type City } from '../../../electron/shared/schemas/city';
import { ContactInputSchema, type Contact, type ContactInput } from '../../../electron/shared/schemas/contact';
import { OrganizationInputSchema, type Organization } from '../../../electron/shared/schemas/organization';
import { PartnershipInputSchema, type Partnership } from '../../../electron/shared/schemas/partnership';
import { emptyWorkspace, type Workspace } from '../../../electron/shared/schemas/workspace';
import { exportContacts } from '../../../electron/core/export/exportContacts';
import type { ExportFormat, ExportOptions } from '../../../electron/shared/contracts/exportChannels';

const at = '2026-11-28T10:00:00.000Z';
const stamp = { rev: 1, createdAt: at, updatedAt: at };

/** An in-memory workspace with a few cities, organisations and one partnership to point at. */
export function transferWorkspace(): Workspace {
  const ws = emptyWorkspace();
  const city = (id: string, data: object): City => ({ ...CityInputSchema.parse(data), id, ...stamp });
  const org = (id: string, data: object): Organization => ({ ...OrganizationInputSchema.parse(data), id, ...stamp });
  ws.cities[ids.volgograd] = city(ids.volgograd, { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', country: 'RU', zone: 'Europe/Volgograd' });
  ws.cities[ids.cleveland] = city(ids.cleveland, { nameLatin: 'Cleveland', nameCyrillic: '', country: 'US', zone: 'America/New_York' });
  ws.cities[ids.tula] = city(ids.tula, { nameLatin: 'Tula', nameCyrillic: 'Тула', country: 'RU', zone: 'Europe/Moscow' });
  ws.organizations[ids.admin] = org(ids.admin, { name: 'Администрация Волгограда', nameLatin: 'Administratsiia Volgograda' });
  ws.organizations[ids.sci] = org(ids.sci, { name: 'Sister Cities International', nameLatin: 'Sister Cities International' });
  const partnership: Partnership = { ...PartnershipInputSchema.parse({ usCityId: ids.cleveland, ruCityId: ids.volgograd }), id: ids.pair, ...stamp };
  ws.partnerships[ids.pair] = partnership;
  return ws;
}

export const ids = {
  volgograd: '00000000-0000-4000-8000-00000000c001',
  cleveland: '00000000-0000-4000-8000-00000000c002',
  tula: '00000000-0000-4000-8000-00000000c003',
  admin: '00000000-0000-4000-8000-00000000a001',
  sci: '00000000-0000-4000-8000-00000000a002',
  pair: '00000000-0000-4000-8000-00000000b001',
};

let next = 1;
export function addContact(ws: Workspace, input: ContactInput, id = `00000000-0000-4000-9000-${String(next++).padStart(12, '0')}`): Contact {
  const contact: Contact = { ...ContactInputSchema.parse(input), id, ...stamp };
  ws.contacts[id] = contact;
  return contact;
}

/** Mariia Ivanova with everything a contact can hold, awkward characters included. */
export function fullContact(ws: Workspace): Contact {
  return addContact(ws, {
    family: 'Иванова',
    given: 'Мария',
    patronymic: 'Петровна',
    gender: 'female',
    familyLatin: 'Ivanova',
    givenLatin: 'Mariia',
    patronymicLatin: 'Petrovna',
    salutationRu: 'Уважаемая Мария Петровна',
    salutationEn: 'Dear Ms. Ivanova',
    emails: [
      { label: 'work', value: 'm.ivanova@volgadmin.example', preferred: true },
      { label: 'Личная; почта, дом', value: 'maria@mail.example', preferred: false },
    ],
    phones: [
      { label: 'mobile', value: '+7 (902) 123-45-67', preferred: true },
      { label: 'work', value: '+7 8442 38-12-44 ext. 12', preferred: false },
      { label: 'Дача', value: '-12', preferred: false },
    ],
    addresses: [{ label: 'work', street: 'пр. Ленина, 10\nкаб. 5', city: 'Волгоград', region: 'Волгоградская обл.', postcode: '400066', country: 'Россия', preferred: true }],
    organizationId: ids.admin,
    title: 'Начальник отдела; международные связи',
    cityIds: [ids.volgograd],
    partnershipIds: [ids.pair],
    languages: ['ru', 'English'],
    tags: ['summit', '=HYPERLINK("x")', 'a,b;c'],
    notes: 'Met in Cleveland, 2018.\nLikes \\backslashes\\ and "quotes"; also commas, semicolons.\n=SUM(A1)',
    followUp: { everyDays: 90 },
  });
}

/** Contacts that between them hold every field the model has, the new ones included. */
export function everyField(ws: Workspace): { english: Contact; russian: Contact; org: Contact } {
  const english = addContact(ws, {
    prefix: 'Dr.',
    given: 'John',
    middleNames: ['Richter', 'James'],
    family: 'Smith',
    suffix: 'Jr.',
    nickname: 'Johnny',
    gender: 'male',
    familyLatin: 'Smith',
    givenLatin: 'John',
    familyPhonetic: 'Smyth',
    givenPhonetic: 'Jon',
    middlePhonetic: 'Rikter',
    birthday: '--04-15',
    anniversary: '1990-06-01',
    emails: [
      { label: 'work', value: 'john@cleveland.example', preferred: true },
      { label: 'home', value: 'blablö@blub.example', preferred: false },
      { label: 'other', value: 'contact1@invalid', preferred: false },
    ],
    phones: [
      { label: 'mobile', value: '+1 216 555 0100', preferred: true },
      { label: 'work', value: '+1-800-MYFAX', preferred: false },
    ],
    websites: [
      { label: 'work', value: 'https://cleveland.example/smith', preferred: true },
      { label: 'Blog', value: 'johnsmith.example', preferred: false },
    ],
    organizationId: ids.sci,
    title: 'Adviser',
    tags: ['summit'],
    notes: 'Met in Volgograd.',
  });
  const russian = addContact(ws, {
    family: 'Иванова',
    given: 'Мария',
    patronymic: 'Петровна',
    gender: 'female',
    familyLatin: 'Ivanova',
    givenLatin: 'Mariia',
    patronymicLatin: 'Petrovna',
    birthday: '1961-04-12',
    emails: [{ label: 'work', value: 'm.ivanova@volgadmin.example', preferred: false }],
    organizationId: ids.admin,
  });
  const org = addContact(ws, {
    kind: 'org',
    fullName: 'Sister Cities International',
    organizationId: ids.sci,
    phones: [{ label: 'work', value: '+1 202 555 0199', preferred: false }],
    websites: [{ label: '', value: 'https://sister-cities.example', preferred: false }],
  });
  return { english, russian, org };
}

export async function exportBytes(contacts: Contact[], ws: Workspace, format: ExportFormat, options: ExportOptions = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of exportContacts(contacts, ws, format, options)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
