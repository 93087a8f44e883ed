import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { StoreChange } from '../store/StoreChange';

/**
 * The contacts that pass `test` (those with a follow-up cadence, those in the Trash), found once and
 * then kept up to date from the contacts each change touched: a query asked after every change
 * reads these few instead of listing 100,000 contacts, which alone costs V8 a few hundred ms.
 */
export class ContactSubset {
  private ids: Set<string> | null = null;
  private seq = -1;

  constructor(
    private readonly workspace: () => Readonly<Workspace>,
    private readonly test: (contact: Contact) => boolean,
  ) {}

  contacts(): Contact[] {
    const ws = this.workspace();
    if (!this.ids || this.seq !== ws.seq) {
      this.ids = new Set();
      for (const contact of Object.values(ws.contacts)) if (this.test(contact)) this.ids.add(contact.id);
      this.seq = ws.seq;
    }
    const contacts: Contact[] = [];
    for (const id of this.ids) if (Object.hasOwn(ws.contacts, id)) contacts.push(ws.contacts[id] as Contact);
    return contacts;
  }

  /** Told of every change as it is applied; one that does not follow the last leaves a fresh search. */
  noteChange(change: StoreChange): void {
    if (!this.ids) return;
    if (change.seq !== this.seq + 1) {
      this.ids = null;
      return;
    }
    const contacts = this.workspace().contacts;
    for (const { kind, id } of change.ids) {
      if (kind !== 'contacts') continue;
      const contact = Object.hasOwn(contacts, id) ? contacts[id] : undefined;
      if (contact && this.test(contact)) this.ids.add(id);
      else this.ids.delete(id);
    }
    this.seq = change.seq;
  }
}
