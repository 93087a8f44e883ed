import { describe, expect, it } from 'vitest';
import type { ContactRow, ListPage, Result } from '../../electron/shared/contract';
import { ContactListSource, type PageRequest } from '../../renderer/features/contacts/ContactListSource';

const row = (index: number, tag = ''): ContactRow => ({
  id: `id-${index}`,
  name: `Contact ${index}${tag}`,
  latinName: '',
  organization: '',
  title: '',
  city: '',
  email: '',
  phone: '',
  tags: [],
  example: false,
  photo: null,
});

/** A backend of `total` rows at `version`, answering when told to. */
function backend(total: number) {
  const state = { version: 1, tag: '' };
  const requests: PageRequest[] = [];
  const pending: (() => void)[] = [];
  const fetchPage = (request: PageRequest) =>
    new Promise<Result<ListPage<ContactRow>>>((resolve) => {
      requests.push(request);
      pending.push(() => {
        const end = Math.min(total, request.offset + request.limit);
        const rows = Array.from({ length: Math.max(0, end - request.offset) }, (_, i) => row(request.offset + i, state.tag));
        resolve({ ok: true, value: { total, version: state.version, offset: request.offset, rows } });
      });
    });
  const flush = async () => {
    while (pending.length > 0) {
      pending.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { state, requests, fetchPage, flush };
}

describe('ContactListSource', () => {
  it('fetches only the pages around the visible range, once each', async () => {
    const b = backend(100_000);
    const source = new ContactListSource(b.fetchPage, 100);
    source.setView('', 'name');
    source.setView('', 'name');
    expect(b.requests).toHaveLength(1);
    await b.flush();
    expect(source.total).toBe(100_000);
    expect(source.rowAt(5)?.name).toBe('Contact 5');

    source.setRange(50_040, 50_060);
    source.setRange(50_040, 50_060);
    await b.flush();
    expect(b.requests.map((r) => r.offset)).toEqual([0, 50_000]);
    expect(source.rowAt(50_020)?.name).toBe('Contact 50020');
    // Near a page edge the neighbouring page is fetched ahead of the scroll.
    source.setRange(50_080, 50_099);
    await b.flush();
    expect(b.requests.map((r) => r.offset)).toEqual([0, 50_000, 50_100]);
    expect(Math.max(...b.requests.map((r) => r.limit))).toBe(100);
  });

  it('keeps stale rows on screen while refetching the visible pages for a new version', async () => {
    const b = backend(1_000);
    const source = new ContactListSource(b.fetchPage, 100);
    source.setView('', 'name');
    await b.flush();
    source.setRange(0, 20);
    b.state.version = 2;
    b.state.tag = ' (edited)';
    source.invalidate(2);
    expect(source.rowAt(3)?.name).toBe('Contact 3');
    expect(b.requests).toHaveLength(2);
    await b.flush();
    expect(source.rowAt(3)?.name).toBe('Contact 3 (edited)');
    // The same version again asks for nothing.
    source.invalidate(2);
    expect(b.requests).toHaveLength(2);
  });

  it('caches each query separately and bounds the number of cached pages', async () => {
    const b = backend(100_000);
    const source = new ContactListSource(b.fetchPage, 100, 5);
    source.setView('', 'name');
    await b.flush();
    for (let page = 0; page < 20; page++) {
      source.setRange(page * 100 + 40, page * 100 + 60);
      await b.flush();
    }
    expect(source.rowAt(0)).toBeUndefined();
    expect(source.rowAt(1950)?.name).toBe('Contact 1950');

    source.setView('volga', 'name');
    await b.flush();
    expect(b.requests.at(-1)).toMatchObject({ query: 'volga', offset: 0 });
  });

  it('reports a failure for the shown view and does not retry until the store moves', async () => {
    const requests: PageRequest[] = [];
    const source = new ContactListSource((request) => {
      requests.push(request);
      return Promise.resolve({ ok: false, error: { code: 'internal', message: 'Broken.' } });
    }, 100);
    source.setView('', 'name');
    await Promise.resolve();
    await Promise.resolve();
    expect(source.error?.message).toBe('Broken.');
    source.setRange(0, 10);
    expect(requests).toHaveLength(1);
    source.invalidate(5);
    expect(requests).toHaveLength(2);
  });
});

describe('ContactListSource: an edit shown while it saves', () => {
  it('shows the edited row at once, keeps it over pages older than the save, and yields to the page read after it', async () => {
    const b = backend(300);
    const source = new ContactListSource(b.fetchPage, 100);
    source.setView('', 'name');
    source.setRange(0, 20);
    await b.flush();
    const revision = source.getRevision();
    const shown = source.showEdit({ ...row(3), name: 'Edited 3' });
    expect(source.getRevision()).toBeGreaterThan(revision);
    expect(source.rowAt(3)?.name).toBe('Edited 3');
    expect(source.rowAt(4)?.name).toBe('Contact 4');

    // The save lands at version 3; a page read at version 2 (another change) still shows the edit.
    b.state.version = 2;
    source.invalidate(2);
    await b.flush();
    shown.confirm(3);
    expect(source.rowAt(3)?.name).toBe('Edited 3');
    // The page read at version 3 holds the row as the store has it; the shown edit gives way.
    b.state.version = 3;
    b.state.tag = ' (stored)';
    source.invalidate(3);
    await b.flush();
    expect(source.rowAt(3)?.name).toBe('Contact 3 (stored)');
    // Settling an edit twice changes nothing.
    shown.rollback();
    expect(source.rowAt(3)?.name).toBe('Contact 3 (stored)');
  });

  it('rolls back to the cached row, and a newer edit of the same contact is not undone by an older one settling', async () => {
    const b = backend(300);
    const source = new ContactListSource(b.fetchPage, 100);
    source.setView('', 'name');
    source.setRange(0, 20);
    await b.flush();
    const first = source.showEdit({ ...row(3), name: 'First' });
    first.rollback();
    expect(source.rowAt(3)?.name).toBe('Contact 3');

    const older = source.showEdit({ ...row(3), name: 'Older' });
    const newer = source.showEdit({ ...row(3), name: 'Newer' });
    older.rollback();
    expect(source.rowAt(3)?.name).toBe('Newer');
    newer.rollback();
    expect(source.rowAt(3)?.name).toBe('Contact 3');
  });
});
