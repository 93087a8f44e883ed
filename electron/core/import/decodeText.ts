import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';

export interface DecodedText {
  text: string;
  /** The encoding assumed, as users know it: "UTF-8", "Windows-1251". */
  encoding: string;
  /** A sentence when the encoding was a guess the user should know about; null when certain. */
  note: string | null;
  /** `note` in no language yet, for the UI; absent when there is no note. */
  notePhrase?: Phrase;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/**
 * Reads a text file whatever saved it: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's
 * "Unicode text"), or, when the bytes are not UTF-8, the 8-bit code page they most likely are:
 * Windows-1251 when most high bytes are Cyrillic letters there (Excel's "CSV" in a Russian
 * locale), else Windows-1252. A guess is said, with what to do if it is wrong.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withUtf8Bom(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16', note: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16', note: null };
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8', note: null };
  } catch {
    const codePage = looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252';
    const said = phrase(codePage === 'windows-1251' ? 'importFile.readAsCyrillic' : 'importFile.readAsWestern');
    return {
      text: new TextDecoder(codePage).decode(bytes),
      encoding: codePage === 'windows-1251' ? 'Windows-1251' : 'Windows-1252',
      note: englishText(said),
      notePhrase: said,
    };
  }
}

/**
 * The BOM says UTF-8, so a code-page guess would be wrong for the rest of the file; bytes that
 * are not UTF-8 (a damaged or spliced file) become U+FFFD and the user is told where to look.
 */
function withUtf8Bom(body: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(body), encoding: 'UTF-8', note: null };
  } catch {
    const said = phrase('importFile.badUtf8');
    return { text: utf8Lenient.decode(body), encoding: 'UTF-8', note: englishText(said), notePhrase: said };
  }
}

/** Most bytes above 0x7F are Cyrillic letters in Windows-1251 (0xC0–0xFF, Ё 0xA8, ё 0xB8). */
function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) cyrillic++;
  }
  return high > 0 && cyrillic / high >= 0.6;
}
