import type { TagCount } from '../../shared/contracts/contactSelectionChannels';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { StoreChange } from '../store/StoreChange';

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
const fold = (tag: string) => tag.toLocaleLowerCase();

/** The spellings of one tag (differing only in case) and how many contacts use each. */
type Spellings = Map<string, number>;

/**
 * Tags in use outside the Trash, most used first, with how many contacts carry each; spellings
 * differing only in case count as one tag, shown in its most used spelling. Counted once (on the
 * first request) and then kept up to date from the contacts each change touched, so asking after
 * an edit costs the number of distinct tags, not a scan of 100,000 contacts; the Save of an edit
 * no longer waits behind that scan on the main process.
 */
export class TagCounts {
  /** Each counted contact's tags as they were counted: what to take back when it changes. */
  private readonly counted = new Map<string, readonly string[]>();
  private readonly tags = new Map<string, Spellings>();
  /** The sequence number the counts are at, or null before the first count (or after a gap). */
  private seq: number | null = null;
  private listed: TagCount[] | null = null;

  constructor(private readonly workspace: () => Readonly<Workspace>) {}

  list(): TagCount[] {
    const ws = this.workspace();
    if (this.seq !== ws.seq) this.recount(ws);
    this.listed ??= [...this.tags.values()]
      .map((spellings) => ({ tag: mostUsed(spellings), count: sum(spellings) }))
      .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
    return this.listed;
  }

  /**
   * Told of every change as it is applied (WorkspaceService). A change that does not follow the
   * last one counted (a restored backup moves the sequence on) leaves the counts to be redone.
   */
  noteChange(change: StoreChange): void {
    if (this.seq === null) return;
    if (change.seq !== this.seq + 1) {
      this.seq = null;
      return;
    }
    const contacts = this.workspace().contacts;
    for (const { kind, id } of change.ids) {
      if (kind !== 'contacts') continue;
      const contact = Object.hasOwn(contacts, id) ? contacts[id] : undefined;
      const before = this.counted.get(id) ?? [];
      const after = contact && !contact.deletedAt ? contact.tags : [];
      // Most edits leave the tags alone: the sorted list is then kept as it is.
      if (sameTags(before, after)) continue;
      this.forget(id);
      if (contact) this.count(contact);
    }
    this.seq = change.seq;
  }

  private recount(ws: Readonly<Workspace>): void {
    this.counted.clear();
    this.tags.clear();
    this.listed = null;
    for (const contact of Object.values(ws.contacts)) this.count(contact);
    this.seq = ws.seq;
  }

  private count(contact: Contact): void {
    if (contact.deletedAt || contact.tags.length === 0) return;
    // Records are replaced, never changed in place, so the array can be kept as it is.
    this.counted.set(contact.id, contact.tags);
    for (const tag of contact.tags) {
      const key = fold(tag);
      let spellings = this.tags.get(key);
      if (!spellings) this.tags.set(key, (spellings = new Map<string, number>()));
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
    }
    this.listed = null;
  }

  private forget(id: string): void {
    const tags = this.counted.get(id);
    if (!tags) return;
    this.counted.delete(id);
    for (const tag of tags) {
      const key = fold(tag);
      const spellings = this.tags.get(key);
      const left = (spellings?.get(tag) ?? 0) - 1;
      if (!spellings) continue;
      if (left > 0) spellings.set(tag, left);
      else spellings.delete(tag);
      if (spellings.size === 0) this.tags.delete(key);
    }
    this.listed = null;
  }
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function sum(spellings: Spellings): number {
  let total = 0;
  for (const count of spellings.values()) total += count;
  return total;
}

/** The spelling most contacts use; a tie goes to the first in code-point order ("Volga" before "volga"). */
function mostUsed(spellings: Spellings): string {
  let best = '';
  let bestCount = -1;
  for (const [tag, count] of spellings) {
    if (count > bestCount || (count === bestCount && tag < best)) {
      best = tag;
      bestCount = count;
    }
  }
  return best;
}
