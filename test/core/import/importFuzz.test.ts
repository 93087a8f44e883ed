// Import fuzzing: the real fixtures (vCard 2.1, 3.0, 4.0; Google, Outlook and Thunderbird CSV)
// mutated by fast-check, and arbitrary bytes, through the whole import path a user takes: read the
// file, plan the import against the live store, commit the one command. Nothing may throw except
// the typed "this file cannot be imported" error; a refused import changes nothing on disk; every
// record is accounted for, and each rejected one names its line or card and why.
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../electron/core/commands/CommandError';
import { ImportFileError } from '../../../electron/core/import/ImportFileError';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';
import { testDepth } from '../../helpers/testDepth';

const fixturesDir = fileURLToPath(new URL('../../fixtures/contacts', import.meta.url));
const corpus = ['apple-contacts.vcf', 'thunderbird-contacts.vcf', 'vcard21-quoted-printable.vcf', 'google-contacts.csv', 'outlook-contacts.csv', 'thunderbird-contacts.csv'].map(
  (name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixturesDir, name))) }),
);

/** Lines a fuzzer would not think of but a damaged or hostile file holds. */
const nasty = [
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'VERSION:4.0',
  'N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=98=D0',
  'FN;CHARSET=WINDOWS-1251:\u00cf\u00e5\u00f2\u00f0',
  'EMAIL;TYPE=INTERNET:not an email',
  'EMAIL:' + 'a'.repeat(5000) + '@x.example',
  'TEL:+7 (902) 123-45-67' + '9'.repeat(300),
  'N:' + ';'.repeat(200),
  'X-LIAISON:{"__proto__":{"polluted":true}}',
  'UID:urn:uuid:00000000-0000-4000-8000-000000000000',
  ' folded continuation',
  '=',
  '"',
  '"unterminated,quote',
  ',,,,,,,,,,,,,,,,,,,,',
  '=cmd|" /C calc"!A0',
  '\u202e\u0645\u0631\u062d\u0628\u0627,\u05e9\u05dc\u05d5\u05dd',
  '\ufeff',
  '\u0000',
  '\r',
];

// Sized to about half a minute on the build machine.
const mutatedRuns = testDepth(4_000, 10_000);
const randomRuns = testDepth(1_000, 2_500);

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'drop-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number };

const position = fc.nat({ max: 4096 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...nasty).map((l) => `\r\n${l}\r\n`), fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat({ max: 60 }), b: fc.nat({ max: 60 }) }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = (n: number) => n % (bytes.length + 1);
  switch (m.kind) {
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[m.at % copy.length] = m.byte;
      return copy;
    }
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at(m.at)), bytes.subarray(at(m.at) + m.length)]);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at(m.at)), Buffer.from(m.text, 'utf8'), bytes.subarray(at(m.at))]);
    case 'truncate':
      return bytes.subarray(0, at(m.at));
    default: {
      const lines = Buffer.from(bytes).toString('latin1').split('\n');
      const i = (n: number) => n % Math.max(lines.length, 1);
      if (m.kind === 'duplicate-line') lines.splice(i(m.line), 0, lines[i(m.line)] ?? '');
      else if (m.kind === 'drop-line') lines.splice(i(m.line), 1);
      else {
        const a = lines[i(m.a)] ?? '';
        lines[i(m.a)] = lines[i(m.b)] ?? '';
        lines[i(m.b)] = a;
      }
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

async function journalSizes(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => n !== 'liaison.lock').sort();
  const sizes = await Promise.all(names.map(async (n) => `${n}:${(await stat(join(dir, n))).size}`));
  return sizes.join(',');
}

interface Tally {
  cases: number;
  refusedFiles: number;
  records: number;
  rejected: number;
  committed: number;
}

