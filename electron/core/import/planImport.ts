import type { CommandOf } from '../../shared/commands/commandSchemas';
import { englishText, type Phrase } from '../../shared/i18n/Phrase';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import { sameName, sameNameKeys } from '../../shared/names/sameName';
import { CityInputSchema, type City } from '../../shared/schemas/city';
import type { Contact, ContactData } from '../../shared/schemas/contact';
import { OrganizationInputSchema, type Organization } from '../../shared/schemas/organization';
import type { Workspace } from '../../shared/schemas/workspace';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';
import { addMissingItems, type ListAdditions } from './addMissingItems';
import { FirstMatchIndex } from './FirstMatchIndex';
import { fillEmptyFields } from './fillEmptyFields';
import { recordToContactData, Rejected, type NameResolver } from './recordToContactData';
import { IMAGE_EXTENSION } from '../../shared/photo/sniffImage';
import type { PortablePhoto } from '../export/PortableContact';
import type { ImportedRecord } from './ImportedRecord';

type ImportCommand = CommandOf<'contact.import'>;
type NewOrganization = ImportCommand['organizations'][number];
type NewCity = ImportCommand['cities'][number];

/** What to do with a record that looks like an existing contact by name only. */
export type FuzzyDecision = 'create' | 'merge' | 'skip';

export interface PlanOptions {
  /** The CLI never merges on a name alone (it creates and lists the match); the UI asks. */
  mode: 'cli' | 'ui';
  /** UI only: the user's answer per record (keyed by `at`); unanswered ones are created. */
  decisions?: Readonly<Record<string, FuzzyDecision>>;
  /** The command's clock. */
  at: string;
  /** The file's name, for the undo menu. */
  source: string;
  newId?: () => string;
}

export interface Rejection {
  at: string;
  reason: string;
}

export interface FuzzyMatch {
  at: string;
  name: string;
  email: string;
  existing: { id: string; name: string; email: string };
  decision: FuzzyDecision;
}

export interface PlanRow {
  at: string;
  action: 'create' | 'merge' | 'reject' | 'skip';
  name: string;
  latinName: string;
  organization: string;
  email: string;
  phone: string;
  /** Why rejected, or whom it merges into. */
  detail: string;
  /** Why rejected, in no language yet, for the UI. */
  detailPhrase?: Phrase;
}

export interface ImportPlan {
  /** The one command that applies the import, or null when nothing would change. */
  command: ImportCommand | null;
  created: number;
  merged: number;
  skipped: number;
  rejected: Rejection[];
  /** Each `rejected[i].reason` in no language yet (null: English only), for the UI; kept apart, as the CLI prints `rejected` as JSON. */
  rejectedPhrases: (Phrase | null)[];
  fuzzyMatches: FuzzyMatch[];
  /** Sentences about records that were imported with something left out. */
  notes: string[];
  /** `notes` in no language yet, one per note, for the UI. */
  notePhrases: Phrase[];
  rows: PlanRow[];
  /** Photos the command's contacts point at, to be written to the photos folder before it commits. */
  photos: { file: string; bytes: Uint8Array }[];
}

const CYRILLIC = /[\u0400-\u04ff]/u;
const fold = (email: string) => email.trim().normalize('NFC').toLowerCase();
const preferredValue = (items: { value: string; preferred: boolean }[]) => (items.find((i) => i.preferred) ?? items[0])?.value ?? '';

/**
 * Decides, for every record read from a file, whether it creates a contact, merges into one, or is
 * rejected with a sentence, and builds the one `contact.import` command that does it all (one undo
 * step). A merge happens only on an exact match, the UID or an email compared case-folded, and only
 * fills fields that are empty. A record with the same name as an existing contact but no shared
 * email or UID is a fuzzy match: the CLI creates it and lists the pair; the UI asks.
 */
