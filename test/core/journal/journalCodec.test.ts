import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeJournalLine } from '../../../electron/core/journal/journalCodec';
import type { JournalEntry } from '../../../electron/core/journal/JournalEntry';

const entry = (seq: number, family: string): JournalEntry => ({
  seq,
  records: [{ kind: 'contacts', id: crypto.randomUUID(), record: { family, given: 'Ёлкина', notes: 'line\nbreak "quoted"' } }],
});

const three = () => Buffer.concat([entry(1, 'Иванова'), entry(2, 'Smith'), entry(3, 'Цветкова')].map(encodeJournalLine));

describe('journal lines', () => {
  it('round-trip with their sequence, byte length and CRC, Cyrillic and newlines included', () => {
    const bytes = three();
    expect(bytes.toString('utf8').split('\n')).toHaveLength(4);
    const decoded = decodeJournal(bytes);
    expect(decoded.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(decoded.entries[0]?.records[0]?.record).toMatchObject({ family: 'Иванова', notes: 'line\nbreak "quoted"' });
    expect(decoded).toMatchObject({ goodBytes: bytes.length, tornTail: false, damagedAt: null });
  });

  it('treats a last line cut at any byte as torn: the lines before it survive', () => {
    const bytes = three();
    const lastStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
    for (let cut = lastStart + 1; cut < bytes.length; cut++) {
      const decoded = decodeJournal(bytes.subarray(0, cut));
      expect(decoded.entries.map((e) => e.seq)).toEqual([1, 2]);
      expect(decoded.tornTail).toBe(true);
      expect(decoded.damagedAt).toBeNull();
      expect(decoded.goodBytes).toBe(lastStart);
    }
  });

  it('treats a damaged line followed by good ones as damage, never as torn', () => {
    const bytes = Buffer.from(three());
    const secondStart = bytes.indexOf(0x0a) + 1;
    bytes[secondStart + 30] = (bytes[secondStart + 30] ?? 0) ^ 0x01;
    const decoded = decodeJournal(bytes);
    expect(decoded.entries.map((e) => e.seq)).toEqual([1]);
    expect(decoded.damagedAt).toBe(secondStart);
  });

  it('refuses NUL-filled tails (a crash that extended the file without data) as torn', () => {
    const bytes = Buffer.concat([three(), Buffer.alloc(512)]);
    const decoded = decodeJournal(bytes);
    expect(decoded.entries).toHaveLength(3);
    expect(decoded.tornTail).toBe(true);
  });
});