/** One file through read -> plan -> commit; throws only on a broken promise. */
async function importOnce(fx: ServiceFixture, name: string, bytes: Uint8Array, tally: Tally): Promise<void> {
  tally.cases += 1;
  // A compaction started by an earlier commit may still be rewriting files: let it finish, so the
  // bytes compared below change only through this import.
  await fx.service.store.whenIdle();
  const seq = fx.service.store.state.seq;
  const disk = await journalSizes(fx.dir);
  let file;
  try {
    file = readContactsFile(bytes, name);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    expect(error.message).toMatch(/[.!?]$/);
    tally.refusedFiles += 1;
    expect(fx.service.store.state.seq).toBe(seq);
    expect(await journalSizes(fx.dir)).toBe(disk);
    return;
  }
  const plan = planImport(fx.service.store.state, file.records, { mode: 'cli', at: new Date(Date.parse('2026-11-28T10:00:00.000Z') + tally.cases * 1000).toISOString(), source: name });
  tally.records += file.records.length;
  tally.rejected += plan.rejected.length;
  // Every record is accounted for, and every rejection says where and why.
  expect(plan.rows).toHaveLength(file.records.length);
  expect(plan.rows.filter((r) => r.action === 'reject')).toHaveLength(plan.rejected.length);
  expect(plan.created + plan.merged + plan.skipped + plan.rejected.length).toBe(file.records.length);
  for (const rejection of plan.rejected) {
    expect(rejection.at).toMatch(/^(line|card) \d+$/);
    expect(rejection.reason.trim().length).toBeGreaterThan(0);
  }
  if (!plan.command) {
    expect(fx.service.store.state.seq).toBe(seq);
    expect(await journalSizes(fx.dir)).toBe(disk);
    return;
  }
  try {
    await fx.service.commit([plan.command]);
    tally.committed += 1;
    expect(fx.service.store.state.seq).toBe(seq + 1);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    expect(fx.service.store.state.seq).toBe(seq);
    expect(await journalSizes(fx.dir)).toBe(disk);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('import fuzzing', () => {
  it('mutated vCard 2.1/3.0/4.0 and CSV fixtures and arbitrary bytes never crash the import, and refusals change nothing', async () => {
    const fx = await openServiceFixture();
    const tally: Tally = { cases: 0, refusedFiles: 0, records: 0, rejected: 0, committed: 0 };
    try {
      // The unmutated corpus first: every fixture imports.
      for (const { name, bytes } of corpus) await importOnce(fx, name, bytes, tally);
      expect(tally.refusedFiles).toBe(0);
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (which, mutations) => {
          const { name, bytes } = corpus[which % corpus.length] ?? { name: 'none.csv', bytes: new Uint8Array() };
          await importOnce(fx, name, mutations.reduce(mutate, bytes), tally);
        }),
        { numRuns: mutatedRuns },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('contacts.vcf', 'contacts.csv', 'contacts.txt'), fc.uint8Array({ maxLength: 2048 }), async (name, bytes) => {
          await importOnce(fx, name, bytes, tally);
        }),
        { numRuns: randomRuns },
      );
      // A store that survived all of that still reloads from disk to the same state.
      const state = JSON.stringify(fx.service.store.state);
      await fx.service.close();
      const { WorkspaceService } = await import('../../../electron/core/workspace/WorkspaceService');
      const reopened = await WorkspaceService.open({ dir: fx.dir, owner: 'app', resourcesDir: fileURLToPath(new URL('../../../resources', import.meta.url)) });
      expect(JSON.stringify(reopened.store.state)).toBe(state);
      await reopened.close();
    } finally {
      await fx.service.close();
    }
    console.log(
      `[import fuzz] ${tally.cases} files (${corpus.length} fixtures, ${mutatedRuns} mutated, ${randomRuns} random bytes): ${tally.refusedFiles} refused as a whole, ${tally.records} records read, ${tally.rejected} rejected with line/card and reason, ${tally.committed} imports committed`,
    );
    // About half a minute alone; the whole suite shares two cores, hence the wide limit.
  }, 300_000);
});
