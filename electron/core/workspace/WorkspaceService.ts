import { readFile } from 'node:fs/promises';
import { sweepPhotos } from '../photos/sweepPhotos';
import { join } from 'node:path';
import type { Handlers } from '../dispatcher/createDispatcher';
import { contactHandlers } from '../handlers/contactHandlers';
import { workspaceHandlers } from '../handlers/workspaceHandlers';
import { exportHandlers } from '../handlers/exportHandlers';
import { importHandlers } from '../handlers/importHandlers';
import { timelineHandlers } from '../handlers/timelineHandlers';
import { programHandlers } from '../handlers/programHandlers';
import { contactSelectionHandlers } from '../handlers/contactSelectionHandlers';
import { duplicateHandlers } from '../handlers/duplicateHandlers';
import { interactionHandlers } from '../handlers/interactionHandlers';
import { negotiationHandlers } from '../handlers/negotiationHandlers';
import { placeHandlers } from '../handlers/placeHandlers';
import { trashHandlers } from '../handlers/trashHandlers';
import { backupHandlers } from '../handlers/backupHandlers';
import { taskHandlers } from '../handlers/taskHandlers';
import { TaskRegistry } from '../tasks/TaskRegistry';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import type { PurgeResult } from '../../shared/contracts/trashChannels';
import { contactInvolvement } from '../queries/contactInvolvement';
import { followUpStatus, lastInteractionByContact } from '../queries/followUps';
import { partnershipName } from '../queries/refs';
import { expiredTrash } from '../queries/trashPage';
import type { Command } from '../../shared/commands/commandSchemas';
import type { CommitAck, ContactDetail, HistoryStatus, WorkspaceStatus } from '../../shared/contract';
import type { Contact } from '../../shared/schemas/contact';
import { englishText, phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { ContactListQuery } from '../queries/ContactListQuery';
import { ContactSubset } from '../queries/ContactSubset';
import { TableWitness } from '../queries/TableWitness';
import { TagCounts } from '../queries/TagCounts';
import { buildSampleCommand } from '../sample/buildSampleCommand';
import type { ContactSearchIndex } from '../search/ContactSearchIndex';
import type { PlaceNames } from '../search/workspaceSearchDoc';
import { indexContact } from '../search/buildContactIndex';
import { buildContactIndex, readSearchIndexFile } from '../search/searchIndexFile';
import { BackgroundIndexWrite } from '../search/BackgroundIndexWrite';
import { nodeFsOps } from '../store/nodeFsOps';
import { ContactsByPlace } from '../search/ContactsByPlace';
import { describeRecovery, recoveryPhrase } from '../store/loadWorkspaceFile';
import { journalLossPhrase } from '../journal/JournalLoss';
import { Store, type StoreOptions } from '../store/Store';
import type { FsOps } from '../store/FsOps';
import { headlessPlatform, type Platform } from '../platform/Platform';
import type { StoreChange } from '../store/StoreChange';
import { syncHandlers } from '../handlers/syncHandlers';
import { memoryVault, vaultKey, type PasswordVault } from '../sync/PasswordVault';
import { SyncService } from '../sync/SyncService';

export interface WorkspaceServiceOptions extends StoreOptions {
  /** Folder holding `sample/us-russia-sister-cities.csv`. */
  resourcesDir: string;
  /** Native dialogs, opening files, printing: Electron in the app, scripted in e2e, none in the CLI. */
  platform?: Platform;
  /**
   * When start-up had to build the search index for at least this many contacts, liaison.index is
   * written in the background so the next start loads it. Default: 1,000 (where the build starts
   * to show) with a worker runner, as in the app; with the inline runner only when set, because
   * there the write holds this thread as long as the build did (benchmarks, the e2e harness).
   */
  indexFileFrom?: number;
  /** Where sync passwords are kept (the app: safeStorage in its user-data folder); in memory by default. */
  vault?: PasswordVault;
}

const DEFAULT_INDEX_FILE_FROM = 1000;

/**
 * One open workspace: the store, the search index kept in step with it, and the handlers the
 * dispatcher calls. The app, the CLI and the e2e harness all run exactly this.
 */
export class WorkspaceService {
  readonly index: ContactSearchIndex;
  /** Whether start-up loaded the index persisted at the last compaction, or built it from the contacts. */
  readonly indexSource: 'file' | 'built';
  /** Contacts by organisation and city: a rename reindexes its contacts, not all of them. */
  private readonly byPlace = new ContactsByPlace();
  readonly contactList: ContactListQuery;
  /** The tag filter's choices, kept up to date per change rather than counted per request. */
  readonly tagCounts = new TagCounts(() => this.store.state);
  /** The contacts with a follow-up cadence: Home's follow-ups card asks after every change. */
  readonly withFollowUp = new ContactSubset(() => this.store.state, (contact) => !contact.deletedAt && contact.followUp !== null);
  /** The contacts in the Trash: its screen and the purge at 30 days read these, not every contact. */
  readonly inTrash = new ContactSubset(() => this.store.state, (contact) => typeof contact.deletedAt === 'string');
  private readonly anyContact = new TableWitness();
  private readonly anyCity = new TableWitness();
  private readonly clock: () => Date;
  /** The background write of liaison.index after start-up built the index, or null. */
  private indexWrite: BackgroundIndexWrite | null = null;
  /** The list's default order, sorted just after the open (see warmListOrder). */
  private listWarmUp: ReturnType<typeof setTimeout> | null = null;
  /** Sync passwords, outside the data folder. */
  vault: PasswordVault = memoryVault();
  /** The folder's sync, opened on first use (the CLI's other commands never read the replica). */
  private syncing: Promise<SyncService> | null = null;

  private constructor(
    readonly store: Store,
    readonly resourcesDir: string,
    clock: (() => Date) | undefined,
    readonly platform: Platform,
    /** The long jobs running now (export, import, backup, restore, compaction): progress and cancel. */
    readonly tasks: TaskRegistry,
    loaded: ContactSearchIndex | null,
  ) {
    this.clock = clock ?? (() => new Date());
    if (loaded) {
      // The index of the snapshot: only the contacts the journal changed since are read again.
      this.index = loaded;
      for (const id of store.replay?.contacts ?? []) {
        const contact = store.state.contacts[id];
        if (contact) this.indexContact(contact);
        else loaded.remove(id);
      }
      this.indexSource = 'file';
    } else {
      this.index = buildContactIndex(store.state);
      this.indexSource = 'built';
    }
    // Sorted and ranked now, while the window opens, rather than on the first keystroke.
    this.index.prepare();
    this.contactList = new ContactListQuery(() => this.store.state, this.index);
    store.onChange((change) => this.reindex(change));
    store.onChange((change) => this.tagCounts.noteChange(change));
    store.onChange((change) => this.withFollowUp.noteChange(change));
    store.onChange((change) => this.inTrash.noteChange(change));
  }

  static async open(options: WorkspaceServiceOptions): Promise<WorkspaceService> {
    const tasks = options.tasks ?? new TaskRegistry();
    const store = await Store.open({ ...options, tasks });
    const fs = options.fs ?? nodeFsOps;
    const loaded = await persistedIndexOf(store, fs);
    // Before any handler runs: see sweepPhotos for why only now.
    await sweepPhotos(fs, store.dir, store.state);
    const service = new WorkspaceService(store, options.resourcesDir, options.clock, options.platform ?? headlessPlatform, tasks, loaded);
    if (options.vault) service.vault = options.vault;
    const runner = options.compaction?.runner ?? 'inline';
    const from = options.indexFileFrom ?? (runner === 'inline' ? Infinity : DEFAULT_INDEX_FILE_FROM);
    // Not from the CLI: it exits at once, and its closing compaction would make the file stale.
    if (service.indexSource === 'built' && options.owner === 'app' && writesIndexFile(store, from)) {
      service.indexWrite = BackgroundIndexWrite.start(runner, fs, store.dir, store);
    }
    if (options.owner === 'app') service.warmListOrder();
    return service;
  }

  /** The folder's sync (Settings → Sync, live sync), with the saved password of its connection. */
  sync(): Promise<SyncService> {
    this.syncing ??= (async () => {
      const sync = await SyncService.open({ store: this.store, clock: this.clock });
      const { server, db, user } = sync.status();
      if (server && db && user) sync.setPassword(await this.vault.get(vaultKey(server, db, user)));
      return sync;
    })();
    return this.syncing;
  }

  /**
   * Sorts the contacts by name (the list's default order) in the next turn of the event loop: the
   * window takes most of a second to show its first screen, and Home's first queries (the count of
   * contacts) and the contacts list would otherwise each wait for that sort (0.1-0.5 s at 100,000).
   * Not from the CLI, which exits at once.
   */
  private warmListOrder(): void {
    this.listWarmUp = setTimeout(() => {
      this.listWarmUp = null;
      this.contactList.matchingIds({ query: '', sort: 'name' });
    }, 0);
    this.listWarmUp.unref();
  }

  async close(): Promise<void> {
    if (this.listWarmUp) clearTimeout(this.listWarmUp);
    // A sync under way finishes its step (the replica file is written whole or not at all).
    await (await this.syncing?.catch(() => null))?.close();
    // Stopped, not awaited to its end: quitting must not wait for a cache.
    await this.indexWrite?.stop();
    await this.store.close();
  }

  /** Resolves once no save, compaction or background index write is running (for tests). */
  async whenIdle(): Promise<void> {
    await this.indexWrite?.whenDone();
    await this.store.whenIdle();
  }

  status(): WorkspaceStatus {
    const ws = this.store.state;
    const save = this.store.saveState;
    return {
      dataDir: this.store.dir,
      path: this.store.path,
      recovery: this.store.report.recovery ? describeRecovery(this.store.report) : null,
      recoveryPhrase: recoveryPhrase(this.store.report),
      journalLoss: this.journalLossStatus(),
      // Asked on every store change: a lookup of a known id, not a list of 100,000 keys.
      isEmpty: !this.anyContact.hasAny(ws.contacts) && !this.anyCity.hasAny(ws.cities),
      sampleOffered: ws.settings.sampleOffered,
      version: ws.seq,
      save: save.status === 'not-saved' ? { status: save.status, message: save.message, i18n: save.i18n } : { status: save.status },
      maintenance: this.store.maintenance,
    };
  }

  private journalLossStatus(): WorkspaceStatus['journalLoss'] {
    const loss = this.store.journalLoss;
    if (!loss) return null;
    const said = journalLossPhrase(loss);
    return { message: englishText(said), i18n: said };
  }

  async commit(commands: Command[]): Promise<CommitAck> {
    const result = await this.store.commit(commands);
    return { version: result.seq, summaries: result.summaries, labels: result.labels };
  }

  async openSample(): Promise<CommitAck> {
    // Checked before reading the sample file; the applier of sample.open enforces it for every caller.
    const ws = this.store.state;
    if (this.anyContact.hasAny(ws.contacts) || this.anyCity.hasAny(ws.cities)) throw new CommandError('rule', phrase('errors.sampleNotEmpty'));
    const csv = await readFile(join(this.resourcesDir, 'sample', 'us-russia-sister-cities.csv'), 'utf8');
    // In the window's language: the sample's words become the workspace's own text (sampleText.ts).
    const result = await this.commit([buildSampleCommand(csv, this.clock().toISOString(), undefined, ws.settings.locale)]);
    await this.store.updateSettings({ sampleOffered: true });
    return result;
  }

  historyStatus(): HistoryStatus {
    const { undo, redo } = this.store.state.history;
    const top = undo.at(-1);
    const next = redo.at(-1);
    return {
      undo: top?.summary ?? null,
      redo: next?.summary ?? null,
      undoLabel: top?.label ?? null,
      redoLabel: next?.label ?? null,
      depth: undo.length,
    };
  }

  contactDetail(id: string): ContactDetail {
    const ws = this.store.state;
    const contact = Object.hasOwn(ws.contacts, id) ? ws.contacts[id] : undefined;
    if (!contact) throw new CommandError('not-found', phrase('errors.contactGone'));
    const organization = contact.organizationId ? (ws.organizations[contact.organizationId] ?? null) : null;
    const cities = contact.cityIds.flatMap((cityId) => (ws.cities[cityId] ? [ws.cities[cityId]] : []));
    const partnerships = contact.partnershipIds.flatMap((partnershipId) => {
      const label = partnershipName(ws, partnershipId);
      return label ? [{ id: partnershipId, label }] : [];
    });
    const zone = ws.settings.homeZone;
    const last = contact.followUp ? (lastInteractionByContact(ws).get(id) ?? null) : null;
    const followUp = followUpStatus(contact, last, calendarDateInZone(this.clock(), zone), zone);
    return { contact, organization, cities, partnerships, followUp, involvement: contactInvolvement(ws, id) };
  }

  /** Every channel's handler, one map per feature: a feature adds its file and one spread. */
  handlers(): Handlers {
    return {
      ...workspaceHandlers(this),
      ...contactHandlers(this),
      ...exportHandlers(this),
      ...importHandlers(this),
      ...timelineHandlers(this),
      ...contactSelectionHandlers(this),
      ...placeHandlers(this),
      ...interactionHandlers(this),
      ...negotiationHandlers(this),
      ...trashHandlers(this),
      ...duplicateHandlers(this),
      ...backupHandlers(this),
      ...taskHandlers(this),
      ...programHandlers(this),
      ...syncHandlers(this),
    };
  }

  now(): Date {
    return this.clock();
  }

  /**
   * Deletes for good the contacts that have spent 30 days in the Trash, as one undo step; does
   * nothing (and commits nothing) when none has. Run when the Trash is opened.
   */
  async purgeExpiredTrash(): Promise<PurgeResult> {
    const ids = expiredTrash(this.clock(), this.inTrash.contacts());
    if (ids.length === 0) return { count: 0, version: this.store.state.seq };
    const ack = await this.commit([{ type: 'contact.purge', at: this.clock().toISOString(), ids, expired: true }]);
    return { count: ids.length, version: ack.version };
  }

  private indexContact(contact: Contact, places?: PlaceNames): void {
    this.byPlace.add(contact);
    indexContact(this.index, this.store.state, contact, places);
  }

  /** Keeps the index in step: touched contacts, and contacts of a renamed organisation or city. */
  private reindex(change: StoreChange): void {
    this.contactList.noteChange(change);
    const ws = this.store.state;
    const touchedLinks = new Set<string>();
    for (const { kind, id } of change.ids) {
      if (kind === 'contacts') {
        const contact = ws.contacts[id];
        if (contact) this.indexContact(contact);
        else this.index.remove(id);
      } else if (kind === 'organizations' || kind === 'cities') touchedLinks.add(id);
    }
    if (touchedLinks.size === 0) return;
    for (const contact of this.byPlace.contactsOf(touchedLinks, ws.contacts)) this.indexContact(contact);
  }
}

/**
 * Whether the store loaded its snapshot as it is on disk (no recovery, no migration) and replayed
 * an intact journal: only then can an index file of that snapshot be trusted, or be worth writing.
 */
function snapshotLoadedAsIs(store: Store): boolean {
  const { report, replay } = store;
  return !report.recovery && report.migratedFrom === null && replay !== null && !replay.damaged && !replay.gap;
}

/**
 * Whether to write liaison.index for the snapshot on disk: never from a read-only open, never when
 * the next start would refuse it anyway, and only where building is noticeable.
 */
function writesIndexFile(store: Store, from: number): boolean {
  return !store.readOnly && snapshotLoadedAsIs(store) && Object.keys(store.state.contacts).length >= from;
}

/**
 * The search index persisted beside the snapshot, when the store loaded that snapshot as it was
 * (no recovery, no migration) and replaying the journal changed no organisation or city (whose
 * names the index holds for many contacts); else null, and the index is built from the contacts.
 */
async function persistedIndexOf(store: Store, fs: FsOps): Promise<ContactSearchIndex | null> {
  const { replay } = store;
  if (!snapshotLoadedAsIs(store) || !replay || replay.placesChanged) return null;
  return readSearchIndexFile(fs, store.dir, store.state.seq - replay.replayed);
}
