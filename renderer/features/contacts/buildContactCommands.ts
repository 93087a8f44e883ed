import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { ContactDetail } from '../../../electron/shared/contract';
import { parsePartialDate } from '../../../electron/shared/dates/parsePartialDate';
import { isRecognisable } from '../../../electron/shared/names/contactDisplayName';
import { deriveLatinName } from '../../../electron/shared/names/deriveLatinName';
import { CityInputSchema, type City } from '../../../electron/shared/schemas/city';
import { ContactInputSchema, type Address, type ContactData, type ContactInput } from '../../../electron/shared/schemas/contact';
import { OrganizationInputSchema, type Organization } from '../../../electron/shared/schemas/organization';
import { cityLabel } from './cityLabel';
import { fieldErrorsFromIssues, type CommandRole, type RowMaps } from './contactFieldErrors';
import { addressParts, fieldOrder, type ContactFormValues, type FieldErrors, type TypedEntry } from './ContactFormValues';

export interface ContactCommandContext {
  organizations: readonly Organization[];
  cities: readonly City[];
  /** The partnerships a contact can belong to, by the label the form shows. */
  partnerships: readonly { id: string; label: string }[];
  /** Zone of a new city typed in Latin letters (settings.homeZone). */
  homeZone: string;
  /** The clock and id source, passed in so the commands carry everything non-deterministic. */
  now: string;
  newId: () => string;
  /** Sentences for the checks made here rather than by the shared schema. */
  messages: { followUpDays: string; unknownPartnership: (name: string) => string; enterSomething?: string };
}

export type ContactCommands =
  | { ok: true; commands: CommandInput[]; roles: CommandRole[]; rows: RowMaps; contactId: string; data: ContactData }
  | { ok: false; errors: FieldErrors; unmatched: string[] };

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);
const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Turns the form into the commands of one commands:run call: an organization.create and any
 * city.create first when the user typed names that do not exist yet, then the contact.create or
 * contact.update with the full data. Empty email, phone and address rows are dropped. Everything
 * is validated with the shared schemas first, so an invalid form never reaches the backend; each
 * message comes back keyed by the form field (and row) it concerns.
 */
