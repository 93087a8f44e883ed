import { SCHEMA_VERSION } from '../../shared/schemas/workspace';
import { phrase } from '../../shared/i18n/Phrase';
import { DamagedFileError } from './DamagedFileError';
import { NewerSchemaError } from './NewerSchemaError';

/** One step from schema version `from` to `from + 1`. */
export interface Migration {
  from: number;
  to: number;
  /** Shown in logs and `doctor`: what the step changes, in a sentence. */
  describe: string;
  /** Gets its own copy of the document; need not set `schemaVersion` (the runner does). */
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every step ever shipped, oldest first. Empty because schema version 1 is the first: until the
 * first release, features add optional fields to v1 instead. The first breaking change appends
 * `{ from: 1, to: 2, ... }` here and raises SCHEMA_VERSION; steps are never edited or removed.
 */
export const migrations: Migration[] = [];

/**
 * Throws unless the steps run one version at a time, in order, ending at `current`. Checked
 * before any document is touched, so a mis-merged list stops every open instead of half-migrating
 * one file (as Actual Budget stops on an out-of-order migration).
 */
export function checkMigrationList(list: readonly Migration[], current: number = SCHEMA_VERSION): void {
  list.forEach((step, index) => {
    const previous = list[index - 1];
    if (!Number.isInteger(step.from) || step.to !== step.from + 1) {
      throw new Error(`Migration ${index} (${step.from} -> ${step.to}) must go up exactly one schema version.`);
    }
    if (previous && step.from !== previous.to) {
      throw new Error(`Migrations are out of order or have a gap: ${previous.from} -> ${previous.to} is followed by ${step.from} -> ${step.to}.`);
    }
  });
  const last = list.at(-1);
  if (last && last.to !== current) {
    throw new Error(`Migrations end at schema version ${last.to}, but this build writes schema version ${current}.`);
  }
}

/**
 * Brings a parsed document up to `current`. `from` is the version the document had. Refuses a
 * missing or malformed version (DamagedFileError without a path) and a newer one (NewerSchemaError).
 */
export function migrateToCurrent(
  doc: unknown,
  list: readonly Migration[] = migrations,
  current: number = SCHEMA_VERSION,
): { doc: unknown; from: number } {
  checkMigrationList(list, current);
  if (!isRecord(doc)) throw new DamagedFileError(null, phrase('damaged.notObject'));
  const version = doc['schemaVersion'];
  if (version === undefined) throw new DamagedFileError(null, phrase('damaged.noVersion'));
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new DamagedFileError(null, phrase('damaged.versionNotWhole', { version: JSON.stringify(version) }));
  }
  if (version > current) throw new NewerSchemaError(version, current);
  const oldest = list[0]?.from ?? current;
  if (version < oldest) {
    throw new DamagedFileError(null, phrase('damaged.versionTooOld', { version: String(version) }));
  }
  let migrated = doc;
  for (const step of list) {
    if (step.from < version) continue;
    // structuredClone: a step that throws half-way must not leave the caller's document half-changed.
    migrated = { ...step.migrate(structuredClone(migrated)), schemaVersion: step.to };
  }
  return { doc: migrated, from: version };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
