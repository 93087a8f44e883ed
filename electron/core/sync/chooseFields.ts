import { phrase } from '../../shared/i18n/Phrase';
import type { RecordRevision } from './SyncReplica';
import { canonicalJson } from './canonicalJson';
import { SyncError } from './SyncError';

/** Which side each field keeps: the revision whose value it takes. Fields not named keep `keep`'s value. */
export type FieldChoices = Readonly<Record<string, string>>;

/** Fields the sides never disagree on in a way a user chooses: the record's identity and bookkeeping. */
const FIXED = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * The record a field-by-field choice makes: `keep`'s fields, then each chosen field from the
 * revision named for it (a field one side lacks is left out when that side is chosen). Null when
 * `keep` or a named revision is not one of the sides; a SyncError when a chosen side deleted the record.
 */
export function chooseFields(sides: readonly RecordRevision[], keep: string, fields: FieldChoices = {}): Record<string, unknown> | null {
  const side = (rev: string) => sides.find((s) => s.rev === rev);
  const base = side(keep);
  if (!base) return null;
  const record = recordOf(base);
  for (const [field, rev] of Object.entries(fields)) {
    const from = side(rev);
    if (!from) return null;
    if (FIXED.has(field)) continue;
    const body = recordOf(from);
    if (Object.hasOwn(body, field)) record[field] = body[field];
    else delete record[field];
  }
  return record;
}

function recordOf(side: RecordRevision): Record<string, unknown> {
  if (!side.record) throw new SyncError('failed', phrase('sync.resolve.deletedSide'));
  return { ...side.record };
}

/** The fields whose values differ between the sides (compared as canonical JSON, so key order does not count), in the winner's order, then any the others add. */
export function differingFields(sides: readonly RecordRevision[]): string[] {
  const names: string[] = [];
  for (const side of sides) for (const field of Object.keys(side.record ?? {})) if (!names.includes(field)) names.push(field);
  const text = (value: unknown) => canonicalJson(value ?? null);
  return names.filter((field) => !FIXED.has(field) && new Set(sides.map((side) => text(side.record?.[field]))).size > 1);
}
