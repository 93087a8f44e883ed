import type { MessageKey } from '../../shared/i18n/en';
import { englishText, phrase, type Phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { emptyPortableContact, type PortableContact } from '../export/PortableContact';
import { labelForTypes, labelFromAppleLabel } from '../export/vcardLabels';
import { splitVcardValue, unescapeVcardText } from '../export/vcardText';
import { X_LIAISON, X_PHONETIC } from '../export/writeVcard';
import { decodeQuotedPrintable } from './decodeQuotedPrintable';
import { decodeText } from './decodeText';
import type { ImportedRecord } from './ImportedRecord';
import { parseGender } from './parseGender';
import { splitFullName } from './splitFullName';

interface Property {
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

// What people notice is missing; bookkeeping (PRODID, REV, X-ABUID, ...) is not worth a sentence.
const WORTH_SAYING = new Set(['URL', 'BDAY', 'ANNIVERSARY', 'NICKNAME', 'PHOTO', 'IMPP', 'ROLE', 'RELATED', 'X-SOCIALPROFILE', 'GEO', 'TZ', 'LOGO', 'X-ABDATE', 'X-ABRELATEDNAMES']);
const SUBTITLES: Readonly<Record<string, MessageKey>> = {
  URL: 'importFile.ignored.URL',
  BDAY: 'importFile.ignored.BDAY',
  ANNIVERSARY: 'importFile.ignored.ANNIVERSARY',
  NICKNAME: 'importFile.ignored.NICKNAME',
  PHOTO: 'importFile.ignored.PHOTO',
  IMPP: 'importFile.ignored.IMPP',
  ROLE: 'importFile.ignored.ROLE',
  RELATED: 'importFile.ignored.RELATED',
  'X-SOCIALPROFILE': 'importFile.ignored.X-SOCIALPROFILE',
  GEO: 'importFile.ignored.GEO',
  TZ: 'importFile.ignored.TZ',
  LOGO: 'importFile.ignored.LOGO',
  'X-ABDATE': 'importFile.ignored.X-ABDATE',
  'X-ABRELATEDNAMES': 'importFile.ignored.X-ABRELATEDNAMES',
};

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
  const records = cards.map((properties, i) => toRecord(properties, `card ${i + 1}`, ignored));
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
  if (encoding === 'BASE64' || encoding === 'B') return { group, name, params, value: '' };
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

function types(property: Property): string[] {
  return (property.params.get('TYPE') ?? []).flatMap((t) => t.split(',')).map((t) => t.trim().toLowerCase());
}

/** TYPE=pref (2.1, 3.0) or PREF=1 (4.0, where 2 and up only rank the others). */
function isPreferred(property: Property): boolean {
  return property.params.get('PREF')?.[0] === '1' || types(property).includes('pref');
}

function labelOf(property: Property, appleLabels: Map<string, string>): string {
  const apple = property.group ? appleLabels.get(property.group) : undefined;
  return apple ?? labelForTypes(types(property));
}

/** The Latin alternative of N or FN in 4.0: LANGUAGE=ru-Latn, en-Latn, und-Latn. */
function isLatinAlternative(property: Property): boolean {
  return property.params.has('ALTID') && /-latn\b/i.test(property.params.get('LANGUAGE')?.[0] ?? '');
}

function toRecord(properties: Property[], at: string, ignored: Map<string, number>): ImportedRecord {
  const c: PortableContact = emptyPortableContact();
  const problems: Phrase[] = [];
  const appleLabels = new Map<string, string>();
  for (const p of properties) {
    if (p.name === 'X-ABLABEL' && p.group) appleLabels.set(p.group, labelFromAppleLabel(unescapeVcardText(p.value).trim()));
  }
  let named = false;
  let fullName = '';
  const noteTexts: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const p of properties) {
    const text = () => unescapeVcardText(p.value).trim();
    switch (p.name) {
      case 'N': {
        const [family = '', given = '', additional = ''] = splitVcardValue(p.value, ';').map((part) => part.trim());
        if (isLatinAlternative(p)) {
          c.familyLatin = family;
          c.givenLatin = given;
          c.patronymicLatin = additional;
        } else if (!named) {
          c.family = family;
          c.given = given;
          c.patronymic = additional;
          named = family !== '' || given !== '' || additional !== '';
        }
        break;
      }
      case 'FN':
        if (!isLatinAlternative(p) && fullName === '') fullName = text();
        break;
      case X_PHONETIC.family:
        c.familyLatin = text();
        break;
      case X_PHONETIC.given:
        c.givenLatin = text();
        break;
      case X_PHONETIC.patronymic:
        c.patronymicLatin = text();
        break;
      case 'GENDER':
      case 'X-GENDER':
        c.gender = parseGender(splitVcardValue(p.value, ';')[0] ?? '');
        break;
      case X_LIAISON.salutationRu:
        c.salutationRu = text();
        break;
      case X_LIAISON.salutationEn:
        c.salutationEn = text();
        break;
      case 'ORG': {
        const [org = '', ...units] = splitVcardValue(p.value, ';').map((part) => part.trim());
        if (c.organization === '') c.organization = org;
        const department = units.filter(Boolean).join(', ');
        if (department) notes.push(`Department: ${department}`);
        break;
      }
      case 'TITLE':
        c.title = c.title ? `${c.title}; ${text()}` : text();
        break;
      case 'EMAIL':
        c.emails.push({ label: labelOf(p, appleLabels), value: text().replace(/^mailto:/i, ''), preferred: isPreferred(p) });
        break;
      case 'TEL':
        c.phones.push({ label: labelOf(p, appleLabels), value: telValue(text()), preferred: isPreferred(p) });
        break;
      case 'ADR': {
        const [box = '', extended = '', street = '', city = '', region = '', postcode = '', country = ''] = splitVcardValue(p.value, ';').map((part) => part.trim());
        c.addresses.push({
          label: labelOf(p, appleLabels),
          street: [box, extended, street].filter(Boolean).join('\n'),
          city,
          region,
          postcode,
          country,
          preferred: isPreferred(p),
        });
        break;
      }
      case 'CATEGORIES':
        c.tags.push(...splitVcardValue(p.value, ',').map((tag) => tag.trim()).filter(Boolean));
        break;
      case 'NOTE':
        if (p.value !== '') noteTexts.push(unescapeVcardText(p.value));
        break;
      case 'LANG':
      case X_LIAISON.language:
        if (text()) c.languages.push(text());
        break;
      case 'UID':
        c.uid = text();
        break;
      case X_LIAISON.city:
        if (text()) c.cities.push(text());
        break;
      case X_LIAISON.partnership:
        if (text()) c.partnerships.push(text());
        break;
      case X_LIAISON.followUpDays: {
        const days = Number.parseInt(text(), 10);
        if (Number.isInteger(days)) c.followUpDays = days;
        else problems.push(phrase('importReject.followUpNotNumber', { value: text() }));
        break;
      }
      default:
        if (WORTH_SAYING.has(p.name) && !seen.has(p.name)) {
          seen.add(p.name);
          ignored.set(p.name, (ignored.get(p.name) ?? 0) + 1);
        }
    }
  }
  if (!named && fullName) Object.assign(c, splitFullName(fullName));
  c.notes = [...noteTexts, ...notes].join('\n');
  return { at, contact: c, problems };
}

/** A tel: URI (4.0 with VALUE=uri) as the number people type: "tel:+1-555-0100;ext=12" is "+1-555-0100 ext. 12". */
function telValue(value: string): string {
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...params] = value.slice(4).split(';');
  const ext = params.find((p) => p.toLowerCase().startsWith('ext='));
  return ext ? `${number} ext. ${ext.slice(4)}` : number;
}
