import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedFileError } from '../../../electron/core/store/DamagedFileError';
import { checkMigrationList, migrateToCurrent, migrations, type Migration } from '../../../electron/core/store/migrations';
import { NewerSchemaError } from '../../../electron/core/store/NewerSchemaError';
import { SCHEMA_VERSION, WorkspaceSchema } from '../../../electron/shared/schemas/workspace';

const fixtures = join(import.meta.dirname, '../../fixtures/workspaces');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

describe('the shipped migration list', () => {
  it('is contiguous and ends at the schema version this build writes', () => {
    expect(() => checkMigrationList(migrations, SCHEMA_VERSION)).not.toThrow();
    expect(migrations.at(-1)?.to ?? SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it.each(['v1-minimal.json', 'v1-sample.json'])('brings %s to a valid current workspace', (name) => {
    const { doc, from } = migrateToCurrent(fixture(name));
    expect(from).toBe(1);
    const workspace = WorkspaceSchema.parse(doc);
    expect(workspace.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps the sample fixture’s records, including the conference’s fuzzy date', () => {
    const workspace = WorkspaceSchema.parse(migrateToCurrent(fixture('v1-sample.json')).doc);
    expect(Object.keys(workspace.contacts)).toHaveLength(3);
    expect(Object.values(workspace.cities).map((c) => c.nameLatin)).toEqual(['Volgograd', 'St. Louis']);
    expect(Object.values(workspace.partnerships)).toHaveLength(1);
    expect(Object.values(workspace.conferences)[0]?.date).toEqual({
      earliest: '2019-09-21',
      latest: '2019-10-10',
      precision: 'range',
      uncertain: true,
      label: 'late Sep – early Oct 2019',
    });
  });
});

/** A made-up history: v2 renamed `seq` to `sequence`, v3 moved it back and counted contacts. */
function syntheticList(trace: string[]): Migration[] {
  return [
    {
      from: 1,
      to: 2,
      describe: 'rename seq to sequence',
      migrate: ({ seq, ...rest }) => {
        trace.push('1->2');
        return { ...rest, sequence: seq };
      },
    },
    {
      from: 2,
      to: 3,
      describe: 'rename sequence back to seq and count contacts',
      migrate: ({ sequence, ...rest }) => {
        trace.push('2->3');
        const contacts = (rest['contacts'] ?? {}) as Record<string, unknown>;
        return { ...rest, seq: sequence, contactCount: Object.keys(contacts).length };
      },
    },
  ];
}

describe('migrateToCurrent with a synthetic v1 -> v2 -> v3 list', () => {
  it('applies every step in order and reports where the document started', () => {
    const trace: string[] = [];
    const input = { schemaVersion: 1, seq: 5, contacts: { a: {}, b: {} } };
    const { doc, from } = migrateToCurrent(input, syntheticList(trace), 3);
    expect(trace).toEqual(['1->2', '2->3']);
    expect(from).toBe(1);
    expect(doc).toEqual({ schemaVersion: 3, seq: 5, contacts: { a: {}, b: {} }, contactCount: 2 });
    expect(input).toEqual({ schemaVersion: 1, seq: 5, contacts: { a: {}, b: {} } }); // the caller's copy is untouched
  });

  it('starts from the document’s own version', () => {
    const trace: string[] = [];
    const { doc, from } = migrateToCurrent({ schemaVersion: 2, sequence: 9 }, syntheticList(trace), 3);
    expect(trace).toEqual(['2->3']);
    expect(from).toBe(2);
    expect(doc).toEqual({ schemaVersion: 3, seq: 9, contactCount: 0 });
  });

  it('leaves a current document as it is', () => {
    const trace: string[] = [];
    const input = { schemaVersion: 3, seq: 1 };
    expect(migrateToCurrent(input, syntheticList(trace), 3)).toEqual({ doc: input, from: 3 });
    expect(trace).toEqual([]);
  });

  it.each([
    ['a gap', (l: Migration[]) => [l[0]!, { ...l[1]!, from: 3, to: 4 }], 4],
    ['out of order', (l: Migration[]) => [l[1]!, l[0]!], 3],
    ['a step over two versions', (l: Migration[]) => [{ ...l[0]!, to: 3 }], 3],
    ['a list that stops short of the current version', (l: Migration[]) => l, 4],
  ])('refuses %s before touching any document', (_name, edit, current) => {
    const trace: string[] = [];
    const list = edit(syntheticList(trace));
    expect(() => checkMigrationList(list, current)).toThrow(/[Mm]igration/);
    expect(() => migrateToCurrent({ schemaVersion: 1, seq: 0 }, list, current)).toThrow(/[Mm]igration/);
    expect(trace).toEqual([]);
  });

  it('refuses a newer document and names the version needed', () => {
    const error = (() => {
      try {
        migrateToCurrent({ schemaVersion: 3, seq: 0 }, [], 1);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect((error as Error).message).toBe(
      'This workspace was written by a newer Liaison (schema version 3); this version reads up to schema version 1. Install a newer Liaison to open it.',
    );
  });
});

describe('migrateToCurrent on a document without a usable version', () => {
  it.each([
    [{ seq: 0 }, 'the file has no schema version'],
    [{ schemaVersion: '1', seq: 0 }, 'the file\'s schema version ("1") is not a whole number'],
    [{ schemaVersion: 1.5, seq: 0 }, "the file's schema version (1.5) is not a whole number"],
    [{ schemaVersion: null, seq: 0 }, "the file's schema version (null) is not a whole number"],
    [{ schemaVersion: 0, seq: 0 }, "the file's schema version (0) is older than any Liaison wrote"],
    [[1, 2], 'the file does not hold a workspace object'],
  ])('refuses %j as damaged', (doc, reason) => {
    try {
      migrateToCurrent(doc);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DamagedFileError);
      expect(error).toMatchObject({ path: null, reason });
    }
  });
});
