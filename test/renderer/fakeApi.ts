import type { AppCommand } from '../../electron/shared/appCommand';
import type { TaskProgress } from '../../electron/shared/contracts/taskChannels';
import type { z } from 'zod';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import {
  contract,
  type ChannelName,
  type CommitAck,
  type ContactRow,
  type Failure,
  type ListPage,
  type ParsedInputOf,
  type Result,
  type StoreChangedEvent,
  type WorkspaceStatus,
} from '../../electron/shared/contract';
import { createApi, type Api } from '../../electron/shared/createApi';
import { contactDisplayName, contactLatinName } from '../../electron/shared/names/contactDisplayName';
import { emailOwners } from '../../electron/shared/email/emailOwners';
import { nameSortKey } from '../../electron/shared/names/nameSortKey';
import type { City } from '../../electron/shared/schemas/city';
import { ContactInputSchema, type Contact } from '../../electron/shared/schemas/contact';
import type { Organization } from '../../electron/shared/schemas/organization';
import { SettingsSchema, type Settings } from '../../electron/shared/schemas/settings';
import type { StoredPhrase } from '../../electron/shared/i18n/Phrase';
import type { SyncAttention, SyncStatus } from '../../electron/shared/contracts/syncChannels';

export interface Call {
  channel: ChannelName;
  input: unknown;
}

interface Snapshot {
  contacts: Map<string, Contact>;
  organizations: Map<string, Organization>;
  cities: Map<string, City>;
}

/** One undo step: its English summary, its phrase when the fake says one, and the state before it. */
interface Step {
  summary: string;
  label: StoredPhrase | null;
  before: Snapshot;
}

