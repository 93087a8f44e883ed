import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { ContactDetail } from '../../../electron/shared/contract';
import { deriveLatinName } from '../../../electron/shared/names/deriveLatinName';
import { CityInputSchema, type City } from '../../../electron/shared/schemas/city';
import { ContactInputSchema, type ContactData, type ContactInput } from '../../../electron/shared/schemas/contact';
import { OrganizationInputSchema, type Organization } from '../../../electron/shared/schemas/organization';
import { cityLabel } from './cityLabel';
import { fieldErrorsFromIssues, type CommandRole, type FieldErrors } from './contactFieldErrors';
import { contactFormFields, preferredIndex, type ContactFormValues } from './ContactFormValues';

export interface ContactCommandContext {
  organizations: readonly Organization[];
  cities: readonly City[];
  /** Zone of a new city typed in Latin letters (settings.homeZone). */
  homeZone: string;
  /** The clock and id source, passed in so the commands carry everything non-deterministic. */
  now: string;
  newId: () => string;
}

export type ContactCommands =
  | { ok: true; commands: CommandInput[]; roles: CommandRole[]; contactId: string; data: ContactData }
  | { ok: false; errors: FieldErrors; unmatched: string[] };

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);
const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Turns the form into the commands of one commands:run call: an organization.create and a
 * city.create first when the user typed names that do not exist yet, then the contact.create or
 * contact.update with the full data. Everything is validated with the shared schemas first, so an
 * invalid form never reaches the backend; each message comes back keyed by its form field.
 */
export function buildContactCommands(values: ContactFormValues, editing: ContactDetail | null, context: ContactCommandContext): ContactCommands {
  const commands: CommandInput[] = [];
  const roles: CommandRole[] = [];
  const errors: FieldErrors = {};
  const unmatched: string[] = [];
  // Fields the form does not show (addresses, languages, follow-up...) are kept as stored.
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

  let cityId: string | null = null;
  const cityText = values.city.trim();
  if (cityText) {
    const existing = context.cities.find((city) => [cityLabel(city), city.nameCyrillic, city.nameLatin].some((name) => name && fold(name) === fold(cityText)));
    if (existing) cityId = existing.id;
    else {
      const data = newCity(cityText, context.homeZone);
      const parsed = CityInputSchema.safeParse(data);
      if (!parsed.success) errors.city = parsed.error.issues[0]?.message;
      cityId = context.newId();
      commands.push({ type: 'city.create', at: context.now, id: cityId, data });
      roles.push('city');
    }
  }

  const input: ContactInput = {
    ...base,
    family: values.family,
    given: values.given,
    patronymic: values.patronymic,
    gender: values.gender,
    familyLatin: values.familyLatin,
    givenLatin: values.givenLatin,
    patronymicLatin: values.patronymicLatin,
    emails: replacePreferred(base?.emails ?? [], values.email, (value) => ({ value, label: '', preferred: false })),
    phones: replacePreferred(base?.phones ?? [], values.phone, (value) => ({ value, label: '', preferred: false })),
    organizationId,
    title: values.title,
    cityIds: replaceFirst(base?.cityIds ?? [], cityId),
    tags: splitTags(values.tags),
    notes: values.notes,
  };
  const parsed = ContactInputSchema.safeParse(input);
  if (!parsed.success) {
    const mapped = fieldErrorsFromIssues(parsed.error.issues);
    for (const field of contactFormFields) errors[field] ??= mapped.errors[field];
    unmatched.push(...mapped.unmatched);
  }
  const invalid = contactFormFields.some((field) => errors[field] !== undefined);
  if (!parsed.success || invalid) return { ok: false, errors: withoutEmpty(errors), unmatched };

  const contactId = editing ? editing.contact.id : context.newId();
  commands.push(
    editing
      ? { type: 'contact.update', at: context.now, id: contactId, data: parsed.data }
      : { type: 'contact.create', at: context.now, id: contactId, data: parsed.data },
  );
  roles.push('contact');
  return { ok: true, commands, roles, contactId, data: parsed.data };
}

function withoutEmpty(errors: FieldErrors): FieldErrors {
  const clean: FieldErrors = {};
  for (const field of contactFormFields) if (errors[field] !== undefined) clean[field] = errors[field];
  return clean;
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

/** Replaces the entry the form showed (the preferred one, else the first); empty text removes it. */
function replacePreferred<T extends { value: string; preferred: boolean }>(items: readonly T[], text: string, make: (value: string) => T): T[] {
  const value = text.trim();
  const index = preferredIndex([...items]);
  const current = items[index];
  if (!current) return value ? [make(value)] : [];
  if (!value) return items.filter((_, i) => i !== index);
  return items.map((item, i) => (i === index ? { ...item, value } : item));
}

function replaceFirst(ids: readonly string[], id: string | null): string[] {
  const rest = ids.slice(1).filter((other) => other !== id);
  return id ? [id, ...rest] : rest;
}

/** "delegation, Volga , volga" -> ["delegation", "Volga"]: trimmed, empty ones dropped, no repeats. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(fold(tag))) {
      seen.add(fold(tag));
      tags.push(tag);
    }
  }
  return tags;
}
