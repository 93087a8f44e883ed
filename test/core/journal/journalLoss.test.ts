import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { Store } from '../../../electron/core/store/Store';
import { createContact } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = join(import.meta.dirname, '../../../resources');

/** The process dies: nothing flushed or closed, its lock gone with it. */
async function crash(dir: string): Promise<void> {
  await rm(join(dir, 'liaison.lock'), { force: true });
}

/** A workspace whose journal holds changes 1..n (contacts C1..Cn), left as a crash leaves it. */
async function journalled(n: number): Promise<{ dir: string; file: string; lines: Buffer[] }> {
  const dir = await tempDir();
  const store = await Store.open({ dir, owner: 'cli' });
  for (let i = 1; i <= n; i++) await store.commit([createContact({ family: `C${i}` })]);
  await crash(dir);
  const [name] = (await readdir(dir)).filter((f) => f.startsWith('journal-'));
  const file = join(dir, name ?? '');
  const bytes = await readFile(file);
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start) + 1;
    lines.push(bytes.subarray(start, end));
    start = end;
  }
  return { dir, file, lines };
}

const families = (store: Store) => Object.values(store.state.contacts).map((c) => c.family).sort();
const damagedDir = (dir: string) => join(dir, 'damaged');
const keptLogs = async (dir: string) => (await readdir(damagedDir(dir))).filter((n) => n.endsWith('.log')).sort();

async function doctor(dir: string, json = false): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(['--data', dir, 'doctor', ...(json ? ['--json'] : [])], { out: (t) => (out += t), err: () => undefined, env: {}, resourcesDir });
  return { code, out };
}

