import { englishText, phrase, type Phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { decodeQuotedPrintable } from './decodeQuotedPrintable';
import { decodeText } from './decodeText';
import type { ImportedRecord } from './ImportedRecord';
import { SUBTITLES, vcardCardToRecord } from './vcardCardToRecord';

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
}

/**
 * Every card in a vCard file: 2.1 (bare TYPE params, QUOTED-PRINTABLE with soft line breaks,
 * CHARSET=...), 3.0 and 4.0 (ALTID/LANGUAGE alternatives of N). Lines are unfolded; Apple's
 * grouped labels (item1.TEL + item1.X-ABLabel) label their property; CATEGORIES become tags.
 * Bytes are decoded per value, so one file may mix UTF-8 and a CHARSET=windows-1251 card.
 */
export function parseVcards(bytes: Uint8Array): ParsedVcards {
  const fallbacks = new Set<string>();
  const binary = toBinaryString(bytes);
  const lines = logicalLines(binary);
  const cards: Property[][] = [];
  let current: Property[] | null = null;
  let depth = 0;
  for (const line of lines) {
    const property = parseLine(line, fallbacks);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      depth++;
      if (depth === 1) current = [];
      continue;
    }
    if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && current) {
        cards.push(current);
        current = null;
      }
      continue;
    }
    // An AGENT card nested inside another is not a contact of the file.
    if (current && depth === 1) current.push(property);
  }
  const ignored = new Map<string, number>();
  const records = cards.map((properties, i) => vcardCardToRecord(properties, `card ${i + 1}`, ignored));
  const notePhrases: Phrase[] = [];
  if (fallbacks.size > 0) notePhrases.push(phrase('importFile.cardsFallback', { encodings: joined([...fallbacks], 'importFile.both') }));
  if (ignored.size > 0) {
    const parts = [...ignored].map(([name, count]) => {
      const subtitle = SUBTITLES[name];
      return phrase('importFile.ignoredPart', { what: subtitle ? phrase(subtitle) : name, count, n: String(count) });
    });
    notePhrases.push(phrase('importFile.noPlace', { parts: joined(parts, 'importFile.list') }));
  }
  return { records, notes: notePhrases.map(englishText), notePhrases };
}

/** Items as one phrase param, "a, b, c" or "a and b": each item joined to the rest, so every separator is translated. */
function joined(items: PhraseParam[], by: 'importFile.both' | 'importFile.list'): PhraseParam {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : phrase(by, { first, [by === 'importFile.both' ? 'second' : 'rest']: joined(rest, by) });
}

/** Bytes as a string of the same length, one char per byte; UTF-16 files are turned to UTF-8 first. */
function toBinaryString(bytes: Uint8Array): string {
  let data = bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) data = new TextEncoder().encode(decodeText(bytes).text);
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) data = bytes.subarray(3);
  let out = '';
  const step = 8192;
  for (let i = 0; i < data.length; i += step) out += String.fromCharCode(...data.subarray(i, i + step));
  return out;
}

/** Unfolds continuation lines (a leading space or tab) and joins 2.1 quoted-printable soft breaks. */
function logicalLines(text: string): string[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of physical) {
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      out[last] = previous + line.slice(1);
    } else if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith('=')) {
      out[last] = previous.slice(0, -1) + line;
    } else if (line.length > 0) out.push(line);
  }
  return out;
}

function isQuotedPrintable(line: string): boolean {
  const colon = valueStart(line);
  return colon > 0 && /;\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:[;:]|$)/i.test(`${line.slice(0, colon)};`);
}

/** Index of the ":" that starts the value: the first one outside a quoted parameter value. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function parseLine(line: string, fallbacks: Set<string>): Property | null {
  const colon = valueStart(line);
  if (colon <= 0) return null;
  const head = line.slice(0, colon);
  const raw = line.slice(colon + 1);
  const parts = splitParams(head);
  const fullName = parts.shift() ?? '';
  const dot = fullName.lastIndexOf('.');
  const group = dot >= 0 ? fullName.slice(0, dot).toLowerCase() : '';
  const name = (dot >= 0 ? fullName.slice(dot + 1) : fullName).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    // vCard 2.1 writes bare parameters: TEL;WORK;VOICE, EMAIL;INTERNET, N;QUOTED-PRINTABLE.
    let key = eq >= 0 ? part.slice(0, eq).trim().toUpperCase() : 'TYPE';
    let values = eq >= 0 ? splitParamValues(part.slice(eq + 1)) : [part.trim()];
    if (key === 'TYPE' && values.length === 1 && /^(?:QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(values[0] ?? '')) key = 'ENCODING';
    if (key === 'ENCODING') values = values.map((v) => v.toUpperCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  const encoding = params.get('ENCODING')?.[0] ?? '';
  // Binary values (a PHOTO) stay base64 text; only photoFromCard reads them.
  if (encoding === 'BASE64' || encoding === 'B') return { group, name, params, value: raw };
  const valueBytes = encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(raw) : binaryToBytes(raw);
  return { group, name, params, value: decodeValue(valueBytes, params.get('CHARSET')?.[0], fallbacks) };
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((part, i) => i === 0 || part.trim().length > 0);
}

function splitParamValues(value: string): string[] {
  const out: string[] = [];
  for (const match of value.matchAll(/"([^"]*)"|([^,]+)/g)) {
    const text = match[1] ?? match[2] ?? '';
    out.push(...(match[1] !== undefined ? text.split(',') : [text]).map((v) => v.trim()).filter((v) => v.length > 0));
  }
  return out;
}

function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function decodeValue(bytes: Uint8Array, charset: string | undefined, fallbacks: Set<string>): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  if (label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown CHARSET label: read the bytes as if none were given.
    }
  }
  const decoded = decodeText(bytes);
  if (decoded.note) fallbacks.add(decoded.encoding);
  return decoded.text;
}
