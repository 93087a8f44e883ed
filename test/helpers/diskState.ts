import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

type Table = Record<string, Record<string, unknown> & { family?: string; given?: string; rev?: number }>;
export interface DiskState {
  seq: number;
  contacts: Table;
  cities: Table;
  [kind: string]: unknown;
}

/**
 * What a fresh start would find, read straight from the bytes on disk with a parser written
 * independently of core: liaison.json, then every journal line's after-images in order.
 */
export async function diskState(dir: string): Promise<DiskState> {
  const state = JSON.parse(await readFile(join(dir, 'liaison.json'), 'utf8')) as DiskState;
  const journals = (await readdir(dir)).filter((n) => /^journal-\d{12}\.log$/.test(n)).sort();
  for (const name of journals) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.split('\n')) {
      const m = /^(\d+) (\d+) ([0-9a-f]{8}) (.*)$/.exec(line);
      if (!m) continue;
      const entry = JSON.parse(m[4] ?? '') as { seq: number; records: { kind: string; id: string; record: Record<string, unknown> | null }[] };
      if (entry.seq <= state.seq) continue;
      for (const { kind, id, record } of entry.records) {
        const table = (state[kind] ??= {}) as Table;
        if (record === null) delete table[id];
        else table[id] = record;
      }
      state.seq = entry.seq;
    }
  }
  return state;
}
