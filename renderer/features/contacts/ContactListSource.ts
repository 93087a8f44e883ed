import type { ContactRow, Failure, ListPage, Result } from '../../../electron/shared/contract';
import type { ContactSort } from './ContactSort';

export interface PageRequest {
  query: string;
  tags: string[];
  sort: ContactSort;
  offset: number;
  limit: number;
}
export type FetchPage = (request: PageRequest) => Promise<Result<ListPage<ContactRow>>>;

interface CachedPage {
  /** The store version the rows were read at. */
  version: number;
  /** The newest version this page was requested for: a page is not asked for twice per version. */
  requestedAt: number;
  rows: ContactRow[];
}

/** A row shown as edited while its save is under way; `version` is set once the store has it. */
interface SavingRow {
  row: ContactRow;
  version: number | null;
}

/** How the form settles an edit shown ahead of its save. */
export interface ShownEdit {
  /** Saved at `version`: the edit stays shown until a page read at that version replaces it. */
  confirm: (version: number) => void;
  /** Not saved: the row shows again what the store holds. */
  rollback: () => void;
}

/**
 * The contacts list's window onto the store: rows come in pages of `pageSize` around the visible
 * range, never all at once, and are cached per (query, sort) with the version they were read at.
 * When the store moves on (`invalidate`), the visible pages are fetched again while the old rows
 * stay on screen, so a change elsewhere never blanks the list. React reads it through
 * useSyncExternalStore (`subscribe` / `getRevision`).
 */
export class ContactListSource {
  private readonly pages = new Map<string, CachedPage>();
  private readonly totals = new Map<string, { total: number; version: number }>();
  private readonly inflight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly saving = new Map<string, SavingRow>();
  private query = '';
  private tags: readonly string[] = [];
  private sort: ContactSort = 'name';
  private range = { start: 0, end: 0 };
  private version = 0;
  private revision = 0;
  private lastError: Failure | null = null;
  /** Nothing is fetched before the first setView: the screen decides the query first. */
  private started = false;

  constructor(
    private readonly fetchPage: FetchPage,
    readonly pageSize = 100,
    /** Bounds memory while scrolling through 100,000 contacts: about this many pages stay cached. */
    private readonly maxPages = 200,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything visible changed. */
  readonly getRevision = (): number => this.revision;

  /** The number of contacts matching the current query, or null before the first page arrives. */
  get total(): number | null {
    return this.totals.get(this.viewKey())?.total ?? null;
  }

  /** The last failure to load rows for the current view, cleared by the next success. */
  get error(): Failure | null {
    return this.lastError;
  }

  rowAt(index: number): ContactRow | undefined {
    const page = this.pages.get(this.pageKey(Math.floor(index / this.pageSize)));
    const row = page?.rows[index % this.pageSize];
    const edited = row && this.saving.get(row.id);
    // A page read once the save had landed holds the row as the store has it: that one wins.
    if (!page || !edited || (edited.version !== null && page.version >= edited.version)) return row;
    return edited.row;
  }

  /**
   * Shows an edited contact's row with its new values at once (the next frame), while its save
   * runs, instead of after the save, the refetch and the page's round trip.
   */
  showEdit(row: ContactRow): ShownEdit {
    const entry: SavingRow = { row, version: null };
    this.saving.set(row.id, entry);
    this.changed();
    const current = () => this.saving.get(row.id) === entry;
    return {
      confirm: (version) => {
        if (current()) entry.version = version;
      },
      rollback: () => {
        if (!current()) return;
        this.saving.delete(row.id);
        this.changed();
      },
    };
  }

  setView(query: string, sort: ContactSort, tags: readonly string[] = []): void {
    if (this.started && query === this.query && sort === this.sort && tags.join('\u0000') === this.tags.join('\u0000')) return;
    this.started = true;
    this.query = query;
    this.sort = sort;
    this.tags = [...tags];
    this.range = { start: 0, end: 0 };
    this.lastError = null;
    this.forgetSaved(Number.POSITIVE_INFINITY);
    this.changed();
    this.load();
  }

  /** The indexes on screen (plus the virtualizer's overscan). */
  setRange(start: number, end: number): void {
    if (start === this.range.start && end === this.range.end) return;
    this.range = { start: Math.max(0, start), end: Math.max(start, end) };
    this.load();
  }

  /** The store is now at `version`: pages read earlier are stale and the visible ones are refetched. */
  invalidate(version: number): void {
    if (version <= this.version) return;
    this.version = version;
    this.load();
  }

  private load(): void {
    if (!this.started) return;
    // A quarter page of margin either side: the next page is usually there before it scrolls in,
    // while a range in the middle of a page still costs one request.
    const margin = Math.floor(this.pageSize / 4);
    const first = Math.floor(Math.max(0, this.range.start - margin) / this.pageSize);
    let last = Math.floor((this.range.end + margin) / this.pageSize);
    const total = this.total;
    if (total !== null) last = Math.min(last, Math.max(0, Math.ceil(total / this.pageSize) - 1));
    for (let index = first; index <= last; index++) {
      const key = this.pageKey(index);
      const cached = this.pages.get(key);
      if (cached && (cached.version >= this.version || cached.requestedAt >= this.version)) continue;
      const flight = `${key}@${this.version}`;
      if (this.inflight.has(flight)) continue;
      this.inflight.add(flight);
      void this.fetch(index, key, flight);
    }
  }

  private async fetch(index: number, key: string, flight: string): Promise<void> {
    const { query, sort } = this;
    const tags = [...this.tags];
    const viewKey = this.viewKey();
    const requestedAt = this.version;
    const result = await this.fetchPage({ query, tags, sort, offset: index * this.pageSize, limit: this.pageSize });
    this.inflight.delete(flight);
    const stillShown = viewKey === this.viewKey();
    if (!result.ok) {
      // Remembered as requested, so a failing backend is not asked again until the store moves on.
      const cached = this.pages.get(key);
      this.remember(key, { version: cached?.version ?? -1, requestedAt, rows: cached?.rows ?? [] });
      if (stillShown) this.lastError = result.error;
      this.changed();
      return;
    }
    const { total, version, rows } = result.value;
    this.remember(key, { version, requestedAt: Math.max(requestedAt, version), rows });
    this.forgetSaved(version, rows);
    const known = this.totals.get(viewKey);
    if (!known || version >= known.version) this.totals.set(viewKey, { total, version });
    if (stillShown) this.lastError = null;
    this.changed();
    if (version > this.version) this.version = version;
    // A newer version makes the other visible pages stale; a first total makes more pages visible.
    if (stillShown) this.load();
  }

  /** Drops the saved edits that pages read at `version` (these `rows`, or any page) now show. */
  private forgetSaved(version: number, rows?: readonly ContactRow[]): void {
    for (const [id, edited] of this.saving) {
      if (edited.version === null || edited.version > version) continue;
      if (!rows || rows.some((row) => row.id === id)) this.saving.delete(id);
    }
  }

  private remember(key: string, page: CachedPage): void {
    this.pages.delete(key);
    this.pages.set(key, page);
    if (this.pages.size <= this.maxPages) return;
    // Map keeps insertion order, so the first keys are the least recently loaded.
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      this.pages.delete(oldest);
    }
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }

  private viewKey(): string {
    return `${this.sort}\u0000${this.query}\u0000${this.tags.join('\u0001')}`;
  }

  private pageKey(index: number): string {
    return `${this.viewKey()}\u0000${index}`;
  }
}