/** A deterministic uuid (v4 layout) for the n-th seeded record. */
export const fakeId = (n: number, kind = 0) => `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
const at = '2019-05-01T09:00:00.000Z';

/**
 * A small in-memory backend behind the real `createApi` factory: it validates every input with the
 * contract's schemas (as the dispatcher does), honours the windowed list query, keeps an undo
 * stack, and emits store:changed after every applied command. Every call is recorded.
 */
export class FakeBackend {
  readonly contacts = new Map<string, Contact>();
  readonly organizations = new Map<string, Organization>();
  readonly cities = new Map<string, City>();
  settings: Settings = SettingsSchema.parse({});
  seq = 0;
  readonly calls: Call[] = [];
  statusOverrides: Partial<WorkspaceStatus> = {};
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private readonly listeners = new Set<(event: StoreChangedEvent) => void>();
  private readonly commandListeners = new Set<(command: AppCommand) => void>();
  private readonly taskListeners = new Set<(progress: TaskProgress) => void>();
  private readonly failures = new Map<ChannelName, Failure>();
  private readonly gates = new Map<ChannelName, Promise<void>>();
  private sortedCache: { seq: number; locale: string; ids: string[] } | null = null;
  /**
   * Answers for channels this fake does not model, set by a feature's tests (negotiations); each
   * wins over the built-in handling. Home's next-steps card asks on every render, so it has one.
   */
  readonly answers = new Map<ChannelName, (input: unknown) => unknown>([
    ['nextSteps:list', () => ({ today: '2019-05-01', until: '2019-05-15', zone: 'Europe/Moscow', rows: [] })],
    ['timelines:attention', () => ({ today: '2019-05-01', overdue: [], upcoming: [] })],
    ['program:overdueReplies', () => []],
    // The command palette reads the conferences by name when it opens.
    ['timelines:conferences', () => []],
    // Contacts in depth: the screens and cards ask for these whenever they show.
    ['partnerships:list', () => []],
    ['cities:overview', () => [...this.cities.values()].map((city) => ({ city, partnerships: 0, contacts: 0 }))],
    ['interactions:list', () => []],
    ['interactions:options', () => ({ cities: [], partnerships: [], conferences: [], candidacies: [] })],
    ['followUps:due', () => ({ today: '2019-05-01', total: 0, rows: [] })],
    ['birthdays:soon', () => ({ today: '2019-05-01', rows: [] })],
    ['contacts:photo', () => ({ dataUrl: null })],
    ['duplicates:list', () => ({ pairs: [], truncated: false })],
    ['trash:purgeExpired', () => ({ count: 0, version: this.seq })],
    ['trash:list', () => this.trashList()],
    ['contacts:tags', () => this.tagCounts()],
    ['contacts:bulk', (input) => this.bulk(input as ParsedInputOf<'contacts:bulk'>)],
    ['contacts:emailOwners', (input) => {
      const { emails, exceptId } = input as ParsedInputOf<'contacts:emailOwners'>;
      return emailOwners({ contacts: Object.fromEntries(this.contacts) }, emails, exceptId);
    }],
    ['contacts:emails', (input) => this.emails(input as ParsedInputOf<'contacts:emails'>)],
    ['contacts:ids', (input) => this.ids(input as ParsedInputOf<'contacts:ids'>)],
    ['contacts:shows', (input) => {
      const { id, query, tags } = input as ParsedInputOf<'contacts:shows'>;
      return this.matching(query, tags, 'name').includes(id);
    }],
    // The task tray asks which long jobs run when the app opens; a test sends progress itself.
    ['tasks:list', () => []],
    ['tasks:cancel', () => ({ cancelled: true })],
    // The top bar asks how the sync stands; by default this folder does not sync.
    ['sync:status', () => this.syncStatus],
    // Records in conflict and rules a sync broke: none unless a test says so.
    ['sync:conflicts', () => this.syncAttention],
  ]);
  syncAttention: SyncAttention = { conflicts: [], violations: [] };
  syncStatus: SyncStatus = { configured: false, server: null, db: null, user: null, live: false, running: false, lastSyncAt: null, pending: 0, conflicts: 0, lastError: null };

  readonly api: Api = createApi(
    (channel, input) => this.invoke(channel, input),
    (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
    (listener) => {
      this.commandListeners.add(listener);
      return () => this.commandListeners.delete(listener);
    },
    (listener) => {
      this.taskListeners.add(listener);
      return () => this.taskListeners.delete(listener);
    },
  );

  /** What main sends while a long job runs (`task:progress`). */
  sendTaskProgress(progress: TaskProgress): void {
    for (const listener of [...this.taskListeners]) listener(progress);
  }

  /** What main does when a native menu item is chosen. */
  sendAppCommand(command: AppCommand): void {
    for (const listener of [...this.commandListeners]) listener(command);
  }

  callsTo(channel: ChannelName): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input);
  }

  /** The next call to `channel` fails with this Failure. */
  failNext(channel: ChannelName, failure: Failure): void {
    this.failures.set(channel, failure);
  }

  /** Calls to `channel` wait until the returned function is called. */
  hold(channel: ChannelName): () => void {
    let release = () => {};
    this.gates.set(
      channel,
      new Promise<void>((resolve) => {
        release = () => {
          this.gates.delete(channel);
          resolve();
        };
      }),
    );
    return release;
  }

  seedContacts(count: number, make: (n: number) => Partial<z.input<typeof ContactInputSchema>> = () => ({})): void {
    for (let n = 0; n < count; n++) {
      const id = fakeId(n + 1);
      const data = ContactInputSchema.parse({ family: `Фамилия${String(n).padStart(5, '0')}`, given: 'Иван', familyLatin: `Familiya${n}`, givenLatin: 'Ivan', ...make(n) });
      this.contacts.set(id, { ...data, id, rev: 0, createdAt: at, updatedAt: at });
    }
  }

  addOrganization(name: string, n = this.organizations.size + 1): Organization {
    const org: Organization = { id: fakeId(n, 1), rev: 0, createdAt: at, updatedAt: at, name, nameLatin: '', kind: 'other', cityId: null, website: '', notes: '' };
    this.organizations.set(org.id, org);
    return org;
  }

  addCity(nameCyrillic: string, nameLatin: string, n = this.cities.size + 1): City {
    const city: City = { id: fakeId(n, 2), rev: 0, createdAt: at, updatedAt: at, nameCyrillic, nameLatin, region: '', country: 'RU', zone: 'Europe/Moscow' };
    this.cities.set(city.id, city);
    return city;
  }

  /** Simulates a change made elsewhere (the CLI): the store moves on and store:changed is pushed. */
  emitChange(type = 'external'): void {
    this.seq++;
    this.emit({ version: this.seq, type, ids: [] });
  }

  private emit(event: StoreChangedEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private async invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
    this.calls.push({ channel, input });
    await this.gates.get(channel);
    const failure = this.failures.get(channel);
    if (failure) {
      this.failures.delete(channel);
      return { ok: false, error: failure };
    }
    const parsed = (contract[channel].input as z.ZodType).safeParse(input);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.')] ??= issue.message;
      return { ok: false, error: { code: 'invalid-input', message: parsed.error.issues[0]?.message ?? 'Invalid input', fields } };
    }
    try {
      const answer = this.answers.get(channel);
      return { ok: true, value: answer ? answer(parsed.data) : this.handle(channel, parsed.data) };
    } catch (error) {
      if (error instanceof FakeFailure) return { ok: false, error: error.failure };
      throw error;
    }
  }

  private handle(channel: ChannelName, input: unknown): unknown {
    switch (channel) {
      case 'workspace:status':
        return this.status();
      case 'workspace:openSample':
        return this.openSample();
      case 'contacts:list':
        return this.list(input as ParsedInputOf<'contacts:list'>);
      case 'contacts:get': {
        const { id } = input as ParsedInputOf<'contacts:get'>;
        const contact = this.contacts.get(id);
        if (!contact) throw failure('not-found', 'This contact no longer exists; it may have been deleted.');
        const organization = contact.organizationId ? (this.organizations.get(contact.organizationId) ?? null) : null;
        const cities = contact.cityIds.flatMap((cityId) => this.cities.get(cityId) ?? []);
        return { contact, organization, cities };
      }
      case 'cities:list':
        return [...this.cities.values()];
      case 'organizations:list':
        return [...this.organizations.values()];
      case 'commands:run':
        return this.run((input as ParsedInputOf<'commands:run'>).commands);
      case 'history:status':
        return {
          undo: this.undoStack.at(-1)?.summary ?? null,
          redo: this.redoStack.at(-1)?.summary ?? null,
          undoLabel: this.undoStack.at(-1)?.label ?? null,
          redoLabel: this.redoStack.at(-1)?.label ?? null,
          depth: this.undoStack.length,
        };
      case 'history:undo':
        return this.travel(this.undoStack, this.redoStack, 'history.undo', 'Nothing to undo.');
      case 'history:redo':
        return this.travel(this.redoStack, this.undoStack, 'history.redo', 'Nothing to redo.');
      case 'settings:get':
        return this.settings;
      case 'settings:set':
        this.settings = { ...this.settings, ...(input as ParsedInputOf<'settings:set'>) };
        return this.settings;
    }
  }

  status(): WorkspaceStatus {
    return {
      dataDir: '/home/rep/Liaison/workspace',
      path: '/home/rep/Liaison/workspace/liaison.json',
      recovery: null,
      isEmpty: this.contacts.size === 0 && this.cities.size === 0,
      sampleOffered: this.settings.sampleOffered,
      version: this.seq,
      save: { status: 'saved' },
      ...this.statusOverrides,
    };
  }

  private list({ query, sort, offset, limit, tags = [] }: ParsedInputOf<'contacts:list'>): ListPage<ContactRow> {
    const ids = this.matching(query, tags, sort);
    return { total: ids.length, version: this.seq, offset, rows: ids.slice(offset, offset + limit).map((id) => this.row(id)) };
  }

  /** Contacts outside the Trash matching the search (any text of the row) and carrying every tag. */
  private matching(query: string, tags: readonly string[], sort: string): string[] {
    let ids = this.sortedIds(sort).filter((id) => !this.contacts.get(id)?.deletedAt);
    const needle = query.trim().toLocaleLowerCase();
    if (needle) ids = ids.filter((id) => Object.values(this.row(id)).join(' ').toLocaleLowerCase().includes(needle));
    const wanted = tags.map((tag) => tag.toLocaleLowerCase());
    if (wanted.length > 0) ids = ids.filter((id) => wanted.every((tag) => this.contacts.get(id)?.tags.some((own) => own.toLocaleLowerCase() === tag)));
    return ids;
  }

  private resolve(selection: ParsedInputOf<'contacts:bulk'>['selection']): string[] {
    if (selection.mode === 'ids') return selection.ids.filter((id) => this.contacts.has(id) && !this.contacts.get(id)?.deletedAt);
    return this.matching(selection.query, selection.tags, 'name').filter((id) => !selection.exclude.includes(id));
  }

  private bulk({ selection, action }: ParsedInputOf<'contacts:bulk'>): CommitAck & { count: number } {
    const ids = this.resolve(selection);
    if (ids.length === 0) throw failure('rule', 'No contact is selected any more; select contacts in the list and try again.');
    const command: Command =
      action.kind === 'delete' ? { type: 'contact.delete', at, ids } : { type: action.kind === 'tag' ? 'contact.bulkTag' : 'contact.bulkUntag', at, ids, tag: action.tag };
    return { ...this.run([command]), count: ids.length };
  }

  private emails({ selection }: ParsedInputOf<'contacts:emails'>) {
    const ids = this.resolve(selection);
    const emails = ids.flatMap((id) => this.contacts.get(id)?.emails[0]?.value ?? []);
    return { emails, withoutEmail: ids.length - emails.length, count: ids.length };
  }

  private ids({ query, tags, sort, offset, limit }: ParsedInputOf<'contacts:ids'>): string[] {
    return this.matching(query, tags, sort).slice(offset, offset + limit);
  }

  private tagCounts() {
    const counts = new Map<string, number>();
    for (const contact of this.contacts.values()) if (!contact.deletedAt) for (const tag of contact.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].map(([tag, count]) => ({ tag, count }));
  }

  private trashList() {
    const rows = [...this.contacts.values()]
      .filter((contact) => contact.deletedAt)
      .map((contact) => ({ id: contact.id, name: contactDisplayName(contact), latinName: contactLatinName(contact), organization: '', deletedAt: contact.deletedAt ?? at, purgeAt: contact.deletedAt ?? at }));
    return { total: rows.length, version: this.seq, offset: 0, rows };
  }

  private sortedIds(_sort: string): string[] {
    if (this.sortedCache?.seq !== this.seq || this.sortedCache.locale !== this.settings.locale) {
      const keyed = [...this.contacts.values()].map((c) => ({ id: c.id, key: nameSortKey(c, this.settings.locale) }));
      keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.id < b.id ? -1 : 1));
      this.sortedCache = { seq: this.seq, locale: this.settings.locale, ids: keyed.map((k) => k.id) };
    }
    return this.sortedCache.ids;
  }

  private row(id: string): ContactRow {
    const contact = this.contacts.get(id);
    if (!contact) throw new Error(`no contact ${id}`);
    const cityId = contact.cityIds[0];
    const city = cityId ? this.cities.get(cityId) : undefined;
    return {
      id,
      name: contactDisplayName(contact),
      latinName: contactLatinName(contact),
      organization: contact.organizationId ? (this.organizations.get(contact.organizationId)?.name ?? '') : '',
      title: contact.title,
      city: city ? city.nameCyrillic || city.nameLatin : '',
      email: contact.emails[0]?.value ?? '',
      phone: contact.phones[0]?.value ?? '',
      tags: contact.tags,
      example: contact.example === true,
      photo: contact.photo ?? null,
    };
  }

  private snapshot(): Snapshot {
    return { contacts: new Map(this.contacts), organizations: new Map(this.organizations), cities: new Map(this.cities) };
  }

  private restore(snapshot: Snapshot): void {
    for (const [name, map] of [
      ['contacts', this.contacts],
      ['organizations', this.organizations],
      ['cities', this.cities],
    ] as const) {
      map.clear();
      for (const [id, record] of snapshot[name]) (map as Map<string, unknown>).set(id, record);
    }
  }

  private run(commands: Command[]): CommitAck {
    const before = this.snapshot();
    const seq = this.seq + 1;
    const summaries: string[] = [];
    const ids: StoreChangedEvent['ids'] = [];
    try {
      for (const command of commands) summaries.push(this.apply(command, seq, ids));
    } catch (error) {
      this.restore(before);
      throw error;
    }
    this.seq = seq;
    // Only contact.create says its summary as core does, as a phrase too: enough for the Russian UI's tests.
    const last = commands.at(-1);
    const label = last?.type === 'contact.create' ? { key: 'summary.contactAdded', params: { name: contactDisplayName(last.data) } } : null;
    this.undoStack.push({ summary: summaries.at(-1) ?? '', label, before });
    this.redoStack.length = 0;
    this.emit({ version: seq, type: commands[0]?.type ?? '', ids });
    return { version: seq, summaries, labels: summaries.map((_, i) => (i === summaries.length - 1 ? label : null)) };
  }

  private apply(command: Command, seq: number, ids: StoreChangedEvent['ids']): string {
    const stamp = { rev: seq, createdAt: command.at, updatedAt: command.at };
    switch (command.type) {
      case 'contact.create':
        this.contacts.set(command.id, { ...command.data, id: command.id, ...stamp });
        ids.push({ kind: 'contacts', id: command.id });
        return `Add ${contactDisplayName(command.data)}`;
      case 'contact.update': {
        const existing = this.contacts.get(command.id);
        if (!existing) throw failure('not-found', 'This contact no longer exists.');
        this.contacts.set(command.id, { ...command.data, id: command.id, ...stamp, createdAt: existing.createdAt, example: existing.example });
        ids.push({ kind: 'contacts', id: command.id });
        return `Edit ${contactDisplayName(command.data)}`;
      }
      case 'contact.delete': {
        const names = command.ids.map((id) => {
          const contact = this.contacts.get(id);
          if (!contact) throw failure('not-found', 'This contact no longer exists.');
          // To the Trash, as core does; a new object, so undo's snapshot keeps the old one.
          this.contacts.set(id, { ...contact, deletedAt: command.at });
          ids.push({ kind: 'contacts', id });
          return contactDisplayName(contact);
        });
        return `Delete ${names.join(', ')}`;
      }
      // The log is not kept here: a feature's test reads what was sent.
      case 'interaction.create':
      case 'interaction.update':
        return `Log ${command.data.kind}`;
      case 'interaction.delete':
        return 'Delete interaction';
      case 'contact.restore':
      case 'contact.purge':
      case 'contact.bulkTag':
      case 'contact.bulkUntag': {
        for (const id of command.ids) {
          const contact = this.contacts.get(id);
          if (!contact) throw failure('not-found', 'This contact no longer exists.');
          ids.push({ kind: 'contacts', id });
          if (command.type === 'contact.purge') this.contacts.delete(id);
          else if (command.type === 'contact.restore') this.contacts.set(id, { ...contact, deletedAt: null });
          else {
            const others = contact.tags.filter((tag) => tag.toLocaleLowerCase() !== command.tag.toLocaleLowerCase());
            this.contacts.set(id, { ...contact, tags: command.type === 'contact.bulkTag' ? [...others, command.tag] : others });
          }
        }
        return `${command.type} ${command.ids.length}`;
      }
      case 'organization.create':
        this.organizations.set(command.id, { ...command.data, id: command.id, ...stamp });
        ids.push({ kind: 'organizations', id: command.id });
        return `Add ${command.data.name}`;
      case 'city.create':
        this.cities.set(command.id, { ...command.data, id: command.id, ...stamp });
        ids.push({ kind: 'cities', id: command.id });
        return `Add ${command.data.nameLatin}`;
      case 'participant.add':
        // Recorded by callsTo('commands:run'); no screen under test reads participants back from the fake.
        ids.push({ kind: 'participants', id: command.id });
        return 'Add participant';
      default:
        throw failure('rule', `The fake backend does not apply ${command.type}.`);
    }
  }

  private travel(from: Step[], to: Step[], type: string, nothing: string): CommitAck {
    const step = from.pop();
    if (!step) throw failure('nothing-to-undo', nothing);
    to.push({ summary: step.summary, label: step.label, before: this.snapshot() });
    this.restore(step.before);
    this.seq++;
    this.emit({ version: this.seq, type, ids: [] });
    return { version: this.seq, summaries: [step.summary], labels: [step.label] };
  }

  private openSample(): CommitAck {
    const volgograd = this.addCity('Волгоград', 'Volgograd');
    const ack = this.run([
      {
        type: 'contact.create',
        at,
        id: fakeId(9001),
        data: ContactInputSchema.parse({ family: 'Петрова', given: 'Анна', familyLatin: 'Petrova', givenLatin: 'Anna', cityIds: [volgograd.id] }),
      },
    ]);
    const sample = this.contacts.get(fakeId(9001));
    if (sample) sample.example = true;
    this.settings = { ...this.settings, sampleOffered: true };
    return ack;
  }
}

/** Thrown inside a handler and turned into a Failure result, as the real dispatcher does. */
class FakeFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

function failure(code: Failure['code'], message: string): FakeFailure {
  return new FakeFailure({ code, message });
}
