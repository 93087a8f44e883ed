import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../dispatcher/createDispatcher';
import { contactHandlers } from '../handlers/contactHandlers';
import { workspaceHandlers } from '../handlers/workspaceHandlers';
import { exportHandlers } from '../handlers/exportHandlers';
import { importHandlers } from '../handlers/importHandlers';
import { timelineHandlers } from '../handlers/timelineHandlers';
import { contactSelectionHandlers } from '../handlers/contactSelectionHandlers';
import { duplicateHandlers } from '../handlers/duplicateHandlers';
import { interactionHandlers } from '../handlers/interactionHandlers';
import { negotiationHandlers } from '../handlers/negotiationHandlers';
import { placeHandlers } from '../handlers/placeHandlers';
import { trashHandlers } from '../handlers/trashHandlers';
import { backupHandlers } from '../handlers/backupHandlers';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import type { PurgeResult } from '../../shared/contracts/trashChannels';
import { followUpStatus, lastInteractionByContact } from '../queries/followUps';
import { partnershipName } from '../queries/refs';
import { expiredTrash } from '../queries/trashPage';
import type { Command } from '../../shared/commands/commandSchemas';
import type { ContactDetail, HistoryStatus, WorkspaceStatus } from '../../shared/contract';
import type { Contact } from '../../shared/schemas/contact';
import { CommandError } from '../commands/CommandError';
import { ContactListQuery } from '../queries/ContactListQuery';
import { buildSampleCommand } from '../sample/buildSampleCommand';
import { ContactSearchIndex } from '../search/ContactSearchIndex';
import { placeNamesOf, workspaceSearchDoc, type PlaceNames } from '../search/workspaceSearchDoc';
import { describeRecovery } from '../store/loadWorkspaceFile';
import { Store, type StoreOptions } from '../store/Store';
import { headlessPlatform, type Platform } from '../platform/Platform';
import type { StoreChange } from '../store/StoreChange';

export interface WorkspaceServiceOptions extends StoreOptions {
  /** Folder holding `sample/us-russia-sister-cities.csv`. */
  resourcesDir: string;
  /** Native dialogs, opening files, printing: Electron in the app, scripted in e2e, none in the CLI. */
  platform?: Platform;
}

/**
 * One open workspace: the store, the search index kept in step with it, and the handlers the
 * dispatcher calls. The app, the CLI and the e2e harness all run exactly this.
 */
export class WorkspaceService {
  readonly index = new ContactSearchIndex();
  readonly contactList: ContactListQuery;
  private readonly clock: () => Date;

  private constructor(
    readonly store: Store,
    readonly resourcesDir: string,
    clock: (() => Date) | undefined,
    readonly platform: Platform,
  ) {
    this.clock = clock ?? (() => new Date());
    this.contactList = new ContactListQuery(() => this.store.state, this.index);
    const places = placeNamesOf(store.state);
    for (const contact of Object.values(store.state.contacts)) this.indexContact(contact, places);
    // Sorted and ranked now, while the window opens, rather than on the first keystroke.
    this.index.prepare();
    store.onChange((change) => this.reindex(change));
  }

  static async open(options: WorkspaceServiceOptions): Promise<WorkspaceService> {
    const store = await Store.open(options);
    return new WorkspaceService(store, options.resourcesDir, options.clock, options.platform ?? headlessPlatform);
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  status(): WorkspaceStatus {
    const ws = this.store.state;
    const save = this.store.saveState;
    return {
      dataDir: this.store.dir,
      path: this.store.path,
      recovery: this.store.report.recovery ? describeRecovery(this.store.report) : null,
      // Asked on every store change: a look at the first key, not a list of 100,000.
      isEmpty: isEmptyTable(ws.contacts) && isEmptyTable(ws.cities),
      sampleOffered: ws.settings.sampleOffered,
      version: ws.seq,
      save: save.status === 'not-saved' ? { status: save.status, message: save.message } : { status: save.status },
    };
  }

  async commit(commands: Command[]): Promise<{ version: number; summaries: string[] }> {
    const result = await this.store.commit(commands);
    return { version: result.seq, summaries: result.summaries };
  }

  async openSample(): Promise<{ version: number; summaries: string[] }> {
    if (Object.keys(this.store.state.cities).length > 0) {
      throw new CommandError('rule', 'The sample can only be opened in an empty workspace; this one already has cities.');
    }
    const csv = await readFile(join(this.resourcesDir, 'sample', 'us-russia-sister-cities.csv'), 'utf8');
    const result = await this.commit([buildSampleCommand(csv, this.clock().toISOString())]);
    await this.store.updateSettings({ sampleOffered: true });
    return result;
  }

  historyStatus(): HistoryStatus {
    const { undo, redo } = this.store.state.history;
    return { undo: undo.at(-1)?.summary ?? null, redo: redo.at(-1)?.summary ?? null, depth: undo.length };
  }

  contactDetail(id: string): ContactDetail {
    const ws = this.store.state;
    const contact = Object.hasOwn(ws.contacts, id) ? ws.contacts[id] : undefined;
    if (!contact) throw new CommandError('not-found', 'This contact no longer exists; it may have been deleted.');
    const organization = contact.organizationId ? (ws.organizations[contact.organizationId] ?? null) : null;
    const cities = contact.cityIds.flatMap((cityId) => (ws.cities[cityId] ? [ws.cities[cityId]] : []));
    const partnerships = contact.partnershipIds.flatMap((partnershipId) => {
      const label = partnershipName(ws, partnershipId);
      return label ? [{ id: partnershipId, label }] : [];
    });
    const zone = ws.settings.homeZone;
    const last = contact.followUp ? (lastInteractionByContact(ws).get(id) ?? null) : null;
    const followUp = followUpStatus(contact, last, calendarDateInZone(this.clock(), zone), zone);
    return { contact, organization, cities, partnerships, followUp };
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
    const ids = expiredTrash(this.store.state, this.clock());
    if (ids.length === 0) return { count: 0, version: this.store.state.seq };
    const ack = await this.commit([{ type: 'contact.purge', at: this.clock().toISOString(), ids, expired: true }]);
    return { count: ids.length, version: ack.version };
  }

  private indexContact(contact: Contact, places?: PlaceNames): void {
    // A contact in the Trash is found only in the Trash.
    if (contact.deletedAt) {
      this.index.remove(contact.id);
      return;
    }
    this.index.upsert(workspaceSearchDoc(this.store.state, contact, places));
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
    for (const contact of Object.values(ws.contacts)) {
      if ((contact.organizationId && touchedLinks.has(contact.organizationId)) || contact.cityIds.some((c) => touchedLinks.has(c))) {
        this.indexContact(contact);
      }
    }
  }
}

function isEmptyTable(table: Readonly<Record<string, unknown>>): boolean {
  for (const id in table) if (Object.hasOwn(table, id)) return false;
  return true;
}
