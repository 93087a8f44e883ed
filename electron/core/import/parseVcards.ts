import { placePhrase, importPlace } from '../../shared/import/importPlace';
import { englishText, phrase, type Phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { decodeQuotedPrintable } from './decodeQuotedPrintable';
import { encodingName } from '../../shared/import/textEncodings';
import { decodeText } from './decodeText';
import { detectCodePage, detectUtf16 } from './detectEncoding';
import type { ImportedRecord } from './ImportedRecord';
import { vcardCardToRecord } from './vcardCardToRecord';
import { splitVcards, type VcardLine } from './vcardLines';

export interface Property {
  group: string;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

export interface ParsedVcards {
  records: ImportedRecord[];
  /** Sentences about the file as a whole: an encoding guessed, properties not imported. */
  notes: string[];
  /** `notes` in no language yet, one phrase per note, for the UI. */
  notePhrases: Phrase[];
  /** The encoding the file was read in, as users know it ("UTF-8", "Windows-1251": the guess for values that are not UTF-8). */
  encoding: string;
  /** The same as a TextDecoder label. */
  label: string;
}

/**
 * Every card in a vCard file: 2.1 (bare TYPE params, QUOTED-PRINTABLE with soft line breaks,
 * CHARSET=...), 3.0 and 4.0 (ALTID/LANGUAGE alternatives of N). Lines and cards are found by
 * vcardLines.ts; Apple's grouped labels (item1.TEL + item1.X-ABLabel) label their property;
 * CATEGORIES become tags. Bytes are decoded per value, so one file may mix UTF-8 and a
 * CHARSET=windows-1251 card; values with no CHARSET that are not UTF-8 are read in the one code
 * page the statistics of all of them point to, or in `chosen` when the user picked one.
 */
export function parseVcards(bytes: Uint8Array, chosen?: string): ParsedVcards {
  const utf16Label = chosen?.startsWith('utf-16') ? chosen : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : detectUtf16(bytes);
  // UTF-16 is turned to UTF-8 first: the line and card syntax below works on one byte per char.
  const utf16 = utf16Label ? decodeText(bytes, utf16Label) : null;
  const cards = splitVcards(toBinaryString(utf16 ? new TextEncoder().encode(utf16.text) : bytes));
  const valueBytes = cards.map((card) => card.lines.map(bytesOf));
  const fallback = utf16 || chosen ? null : codePageOf(cards, valueBytes);
  const fallbacks = new Set<string>();
  const bookkeeping = new Map<string, number>();
  const notePhrases: Phrase[] = [];
  const records = cards.map((card, i) => {
    const properties = card.lines.map((line, j) => toProperty(line, valueBytes[i]?.[j] ?? new Uint8Array(), utf16 ? 'utf-8' : chosen, fallback, fallbacks));
    if (!card.ended) notePhrases.push(phrase('importLines.cardNotEnded', { at: placePhrase(importPlace('card', i + 1)) }));
    return vcardCardToRecord(properties, importPlace('card', i + 1), bookkeeping);
  });
  if (fallbacks.size > 0) notePhrases.push(phrase('importFile.cardsFallback', { encodings: joined([...fallbacks], 'importFile.both') }));
  if (bookkeeping.size > 0) {
    const parts = [...bookkeeping].map(([name, count]) => phrase('importFile.ignoredPart', { what: name, count, n: String(count) }));
    notePhrases.push(phrase('importFile.bookkeeping', { parts: joined(parts, 'importFile.list') }));
  }
  const label = utf16Label ?? chosen ?? fallback ?? 'utf-8';
  return { records, notes: notePhrases.map(englishText), notePhrases, encoding: encodingName(label), label };
}

/** Items as one phrase param, "a, b, c" or "a and b": each item joined to the rest, so every separator is translated. */
function joined(items: PhraseParam[], by: 'importFile.both' | 'importFile.list'): PhraseParam {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : phrase(by, { first, [by === 'importFile.both' ? 'second' : 'rest']: joined(rest, by) });
}

/** Bytes as a string of the same length, one char per byte (a UTF-8 BOM dropped). */
function toBinaryString(bytes: Uint8Array): string {
  const data = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let out = '';
  const step = 8192;
  for (let i = 0; i < data.length; i += step) out += String.fromCharCode(...data.subarray(i, i + step));
  return out;
}

/** A value's bytes: quoted-printable decoded; base64 (photos, logos) is not read as text. */
function bytesOf(line: VcardLine): Uint8Array {
  const encoding = line.params.get('ENCODING')?.[0] ?? '';
  if (encoding === 'BASE64' || encoding === 'B') return new Uint8Array();
  return encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(line.raw) : binaryToBytes(line.raw);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array) => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const charsetOf = (line: VcardLine) => (line.params.get('CHARSET')?.[0] ?? '').trim().toLowerCase();

/** The code page of the values that name no other and are not UTF-8, judged over all of them at once (one name is too little to go by). */
function codePageOf(cards: { lines: VcardLine[] }[], valueBytes: Uint8Array[][]): string | null {
  const unsure: number[] = [];
  cards.forEach((card, i) =>
    card.lines.forEach((line, j) => {
      const value = valueBytes[i]?.[j];
      const charset = charsetOf(line);
      if (value && (charset === '' || charset === 'utf-8' || charset === 'utf8') && !isUtf8(value)) unsure.push(...value, 0x0a);
    }),
  );
  return unsure.length > 0 ? detectCodePage(Uint8Array.from(unsure)) : null;
}

function toProperty(line: VcardLine, bytes: Uint8Array, chosen: string | undefined, fallback: string | null, fallbacks: Set<string>): Property {
  const { group, name, params } = line;
  // Binary values (a PHOTO) stay base64 text; only photoFromCard reads them.
  if (/^(?:BASE64|B)$/.test(params.get('ENCODING')?.[0] ?? '')) return { group, name, params, value: line.raw.trim() };
  const label = charsetOf(line);
  if (label !== '' && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { group, name, params, value: new TextDecoder(label).decode(bytes) };
    } catch {
      // An unknown CHARSET label: read the bytes as if none were given.
    }
  }
  if (chosen) return { group, name, params, value: new TextDecoder(chosen).decode(bytes) };
  if (fallback === null || isUtf8(bytes)) return { group, name, params, value: new TextDecoder().decode(bytes) };
  fallbacks.add(encodingName(fallback));
  return { group, name, params, value: new TextDecoder(fallback).decode(bytes) };
}

function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
