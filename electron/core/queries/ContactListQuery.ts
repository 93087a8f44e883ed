import { nameSortKey } from '../../shared/names/nameSortKey';
import type { ContactRow, ListPage, ListQuery } from '../../shared/contract';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { ContactSearchIndex } from '../search/ContactSearchIndex';
import type { StoreChange } from '../store/StoreChange';
import { contactRow } from './contactRow';
import { CollatorOrder, LATIN_CYRILLIC } from './CollatorOrder';
import { SortedIds } from './SortedIds';

type Sort = NonNullable<ListQuery['sort']>;

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
const byName = new CollatorOrder(collator, LATIN_CYRILLIC);

/** What the list shows: a search (ranked) or everyone (sorted), narrowed to contacts with every tag. */
export interface ContactFilter {
  query: string;
  sort: Sort;
  tags?: readonly string[];
}

/**
 * The windowed list query `{query, tags, sort, offset, limit} -> {total, version, rows}`. Without a
 * search the sorted id order is cached per store version, sort and tags, so scrolling pages
 * through the same order without sorting again. Contacts in the Trash are never listed.
 */
export class ContactListQuery {
  /**
   * The sorted order of the last filter listed, and the contacts changed since it was brought up to
   * date (told by `noteChange`): an edit moves one id instead of sorting every contact again.
   */
  private cache: { version: number; key: string; order: SortedIds; changed: Set<string>; toldUpTo: number; stale: boolean } | null = null;

  constructor(
    private readonly workspace: () => Readonly<Workspace>,
    private readonly index: ContactSearchIndex,
  ) {}

  run(input: ContactFilter & { offset: number; limit: number }): ListPage<ContactRow> {
    const ws = this.workspace();
    const query = input.query.trim();
    const tags = input.tags ?? [];
    let ids: string[];
    let total: number;
    if (query.length > 0 && tags.length === 0) {
      // Search results come ranked best first; the sort applies only to the unfiltered list.
      const found = this.index.search(query, input.offset + input.limit);
      ids = found.ids.slice(input.offset, input.offset + input.limit);
      total = found.total;
    } else {
      const all = this.matchingIds(input);
      ids = all.slice(input.offset, input.offset + input.limit);
      total = all.length;
    }
    const rows = ids.flatMap((id) => {
      const contact = ws.contacts[id];
      return contact && !contact.deletedAt ? [contactRow(ws, contact)] : [];
    });
    return { total, version: ws.seq, offset: input.offset, rows };
  }

  /**
   * Every contact the filter matches, in list order: what a selection of "all matching" means,
   * resolved here so the renderer never holds the ids.
   */
  matchingIds(filter: ContactFilter): string[] {
    const ws = this.workspace();
    const query = filter.query.trim();
    const tags = distinctFolded(filter.tags ?? []);
    if (query.length > 0) {
      const found = this.index.search(query, Number.MAX_SAFE_INTEGER).ids;
      return tags.length === 0 ? found : found.filter((id) => hasTags(ws.contacts[id], tags));
    }
    // The language is part of the key: sorting by name reads names differently in each (nameSortKey).
    const key = `${filter.sort}\u0000${ws.settings.locale}\u0000${tags.join('\u0000')}`;
    const cache = this.cache;
    if (cache && cache.key === key && !cache.stale && cache.toldUpTo === ws.seq) {
      if (cache.version === ws.seq) return cache.order.ids;
      const ids = cache.order.update(cache.changed);
      cache.changed.clear();
      cache.version = ws.seq;
      return ids;
    }
    const sortKeyOf = sortKey(ws, filter.sort);
    const order = new SortedIds(
      (a, b) => (filter.sort === 'updated' ? b.localeCompare(a) : byName.compare(a, b)),
      (id) => {
        const contact = Object.hasOwn(this.workspace().contacts, id) ? this.workspace().contacts[id] : undefined;
        return contact && !contact.deletedAt && (tags.length === 0 || hasTags(contact, tags)) ? sortKeyOf(contact) : null;
      },
      filter.sort === 'updated' ? undefined : (key) => byName.sortKey(key),
    );
    order.reset(Object.keys(ws.contacts));
    this.cache = { version: ws.seq, key, order, changed: new Set(), toldUpTo: ws.seq, stale: false };
    return order.ids;
  }

  /**
   * Told of every change as it is applied (WorkspaceService), so the cached order follows edits
   * without sorting again. A renamed organisation or city moves many contacts in those sorts:
   * that order is sorted afresh when next asked for.
   */
  noteChange(change: StoreChange): void {
    const cache = this.cache;
    if (!cache) return;
    if (cache.toldUpTo !== change.seq - 1) cache.stale = true;
    cache.toldUpTo = change.seq;
    const sort = cache.key.slice(0, cache.key.indexOf('\u0000'));
    for (const { kind, id } of change.ids) {
      if (kind === 'contacts') cache.changed.add(id);
      else if ((kind === 'organizations' && sort === 'organization') || (kind === 'cities' && sort === 'city')) cache.stale = true;
    }
  }
}

const fold = (tag: string) => tag.trim().toLocaleLowerCase();

function distinctFolded(tags: readonly string[]): string[] {
  return [...new Set(tags.map(fold).filter((tag) => tag.length > 0))].sort();
}

/** Whether the contact carries every one of the (folded) tags: a segment narrows, never widens. */
function hasTags(contact: Contact | undefined, folded: readonly string[]): boolean {
  if (!contact) return false;
  const own = new Set(contact.tags.map(fold));
  return folded.every((tag) => own.has(tag));
}

function sortKey(ws: Readonly<Workspace>, sort: Sort): (c: Contact) => string {
  switch (sort) {
    case 'name':
      return (c) => nameSortKey(c, ws.settings.locale);
    case 'organization':
      return (c) => `${(c.organizationId && ws.organizations[c.organizationId]?.name) || '\uffff'} ${c.family}`;
    case 'city': {
      return (c) => {
        const city = c.cityIds[0] ? ws.cities[c.cityIds[0]] : undefined;
        return `${city ? city.nameCyrillic || city.nameLatin : '\uffff'} ${c.family}`;
      };
    }
    case 'updated':
      return (c) => c.updatedAt;
  }
}