/** Flips one byte inside a line's JSON, keeping its frame (header, length, newline) whole. */
function rot(line: Buffer): Buffer {
  const copy = Buffer.from(line);
  const at = copy.length - 5;
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

describe('journal losses are kept in damaged/ and told', () => {
  it('a sequence gap: the lines after it are copied byte for byte before the next save deletes the journal, and the loss is named', async () => {
    const { dir, file, lines } = await journalled(5);
    const gapped = Buffer.concat([lines[0], lines[1], lines[3], lines[4]].map((l) => l ?? Buffer.alloc(0)));
    await writeFile(file, gapped);
    const store = await Store.open({ dir, owner: 'cli' });
    expect(families(store)).toEqual(['C1', 'C2']);
    expect(store.journalLoss).toMatchObject({ kind: 'gap', loadedUpTo: 2, dropped: 2, first: 4, last: 5, unreadable: 0 });
    expect(store.journalNotice).toBe(
      `2 saved changes (numbers 4–5) in ${file.split('/').at(-1)} come after a missing change and were not loaded; the workspace holds every change up to number 2. A copy of the journal is kept in ${damagedDir(dir)}.`,
    );
    // The next save rewrites from memory and deletes the old journal: the copy must outlive it.
    await store.commit([createContact({ family: 'After' })]);
    await store.close();
    const [kept] = await keptLogs(dir);
    expect(await readFile(join(damagedDir(dir), kept ?? ''))).toEqual(gapped);
    const report = JSON.parse(await readFile(join(damagedDir(dir), (await readdir(damagedDir(dir))).find((n) => n.endsWith('.json')) ?? ''), 'utf8')) as unknown;
    expect(report).toMatchObject({ kind: 'gap', dropped: 2, first: 4, last: 5, keptIn: [join(damagedDir(dir), kept ?? '')] });
    // doctor tells it, in text and JSON, and exits 1.
    const text = await doctor(dir);
    expect(text.code).toBe(1);
    expect(text.out).toContain('2 saved changes (numbers 4–5) in journal-');
    const json = await doctor(dir, true);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.out) as { journalLosses: unknown[] }).journalLosses).toEqual([report]);
  });

  it('a complete last line with a bad CRC is damage, not a torn append: kept in damaged/, not cut in place without a copy', async () => {
    const { dir, file, lines } = await journalled(3);
    const bytes = Buffer.concat([lines[0], lines[1], rot(lines[2] ?? Buffer.alloc(0))].map((l) => l ?? Buffer.alloc(0)));
    await writeFile(file, bytes);
    const store = await Store.open({ dir, owner: 'app' });
    expect(families(store)).toEqual(['C1', 'C2']);
    expect(store.journalLoss).toMatchObject({ kind: 'damaged', loadedUpTo: 2, dropped: 0, unreadable: 1 });
    expect(store.journalNotice).toMatch(/^A damaged line in journal-\d+\.log \(change number 3\) could not be read and was not loaded; the workspace holds every change up to number 2\./);
    await store.close();
    const [kept] = await keptLogs(dir);
    expect(await readFile(join(damagedDir(dir), kept ?? ''))).toEqual(bytes);
  });

  it('a bad line in the middle: every journal file from it on is kept, and the readable changes after it are counted', async () => {
    const { dir, file, lines } = await journalled(5);
    // Two journal files, as after a rotation: changes 1–3, then 4–5.
    const first = Buffer.concat([lines[0], rot(lines[1] ?? Buffer.alloc(0)), lines[2]].map((l) => l ?? Buffer.alloc(0)));
    const second = Buffer.concat([lines[3], lines[4]].map((l) => l ?? Buffer.alloc(0)));
    await writeFile(file, first);
    const later = join(dir, 'journal-000000000003.log');
    await writeFile(later, second);
    const store = await Store.open({ dir, owner: 'app' });
    expect(families(store)).toEqual(['C1']);
    expect(store.journalLoss).toMatchObject({ kind: 'damaged', loadedUpTo: 1, dropped: 3, first: 3, last: 5, unreadable: 1 });
    expect(store.journalNotice).toMatch(/^A damaged line in journal-0+\.log stopped loading after change number 1: 3 readable changes after it \(numbers 3–5\) were not loaded\./);
    await store.commit([createContact({ family: 'After' })]);
    await store.close();
    const kept = await keptLogs(dir);
    expect(kept).toHaveLength(2);
    expect(await readFile(join(damagedDir(dir), kept[0] ?? ''))).toEqual(first);
    expect(await readFile(join(damagedDir(dir), kept[1] ?? ''))).toEqual(second);
  });

  it('doctor tells a loss the next load would make before anything opened the workspace, and changes nothing', async () => {
    const { dir, file, lines } = await journalled(4);
    const gapped = Buffer.concat([lines[0], lines[2], lines[3]].map((l) => l ?? Buffer.alloc(0)));
    await writeFile(file, gapped);
    const { code, out } = await doctor(dir);
    expect(code).toBe(1);
    expect(out).toContain('2 saved changes (numbers 3–4) in journal-000000000000.log come after a missing change and will not be loaded; the workspace loads up to change 1.');
    expect(await readFile(file)).toEqual(gapped);
    await expect(readdir(damagedDir(dir))).rejects.toThrow();
  });
});

describe('read-only commands on a damaged store', () => {
  it('say what to do about a damaged store file (what doctor says), and change nothing', async () => {
    const { dir } = await journalled(1);
    await writeFile(join(dir, 'liaison.json'), '{"schemaVersion": 1, "seq": ');
    for (const command of [['contacts', 'list'], ['conferences', 'list']]) {
      let err = '';
      const code = await runCli(['--data', dir, ...command], { out: () => undefined, err: (t) => (err += t), env: {}, resourcesDir });
      expect(code).toBe(1);
      expect(err).toContain('Open Liaison, or run any writing command, to recover it from the newest valid backup; `liaison doctor` shows the details.');
    }
    expect(await readFile(join(dir, 'liaison.json'), 'utf8')).toBe('{"schemaVersion": 1, "seq": ');
  });

  it('show what a writer would load from a journal with a gap, say so on stderr, and change nothing', async () => {
    const { dir, file, lines } = await journalled(4);
    const gapped = Buffer.concat([lines[0], lines[1], lines[3]].map((l) => l ?? Buffer.alloc(0)));
    await writeFile(file, gapped);
    let out = '';
    let err = '';
    const code = await runCli(['--data', dir, 'contacts', 'list'], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir });
    expect(code).toBe(0);
    expect(out).toContain('C2');
    expect(out).not.toContain('C4');
    expect(err).toContain('liaison: showing the workspace up to change 2; 1 saved change (number 4) in journal-000000000000.log comes after a missing change and is not shown.');
    expect(await readFile(file)).toEqual(gapped);
  });
});
