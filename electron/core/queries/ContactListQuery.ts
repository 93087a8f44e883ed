import type { ContactRow, ListPage, ListQuery } from '../../shared/contract';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { ContactSearchIndex } from '../search/ContactSearchIndex';
import { contactRow } from './contactRow';

type Sort = NonNullable<ListQuery['sort']>;

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

/**
 * The windowed list query `{query, sort, offset, limit} -> {total, version, rows}`. Without a
 * search the sorted id order is cached per store version and sort, so scrolling pages through
 * the same order without sorting again.
 */
export class ContactListQuery {
  private cache: { version: number; sort: Sort; ids: string[] } | null = null;

  constructor(
    private readonly workspace: () => Readonly<Workspace>,
    private readonly index: ContactSearchIndex,
  ) {}

  run(input: { query: string; sort: Sort; offset: number; limit: number }): ListPage<ContactRow> {
    const ws = this.workspace();
    const query = input.query.trim();
    let ids: string[];
    let total: number;
    if (query.length > 0) {
      // Search results come ranked best first; the sort applies only to the unfiltered list.
      const found = this.index.search(query, input.offset + input.limit);
      ids = found.ids.slice(input.offset, input.offset + input.limit);
      total = found.total;
    } else {
      const sorted = this.sorted(ws, input.sort);
      ids = sorted.slice(input.offset, input.offset + input.limit);
      total = sorted.length;
    }
    const rows = ids.flatMap((id) => {
      const contact = ws.contacts[id];
      return contact ? [contactRow(ws, contact)] : [];
    });
    return { total, version: ws.seq, offset: input.offset, rows };
  }

  private sorted(ws: Readonly<Workspace>, sort: Sort): string[] {
    if (this.cache && this.cache.version === ws.seq && this.cache.sort === sort) return this.cache.ids;
    const contacts = Object.values(ws.contacts);
    const key = sortKey(ws, sort);
    const keyed = contacts.map((c) => ({ id: c.id, key: key(c) }));
    keyed.sort((a, b) => (sort === 'updated' ? b.key.localeCompare(a.key) : collator.compare(a.key, b.key)) || (a.id < b.id ? -1 : 1));
    const ids = keyed.map((k) => k.id);
    this.cache = { version: ws.seq, sort, ids };
    return ids;
  }
}

function sortKey(ws: Readonly<Workspace>, sort: Sort): (c: Contact) => string {
  switch (sort) {
    case 'name':
      return (c) => `${c.family} ${c.given} ${c.patronymic}`;
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
