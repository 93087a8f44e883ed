import { isKind, type AnyRecord, type Kind } from '../../shared/schemas/collections';
import { IdSchema } from '../../shared/schemas/common';

/**
 * One workspace record <-> one CouchDB document, `_id` = `<kind>:<id>` (`contacts:6f1c…`).
 *
 * What replicates: every field of the record except `rev`, which is this machine's store
 * sequence number (undo compares it) and means nothing on another machine; the receiving store
 * stamps its own. What never replicates: Settings (window, theme, language, zones: one machine's
 * preferences), History (undo is local), and the files records name (photos, attachments; see
 * filesNamedBy). A deleted record is a deleted document (a CouchDB tombstone), never a missing one.
 */
export const DOCUMENT_ID_SEPARATOR = ':';

/** The fields of a document that are ours: the record without `rev`, and no `_`-prefixed field. */
export type DocumentBody = Record<string, unknown>;

/** Fields that belong to one machine and are left out of the document. */
const LOCAL_FIELDS = new Set(['rev']);

export function documentId(kind: Kind, id: string): string {
  return `${kind}${DOCUMENT_ID_SEPARATOR}${id}`;
}

/** The record a document stands for; null for any other document (a design document, a kind this build does not know, a bad id). */
export function parseDocumentId(docId: string): { kind: Kind; id: string } | null {
  const at = docId.indexOf(DOCUMENT_ID_SEPARATOR);
  if (at <= 0) return null;
  const kind = docId.slice(0, at);
  const id = docId.slice(at + 1);
  if (!isKind(kind) || !IdSchema.safeParse(id).success) return null;
  return { kind, id };
}

/**
 * The document body of a record. CouchDB reserves top-level names starting with `_`; a record
 * never has one (the schemas define none, and a test walks them), so meeting one is a bug, said
 * loudly rather than sent to a server that would refuse the whole batch.
 */
export function recordToBody(record: AnyRecord | Record<string, unknown>): DocumentBody {
  const body: DocumentBody = {};
  for (const [field, value] of Object.entries(record)) {
    if (field.startsWith('_')) throw new Error(`A record field may not start with "_" (CouchDB reserves those): ${field}`);
    if (LOCAL_FIELDS.has(field) || value === undefined) continue;
    body[field] = value;
  }
  return body;
}

/** The fields of a document that are ours, without `_id`, `_rev` and CouchDB's other `_` fields. */
export function documentBody(doc: Record<string, unknown>): DocumentBody {
  const body: DocumentBody = {};
  for (const [field, value] of Object.entries(doc)) if (!field.startsWith('_')) body[field] = value;
  return body;
}

/** A record from a document body, stamped with this store's `rev`; the store's schema still checks it when applied. */
export function bodyToRecord(body: DocumentBody, id: string, localRev: number): Record<string, unknown> {
  return { ...body, id, rev: localRev };
}

/**
 * Files a record names that live beside the workspace, not in it: they do not travel with the
 * document, so the sync names them as not synced rather than let them go silently missing.
 */
export function filesNamedBy(kind: Kind, record: Record<string, unknown>): string[] {
  if (kind === 'contacts' && typeof record.photo === 'string') return [`photos/${record.photo}`];
  if (kind === 'candidacies' && Array.isArray(record.attachments)) {
    return record.attachments.flatMap((item: unknown) => {
      const storedAs = item && typeof item === 'object' && 'storedAs' in item ? item.storedAs : null;
      return typeof storedAs === 'string' ? [`attachments/${String(record.id)}/${storedAs}`] : [];
    });
  }
  return [];
}