export function planImport(ws: Readonly<Workspace>, records: readonly ImportedRecord[], options: PlanOptions): ImportPlan {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const live = Object.values(ws.contacts).filter((c) => !c.deletedAt);
  const byUid = new Map<string, Contact>();
  const byEmail = new Map<string, Contact>();
  for (const contact of live) {
    byUid.set(`urn:uuid:${contact.id}`, contact);
    if (contact.uid) byUid.set(contact.uid, contact);
    for (const email of contact.emails) if (!byEmail.has(fold(email.value))) byEmail.set(fold(email.value), contact);
  }
  let byName: FirstMatchIndex<Contact> | null = null;
  const nameIndex = () => (byName ??= indexByName(live));

  const resolver = new Resolver(ws, newId);
  const creates: (ContactData & { id: string })[] = [];
  const plannedByUid = new Map<string, ContactData & { id: string }>();
  const plannedByEmail = new Map<string, ContactData & { id: string }>();
  const merges: ImportCommand['merges'] = [];
  const plan: ImportPlan = { command: null, created: 0, merged: 0, skipped: 0, rejected: [], rejectedPhrases: [], fuzzyMatches: [], notes: [], notePhrases: [], rows: [], photos: [] };

  for (const record of records) {
    const p = record.contact;
    const row = (action: PlanRow['action'], detail: string): PlanRow => ({
      at: record.at,
      action,
      name: contactDisplayName(p) || contactLatinName(p),
      latinName: contactLatinName(p),
      organization: p.organization,
      email: preferredValue(p.emails),
      phone: preferredValue(p.phones),
      detail,
    });
    let data: ContactData;
    try {
      const problem = record.problems[0];
      if (problem !== undefined) throw new Rejected(problem);
      data = recordToContactData(p, resolver, record.at, plan);
      for (const said of record.remarks ?? []) {
        plan.notes.push(englishText(said));
        plan.notePhrases.push(said);
      }
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
      plan.rejected.push({ at: record.at, reason: error.message });
      plan.rejectedPhrases.push(error.phrase);
      plan.rows.push(error.phrase ? { ...row('reject', error.message), detailPhrase: error.phrase } : row('reject', error.message));
      continue;
    }
    const emails = data.emails.map((e) => fold(e.value));
    const existing = (p.uid ? byUid.get(p.uid) : undefined) ?? emails.map((e) => byEmail.get(e)).find((c) => c !== undefined);
    if (existing) {
      const changes = fillEmptyFields(existing, withoutOwnUid(existing, data));
      // Every email, phone and website of the file is kept: the ones the contact lacks are added.
      const add = itemsToAdd(existing, { ...data, ...changes });
      resolver.use(changes);
      if (Object.keys(changes).length > 0 || add) merges.push({ id: existing.id, fill: changes, ...(add ? { add } : {}) });
      plan.merged++;
      plan.rows.push(row('merge', contactDisplayName(existing)));
      continue;
    }
    const planned = (p.uid ? plannedByUid.get(p.uid) : undefined) ?? emails.map((e) => plannedByEmail.get(e)).find((c) => c !== undefined);
    if (planned) {
      // The same person twice in one file: the later record fills what the earlier left empty.
      const changes = fillEmptyFields({ ...planned, rev: 0, createdAt: options.at, updatedAt: options.at }, data);
      resolver.use(changes);
      Object.assign(planned, changes);
      const add = itemsToAdd({ ...planned, rev: 0, createdAt: options.at, updatedAt: options.at }, data);
      if (add) for (const key of ['emails', 'phones', 'websites'] as const) planned[key] = [...planned[key], ...(add[key] ?? [])];
      plan.merged++;
      plan.rows.push(row('merge', contactDisplayName(planned)));
      continue;
    }
    const similar = findSimilar(nameIndex(), data);
    let decision: FuzzyDecision = 'create';
    if (similar) {
      decision = options.mode === 'ui' ? (options.decisions?.[record.at] ?? 'create') : 'create';
      plan.fuzzyMatches.push({
        at: record.at,
        name: contactDisplayName(data),
        email: preferredValue(data.emails),
        existing: { id: similar.id, name: contactDisplayName(similar), email: preferredValue(similar.emails) },
        decision,
      });
    }
    if (similar && decision === 'skip') {
      plan.skipped++;
      plan.rows.push(row('skip', contactDisplayName(similar)));
      continue;
    }
    if (similar && decision === 'merge') {
      // The user said these are the same person: keep their other emails and numbers too.
      const changes = fillEmptyFields(similar, data);
      const add = addMissingItems(similar, { ...data, ...changes });
      resolver.use(changes);
      resolver.use({ cityIds: add.cityIds ?? [] });
      if (Object.keys(changes).length > 0 || Object.keys(add).length > 0) merges.push({ id: similar.id, fill: changes, add });
      plan.merged++;
      plan.rows.push(row('merge', contactDisplayName(similar)));
      continue;
    }
    const created = { ...data, id: newId() };
    resolver.use(created);
    creates.push(created);
    if (data.uid) plannedByUid.set(data.uid, created);
    for (const email of emails) if (!plannedByEmail.has(email)) plannedByEmail.set(email, created);
    plan.created++;
    plan.rows.push(row('create', ''));
  }

  if (creates.length > 0 || merges.length > 0) {
    plan.command = {
      type: 'contact.import',
      at: options.at,
      source: options.source.slice(0, 300),
      organizations: resolver.usedOrganizations(),
      cities: resolver.usedCities(),
      creates,
      merges,
    };
    const pointedAt = new Set([...creates.map((c) => c.photo), ...merges.map((m) => m.fill.photo ?? null)]);
    plan.photos = resolver.photos().filter(({ file }) => pointedAt.has(file));
  }
  return plan;
}

