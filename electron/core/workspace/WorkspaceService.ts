import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../dispatcher/createDispatcher';
import { contactHandlers } from '../handlers/contactHandlers';
import { workspaceHandlers } from '../handlers/workspaceHandlers';
import type { Command } from '../../shared/commands/commandSchemas';
import type { ContactDetail, HistoryStatus, WorkspaceStatus } from '../../shared/contract';
import type { Contact } from '../../shared/schemas/contact';
import { CommandError } from '../commands/CommandError';
import { ContactListQuery } from '../queries/ContactListQuery';
import { buildSampleCommand } from '../sample/buildSampleCommand';
import { ContactSearchIndex } from '../search/ContactSearchIndex';
import { contactSearchDoc } from '../search/contactSearchDoc';
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
    for (const contact of Object.values(store.state.contacts)) this.indexContact(contact);
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
      isEmpty: Object.keys(ws.contacts).length === 0 && Object.keys(ws.cities).length === 0,
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
    return { contact, organization, cities };
  }

  /** Every channel's handler, one map per feature: a feature adds its file and one spread. */
  handlers(): Handlers {
    return {
      ...workspaceHandlers(this),
      ...contactHandlers(this),
    };
  }

  now(): Date {
    return this.clock();
  }

  private indexContact(contact: Contact): void {
    const ws = this.store.state;
    const org = contact.organizationId ? ws.organizations[contact.organizationId] : undefined;
    const orgNames = org ? [org.name, org.nameLatin] : [];
    const cityNames = contact.cityIds.flatMap((cityId) => {
      const city = ws.cities[cityId];
      return city ? [city.nameLatin, city.nameCyrillic] : [];
    });
    this.index.upsert(contactSearchDoc(contact, orgNames, cityNames));
  }

  /** Keeps the index in step: touched contacts, and contacts of a renamed organisation or city. */
  private reindex(change: StoreChange): void {
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
