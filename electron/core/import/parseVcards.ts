import type { MessageKey } from '../../shared/i18n/en';
import { englishText, phrase, type Phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { emptyPortableContact, type PortableContact } from '../export/PortableContact';
import { labelForTypes, labelFromAppleLabel } from '../export/vcardLabels';
import { splitVcardValue, unescapeVcardText } from '../export/vcardText';
import { X_LIAISON, X_PHONETIC } from '../export/writeVcard';
import { decodeQuotedPrintable } from './decodeQuotedPrintable';
import { encodingName } from '../../shared/import/textEncodings';
import { decodeText } from './decodeText';
import { detectCodePage, detectUtf16 } from './detectEncoding';
import type { ImportedRecord } from './ImportedRecord';
import { parseGender } from './parseGender';
import { splitFullName } from './splitFullName';
import { splitVcards, type VcardLine } from './vcardLines';

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
  /** The encoding the file was read in, as users know it ("UTF-8", "Windows-1251": the guess for values that are not UTF-8). */
  encoding: string;
  /** The same as a TextDecoder label. */
  label: string;
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
  const ignored = new Map<string, number>();
  const notePhrases: Phrase[] = [];
  const records = cards.map((card, i) => {
    const properties = card.lines.map((line, j) => toProperty(line, valueBytes[i]?.[j] ?? new Uint8Array(), utf16 ? 'utf-8' : chosen, fallback, fallbacks));
    if (!card.ended) notePhrases.push(phrase('importLines.cardNotEnded', { at: `card ${i + 1}` }));
    return toRecord(properties, `card ${i + 1}`, ignored);
  });
  if (fallbacks.size > 0) notePhrases.push(phrase('importFile.cardsFallback', { encodings: joined([...fallbacks], 'importFile.both') }));
  if (ignored.size > 0) {
    const parts = [...ignored].map(([name, count]) => {
      const subtitle = SUBTITLES[name];
      return phrase('importFile.ignoredPart', { what: subtitle ? phrase(subtitle) : name, count, n: String(count) });
    });
    notePhrases.push(phrase('importFile.noPlace', { parts: joined(parts, 'importFile.list') }));
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