export function buildContactCommands(values: ContactFormValues, editing: ContactDetail | null, context: ContactCommandContext): ContactCommands {
  const commands: CommandInput[] = [];
  const roles: CommandRole[] = [];
  const errors: FieldErrors = {};
  const unmatched: string[] = [];
  // Fields the form does not show (an imported vCard's UID...) are kept as stored.
  const base = editing ? ContactInputSchema.parse(editing.contact) : null;

  let organizationId: string | null = null;
  const organizationName = values.organization.trim();
  if (organizationName) {
    const existing = context.organizations.find((org) => fold(org.name) === fold(organizationName) || (org.nameLatin && fold(org.nameLatin) === fold(organizationName)));
    if (existing) organizationId = existing.id;
    else {
      const data = { name: organizationName, nameLatin: hasCyrillic(organizationName) ? '' : organizationName };
      const parsed = OrganizationInputSchema.safeParse(data);
      if (!parsed.success) errors.organization = parsed.error.issues[0]?.message;
      organizationId = context.newId();
      commands.push({ type: 'organization.create', at: context.now, id: organizationId, data });
      roles.push('organization');
    }
  }

  const cityIds: string[] = [];
  for (const text of splitList([...values.cities, values.city].join('\n'), '\n')) {
    const existing = context.cities.find((city) => [cityLabel(city), city.nameCyrillic, city.nameLatin].some((name) => name && fold(name) === fold(text)));
    let id = existing?.id;
    if (!id) {
      const data = newCity(text, context.homeZone);
      const parsed = CityInputSchema.safeParse(data);
      if (!parsed.success) errors.city ??= parsed.error.issues[0]?.message;
      id = context.newId();
      commands.push({ type: 'city.create', at: context.now, id, data });
      roles.push('city');
    }
    if (!cityIds.includes(id)) cityIds.push(id);
  }

  const partnershipIds = [...values.partnershipIds];
  const typedPartnership = values.partnership.trim();
  if (typedPartnership) {
    const found = context.partnerships.find((p) => fold(p.label) === fold(typedPartnership));
    if (found) {
      if (!partnershipIds.includes(found.id)) partnershipIds.push(found.id);
    } else errors.partnership = context.messages.unknownPartnership(typedPartnership);
  }

  let followUp: ContactInput['followUp'] = null;
  const days = values.followUpDays.trim();
  if (days) {
    const n = /^\d{1,4}$/.test(days) ? Number(days) : NaN;
    if (n >= 1 && n <= 3650) followUp = { everyDays: n };
    else errors.followUpDays = context.messages.followUpDays;
  }

  const emails = keptEntries(values.emails);
  const phones = keptEntries(values.phones);
  const websites = keptEntries(values.websites);
  const addresses = values.addresses.flatMap((address, row) => {
    const kept: Address = {
      label: address.label.trim(),
      preferred: address.preferred,
      street: address.street.trim(),
      city: address.city.trim(),
      region: address.region.trim(),
      postcode: address.postcode.trim(),
      country: address.country.trim(),
    };
    return addressParts.some((part) => kept[part] !== '') ? [{ row, item: kept }] : [];
  });
  const rows: RowMaps = { emails: emails.map((e) => e.row), phones: phones.map((p) => p.row), websites: websites.map((w) => w.row), addresses: addresses.map((a) => a.row) };

  const input: ContactInput = {
    ...base,
    kind: values.kind,
    prefix: values.prefix,
    family: values.family,
    given: values.given,
    patronymic: values.patronymic,
    middleNames: splitList(values.middleNames),
    suffix: values.suffix,
    nickname: values.nickname,
    fullName: values.fullName,
    gender: values.gender,
    familyLatin: values.familyLatin,
    givenLatin: values.givenLatin,
    patronymicLatin: values.patronymicLatin,
    familyPhonetic: values.familyPhonetic,
    givenPhonetic: values.givenPhonetic,
    middlePhonetic: values.middlePhonetic,
    salutationRu: values.salutationRu.trim() || undefined,
    salutationEn: values.salutationEn.trim() || undefined,
    // Typed as people write dates (12.04.1961, 12.04 without the year); stored as 1961-04-12 or --04-12.
    birthday: parsePartialDate(values.birthday) || null,
    anniversary: parsePartialDate(values.anniversary) || null,
    emails: emails.map((e) => e.item),
    phones: phones.map((p) => p.item),
    websites: websites.map((w) => w.item),
    // Sent whole, as every field is: an edit that left it out would clear the photo.
    photo: values.photo,
    addresses: addresses.map((a) => a.item),
    organizationId,
    title: values.title,
    cityIds,
    partnershipIds,
    languages: splitList(values.languages),
    tags: splitList(values.tags),
    notes: values.notes,
    followUp,
  };
  const parsed = ContactInputSchema.safeParse(input);
  // Every name part is optional, but a contact must hold something a person could recognise.
  if (parsed.success && !isRecognisable({ ...parsed.data, organization: organizationName })) errors[values.kind === 'org' ? 'fullName' : 'family'] = context.messages.enterSomething ?? 'Enter a name, an email, a phone or an organisation';
  if (!parsed.success) {
    const mapped = fieldErrorsFromIssues(parsed.error.issues, rows);
    for (const [key, message] of Object.entries(mapped.errors)) errors[key] ??= message;
    unmatched.push(...mapped.unmatched);
  }
  const order = fieldOrder(values);
  const clean: FieldErrors = {};
  for (const key of order) if (errors[key] !== undefined) clean[key] = errors[key];
  if (!parsed.success || Object.keys(clean).length > 0) return { ok: false, errors: clean, unmatched };

  const contactId = editing ? editing.contact.id : context.newId();
  commands.push(
    editing
      ? { type: 'contact.update', at: context.now, id: contactId, data: parsed.data }
      : { type: 'contact.create', at: context.now, id: contactId, data: parsed.data },
  );
  roles.push('contact');
  return { ok: true, commands, roles, rows, contactId, data: parsed.data };
}

/** The rows with a value, trimmed, each with the form row it came from. */
function keptEntries(entries: readonly TypedEntry[]): { row: number; item: { label: string; value: string; preferred: boolean } }[] {
  return entries.flatMap((entry, row) => {
    const value = entry.value.trim();
    return value ? [{ row, item: { label: entry.label.trim(), value, preferred: entry.preferred } }] : [];
  });
}

/**
 * A city typed by name: "Волгоград / Volgograd" gives both spellings; a Cyrillic name is taken as
 * Russian (Moscow time until the user says otherwise); any other name is in the home zone.
 */
function newCity(text: string, homeZone: string) {
  const [left = '', right = ''] = text.split(' / ').map((part) => part.trim());
  const cyrillic = hasCyrillic(left) ? left : '';
  // deriveLatinName transliterates one name part; a city name is transliterated the same way (ICAO).
  const latin = right || (cyrillic ? deriveLatinName({ family: cyrillic, given: '', patronymic: '' }).familyLatin : left);
  return cyrillic
    ? { nameCyrillic: cyrillic, nameLatin: latin, country: 'RU' as const, zone: 'Europe/Moscow' }
    : { nameCyrillic: '', nameLatin: latin, country: 'other' as const, zone: homeZone };
}

/** "delegation, Volga , volga" -> ["delegation", "Volga"]: trimmed, empty ones dropped, no repeats. */
export function splitList(text: string, separator = ','): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(separator)) {
    const item = raw.trim();
    if (item && !seen.has(fold(item))) {
      seen.add(fold(item));
      items.push(item);
    }
  }
  return items;
}

