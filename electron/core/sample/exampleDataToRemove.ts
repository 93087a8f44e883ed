import { references } from '../../shared/references';
import { kinds, type AnyRecord, type Kind } from '../../shared/schemas/collections';

export interface ExampleDataPlan {
  /** The sample's records to delete, by kind: untouched since the sample opened and used by nothing kept. */
  remove: Map<Kind, string[]>;
  /** Sample records kept because the user edited them since (updatedAt moved on). */
  changed: number;
  /** Sample records kept because something kept (the user's own record, or one edited) points at them. */
  linked: number;
}

type Read = <K extends Kind>(kind: K) => Iterable<AnyRecord>;

/**
 * What "Remove example data" takes away. A sample record is the user's once they edit it (its
 * updatedAt is no longer its createdAt) or once anything that stays refers to it (a contact the
 * user logged a call with, the city of a contact they edited...): those stay, with the count of
 * each reason, and every reference of a record kept still resolves after the removal.
 */
export function exampleDataToRemove(read: Read): ExampleDataPlan {
  const examples = new Map<string, AnyRecord>();
  const kindOf = new Map<string, Kind>();
  const kept = new Set<string>();
  let changed = 0;
  for (const kind of kinds) {
    for (const record of read(kind)) {
      if (record.example !== true) continue;
      examples.set(record.id, record);
      kindOf.set(record.id, kind);
      if (record.updatedAt !== record.createdAt) {
        kept.add(record.id);
        changed += 1;
      }
    }
  }
  const stays = (record: AnyRecord) => record.example !== true || kept.has(record.id);
  let linked = 0;
  // Keeping one record can keep the ones it points at (a contact kept keeps its city), so repeat
  // until a pass keeps nothing new; each pass is one scan of the references.
  for (let grew = true; grew; ) {
    grew = false;
    for (const ref of references) {
      for (const record of read(ref.from)) {
        if (!stays(record)) continue;
        const value = (record as unknown as Record<string, unknown>)[ref.field];
        const ids = Array.isArray(value) ? value : [value];
        for (const id of ids) {
          if (typeof id !== 'string' || kept.has(id) || kindOf.get(id) !== ref.to) continue;
          kept.add(id);
          linked += 1;
          grew = true;
        }
      }
    }
  }
  const remove = new Map<Kind, string[]>();
  for (const [id, kind] of kindOf) {
    if (kept.has(id)) continue;
    remove.set(kind, [...(remove.get(kind) ?? []), id]);
  }
  return { remove, changed, linked };
}
