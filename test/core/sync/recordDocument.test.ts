import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { bodyToRecord, documentBody, documentId, filesNamedBy, parseDocumentId, recordToBody } from '../../../electron/core/sync/recordDocument';
import { collectionSchemas, kinds } from '../../../electron/shared/schemas/collections';
import { oneRecordOfEachKind } from './recordSamples';

/** The top-level names CouchDB reserves (`_id`, `_rev`, …), which a body must not carry. */
function topLevelUnderscored(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => key.startsWith('_'));
}

describe('record <-> document mapping', () => {
  it('round-trips a record of every kind through a document as a server stores it (JSON), with the receiving store’s own rev', () => {
    const samples = oneRecordOfEachKind(7);
    expect(samples.map(({ kind }) => kind)).toEqual(kinds);
    for (const { kind, record } of samples) {
      const id = String(record.id);
      const doc = { _id: documentId(kind, id), _rev: '3-abc', ...recordToBody(record) };
      const overTheWire = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
      const back = collectionSchemas[kind].parse(bodyToRecord(documentBody(overTheWire), id, 42));
      expect(back, kind).toEqual({ ...record, rev: 42 });
      expect(parseDocumentId(overTheWire._id as string)).toEqual({ kind, id });
    }
  });

  it('leaves out the local rev and never produces a field CouchDB reserves', () => {
    for (const { kind, record } of oneRecordOfEachKind()) {
      const body = recordToBody(record);
      expect(body, kind).not.toHaveProperty('rev');
      expect(topLevelUnderscored(body), kind).toEqual([]);
      expect(body.id, kind).toBe(record.id);
    }
  });

  it('no record schema defines a field that starts with "_"', () => {
    for (const kind of kinds) {
      const shape = (collectionSchemas[kind] as z.ZodObject).shape;
      expect(Object.keys(shape).filter((key) => key.startsWith('_')), kind).toEqual([]);
    }
  });

  it('refuses a record field CouchDB would reserve rather than send it', () => {
    expect(() => recordToBody({ id: 'x', _secret: 1 })).toThrow(/_secret/);
  });

  it('keeps CouchDB’s own fields out of a record', () => {
    expect(documentBody({ _id: 'contacts:1', _rev: '2-a', _conflicts: ['2-b'], _revisions: { start: 2, ids: [] }, given: 'Anna' })).toEqual({ given: 'Anna' });
  });

  it('recognises only documents that stand for a record', () => {
    const id = crypto.randomUUID();
    expect(parseDocumentId(`contacts:${id}`)).toEqual({ kind: 'contacts', id });
    expect(parseDocumentId(`programItems:${id}`)).toEqual({ kind: 'programItems', id });
    for (const other of ['_design/liaison', `settings:${id}`, `history:${id}`, 'contacts:not-an-id', `:${id}`, 'contacts', `toString:${id}`]) {
      expect(parseDocumentId(other), other).toBeNull();
    }
  });

  it('names the files a record points at, which do not travel with it', () => {
    const samples = oneRecordOfEachKind();
    const contact = samples.find(({ kind }) => kind === 'contacts')?.record ?? {};
    const candidacy = samples.find(({ kind }) => kind === 'candidacies')?.record ?? {};
    expect(filesNamedBy('contacts', contact)).toEqual([`photos/${String(contact.photo)}`]);
    expect(filesNamedBy('candidacies', candidacy)).toEqual([`attachments/${String(candidacy.id)}/offer-letter.pdf`]);
    expect(filesNamedBy('contacts', { ...contact, photo: null })).toEqual([]);
    expect(filesNamedBy('cities', samples.find(({ kind }) => kind === 'cities')?.record ?? {})).toEqual([]);
  });
});