/** The emails, phones and websites `data` has that `current` lacks (within the limits), or null for none. */
function itemsToAdd(current: Contact, data: ContactData): Pick<ListAdditions, 'emails' | 'phones' | 'websites'> | null {
  const add = addMissingItems(current, { emails: data.emails, phones: data.phones, websites: data.websites });
  const room = { emails: 20 - current.emails.length, phones: 20 - current.phones.length, websites: 20 - current.websites.length };
  const out = {
    emails: (add.emails ?? []).slice(0, Math.max(0, room.emails)),
    phones: (add.phones ?? []).slice(0, Math.max(0, room.phones)),
    websites: (add.websites ?? []).slice(0, Math.max(0, room.websites)),
  };
  return out.emails.length + out.phones.length + out.websites.length > 0 ? out : null;
}

/** Our own export names a contact `urn:uuid:<its id>`; that is no UID worth storing on it. */
function withoutOwnUid(existing: Contact, data: ContactData): ContactData {
  const withoutUid = ({ uid: _own, ...rest }: ContactData): ContactData => rest;
  return data.uid === `urn:uuid:${existing.id}` ? withoutUid(data) : data;
}

/** Contacts by family and given name, so a record is compared only with its namesakes. */
function indexByName(contacts: readonly Contact[]): FirstMatchIndex<Contact> {
  return new FirstMatchIndex(contacts, (contact) => namePairKeys(contact.family, contact.given));
}

/** Every pairing of the family name's keys with the given name's (or with nothing when there is none). */
function namePairKeys(family: string, given: string): string[] {
  const givenKeys = given === '' ? [''] : sameNameKeys(given);
  return sameNameKeys(family).flatMap((familyKey) => givenKeys.map((givenKey) => `${familyKey}|${givenKey}`));
}

/** An existing contact with the same family and given name in any script or spelling. */
function findSimilar(index: FirstMatchIndex<Contact>, data: ContactData): Contact | undefined {
  return index.find(namePairKeys(data.family, data.given), (c) => sameName(c.family, data.family) && (c.given === '' && data.given === '' ? true : sameName(c.given, data.given)));
}

/**
 * Finds organisations, cities and partnerships named in a file among the workspace's (in either
 * script: "Volgograd" is "Волгоград"), and plans the organisations and cities that do not exist
 * yet; only those a created or merged contact ends up pointing at go into the command.
 */
class Resolver implements NameResolver {
  private readonly organizations = new Map<string, NewOrganization>();
  private readonly cities = new Map<string, NewCity>();
  private readonly used = new Set<string>();
  /** Names already resolved: a file names the same few organisations and cities on many records. */
  private readonly organizationOf = new Map<string, string>();
  private readonly cityOf = new Map<string, string>();
  /** The workspace's organisations and cities by name, built when first asked. */
  private organizationIndex: FirstMatchIndex<Organization> | null = null;
  private cityIndex: FirstMatchIndex<City> | null = null;

  private readonly photoFiles: { file: string; bytes: Uint8Array }[] = [];

  constructor(
    private readonly ws: Readonly<Workspace>,
    private readonly newId: () => string,
  ) {}

  photo(photo: PortablePhoto): string {
    const file = `${this.newId()}.${IMAGE_EXTENSION[photo.mediaType]}`;
    this.photoFiles.push({ file, bytes: photo.bytes });
    return file;
  }

