import { analyse } from 'chardet';
import type { TextEncodingLabel } from '../../shared/import/textEncodings';

/*
 * Why chardet: it is ICU's charset detector (the one mail programs and databases use) ported to
 * TypeScript, with no dependencies and no native code. It judges an 8-bit code page by the
 * frequencies of letter trigrams in each language, so Russian in Windows-1251 and in KOI8-R,
 * Spanish in Windows-1252, Polish in Windows-1250 and Greek in Windows-1253 are told apart on a
 * few contact names, where counting "bytes above 0xC0" took every accented Latin letter for
 * Cyrillic. Weighed against jschardet (Mozilla's detector): on the same short contact lists
 * jschardet read Spanish and German Windows-1252 as Windows-1250, which is the very bug this
 * replaces. Neither finds UTF-16 without a BOM reliably, so that check is ours (below).
 */

// chardet's names, as TextDecoder labels; ICU says ISO-8859-1 for text that is also valid
// Windows-1252, and WHATWG decoders read ISO-8859-1 as Windows-1252 anyway.
const FROM_CHARDET: Readonly<Record<string, TextEncodingLabel>> = {
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-7': 'windows-1253',
  'windows-1253': 'windows-1253',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  'windows-1257': 'windows-1257',
  'ISO-8859-8': 'windows-1255',
  'windows-1255': 'windows-1255',
  'ISO-8859-6': 'windows-1256',
  'windows-1256': 'windows-1256',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
};

// Enough text to judge by; a contacts file larger than this says nothing new about its code page.
const SAMPLE = 64 * 1024;

/**
 * The 8-bit code page bytes that are not UTF-8 most likely are. Only the words holding bytes
 * above 0x7F are judged, one space between each: an address book is mostly ASCII (emails,
 * numbers, column names), which dilutes the letter statistics until Greek scored as Latin-1.
 */
export function detectCodePage(bytes: Uint8Array): TextEncodingLabel {
  const sample = wordsWithHighBytes(bytes);
  const matches = analyse(sample);
  // A few Russian names in Windows-1251 ("Петров Иван Сидорова Анна") also parse as GB18030 pairs
  // and can score higher there (71 against 34). Liaison's files are Russian and English: a
  // double-byte guess loses to a Cyrillic code page that is itself credible.
  const cyrillic = matches.find((m) => CYRILLIC.has(FROM_CHARDET[m.name] ?? 'utf-8') && m.confidence >= 20);
  for (const match of matches) {
    const label = FROM_CHARDET[match.name];
    // On a few bytes every detector says "maybe" (10 to 16 of 100, double-byte ones above all);
    // a name or two in a real code page scores 25 and up.
    if (!label || match.confidence < (MULTI_BYTE.has(label) ? 30 : 20)) continue;
    if (MULTI_BYTE.has(label) && cyrillic) return FROM_CHARDET[cyrillic.name] ?? 'windows-1251';
    // ICU calls Greek with no C1 bytes ISO-8859-7. Windows programs write Windows-1253, which
    // has the same letters but Ά: 0xA2 there, 0xB6 in ISO-8859-7 (a pilcrow in Windows-1253).
    if (match.name === 'ISO-8859-7' && sample.includes(0xb6)) return 'iso-8859-7';
    return label;
  }
  return mostlyCyrillic(sample) ? 'windows-1251' : 'windows-1252';
}

const MULTI_BYTE = new Set<TextEncodingLabel>(['shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr']);
const CYRILLIC = new Set<TextEncodingLabel>(['windows-1251', 'koi8-r', 'iso-8859-5']);

/**
 * Too little text for statistics (a name or two): Cyrillic words are all high bytes in
 * Windows-1251, so high bytes come in runs; accented Latin letters come one at a time between
 * ASCII ones ("José García"), and such text is read as Windows-1252.
 */
function mostlyCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  bytes.forEach((byte, i) => {
    if (byte < 0x80) return;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
  });
  return high > 0 && inRuns / high >= 0.5;
}

function wordsWithHighBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(bytes.length, SAMPLE) + 1);
  let size = 0;
  let start = -1;
  let high = false;
  for (let i = 0; i <= bytes.length && size < SAMPLE; i++) {
    const b = i < bytes.length ? (bytes[i] ?? 0) : 0;
    const letter = b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (letter) {
      if (start < 0) start = i;
      high ||= b >= 0x80;
      continue;
    }
    if (start >= 0 && high) {
      const word = bytes.subarray(start, Math.min(i, start + SAMPLE - size));
      out.set(word, size);
      size += word.length;
      out[size++] = 0x20;
    }
    start = -1;
    high = false;
  }
  return out.subarray(0, Math.min(size, SAMPLE));
}

/**
 * UTF-16 without a byte-order mark, by where its zero bytes fall: text in Latin letters, digits
 * and punctuation (every contacts file's syntax) has a zero high byte in each such character,
 * at odd offsets in little-endian, even ones in big-endian; 8-bit and UTF-8 text has none.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}