  photos(): { file: string; bytes: Uint8Array }[] {
    return this.photoFiles;
  }

  organization(name: string): string {
    const trimmed = name.trim();
    return remembered(this.organizationOf, trimmed, () => this.resolveOrganization(trimmed));
  }

  private resolveOrganization(trimmed: string): string {
    this.organizationIndex ??= new FirstMatchIndex(Object.values(this.ws.organizations), (org) => [...sameNameKeys(org.name), ...sameNameKeys(org.nameLatin)]);
    const found = this.organizationIndex.find(sameNameKeys(trimmed), (org) => sameName(org.name, trimmed) || sameName(org.nameLatin, trimmed));
    if (found) return found.id;
    const key = trimmed.toLowerCase();
    const planned = this.organizations.get(key) ?? [...this.organizations.values()].find((org) => sameName(org.name, trimmed));
    if (planned) return planned.id;
    const data = OrganizationInputSchema.parse({ name: trimmed.slice(0, 200), nameLatin: CYRILLIC.test(trimmed) ? toLatinIcao(trimmed).slice(0, 200) : trimmed.slice(0, 200) });
    const created = { ...data, id: this.newId() };
    this.organizations.set(key, created);
    return created.id;
  }

  /** "Волгоград / Volgograd" (as Liaison writes a city), "Volgograd" or "Волгоград". */
  city(label: string): string {
    return remembered(this.cityOf, label, () => this.resolveCity(label));
  }

  private resolveCity(label: string): string {
    const names = label.split(' / ').map((n) => n.trim()).filter(Boolean);
    const matches = (latin: string, cyrillic: string) => names.some((n) => sameName(latin, n) || sameName(cyrillic, n));
    this.cityIndex ??= new FirstMatchIndex(Object.values(this.ws.cities), (city) => [...sameNameKeys(city.nameLatin), ...sameNameKeys(city.nameCyrillic)]);
    const found = this.cityIndex.find(names.flatMap(sameNameKeys), (city) => matches(city.nameLatin, city.nameCyrillic));
    if (found) return found.id;
    const planned = [...this.cities.values()].find((city) => matches(city.nameLatin, city.nameCyrillic));
    if (planned) return planned.id;
    const cyrillic = names.find((n) => CYRILLIC.test(n)) ?? '';
    const latin = names.find((n) => !CYRILLIC.test(n)) ?? toLatinIcao(cyrillic);
    const data = CityInputSchema.parse({
      nameLatin: latin.slice(0, 120),
      nameCyrillic: cyrillic.slice(0, 120),
      country: cyrillic ? 'RU' : 'other',
      // A new Russian city gets Moscow time until the user corrects it, as in the CLI.
      zone: cyrillic ? 'Europe/Moscow' : this.ws.settings.homeZone,
    });
    const created = { ...data, id: this.newId() };
    this.cities.set(created.id, created);
    return created.id;
  }

  /** "Cleveland – Volgograd (Волгоград)": the US city, then the Russian one in either script. */
  partnership(label: string): string | null {
    const [us = '', ru = ''] = label.split(/\s+[–—-]\s+/);
    const ruNames = [ru.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]*)\)\s*$/.exec(ru)?.[1] ?? ''].filter(Boolean);
    const cityIs = (id: string, names: string[]) => {
      const city = this.ws.cities[id];
      return city !== undefined && names.some((n) => sameName(city.nameLatin, n) || sameName(city.nameCyrillic, n));
    };
    const found = Object.values(this.ws.partnerships).find((p) => cityIs(p.usCityId, [us]) && cityIs(p.ruCityId, ruNames));
    return found?.id ?? null;
  }

  /** Marks the planned records a contact (or a merge's changes) points at as needed. */
  use(data: { organizationId?: string | null; cityIds?: string[] }): void {
    if (data.organizationId) this.used.add(data.organizationId);
    for (const id of data.cityIds ?? []) this.used.add(id);
  }

  usedOrganizations(): NewOrganization[] {
    return [...this.organizations.values()].filter((org) => this.used.has(org.id));
  }

  usedCities(): NewCity[] {
    return [...this.cities.values()].filter((city) => this.used.has(city.id));
  }
}

/** The value `map` holds for `key`, else the one `make` gives, kept for next time. */
function remembered(map: Map<string, string>, key: string, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
