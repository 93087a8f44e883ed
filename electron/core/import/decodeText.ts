import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { encodingName, TEXT_ENCODINGS } from '../../shared/import/textEncodings';
import { detectCodePage, detectUtf16 } from './detectEncoding';

export interface DecodedText {
  text: string;
  /** The encoding assumed, as users know it: "UTF-8", "Windows-1251". */
  encoding: string;
  /** The same as a TextDecoder label ("windows-1251"), for the import dialog's picker. */
  label: string;
  /** A sentence when the encoding was a guess the user should know about; null when certain. */
  note: string | null;
  /** `note` in no language yet, for the UI; absent when there is no note. */
  notePhrase?: Phrase;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/**
 * Reads a text file whatever saved it: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's
 * "Unicode text") or without one (either byte order), or, when the bytes are not UTF-8, the
 * 8-bit code page the statistics of its letters point to (detectEncoding.ts). A guess is said,
 * with what to do if it is wrong. `chosen` (a TextDecoder label the user picked) overrides
 * every guess; a BOM of that encoding is still skipped.
 */
export function decodeText(bytes: Uint8Array, chosen?: string): DecodedText {
  if (chosen) return decodeAs(bytes, chosen);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withUtf8Bom(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16', label: 'utf-16le', note: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16', label: 'utf-16be', note: null };
  const utf16 = detectUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: encodingName(utf16), label: utf16, note: null };
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8', label: 'utf-8', note: null };
  } catch {
    const label = detectCodePage(bytes);
    const said = guessedPhrase(label);
    return { text: new TextDecoder(label).decode(bytes), encoding: encodingName(label), label, note: englishText(said), notePhrase: said };
  }
}

/** "The file is not UTF-8, so Liaison read it as Windows-1251 (Cyrillic)...", for a file or for some vCard values. */
export function guessedPhrase(label: string): Phrase {
  const known = TEXT_ENCODINGS.find((e) => e.label === label);
  return phrase('importLines.guessedEncoding', { encoding: encodingName(label), script: phrase(known?.script ?? 'encoding.script.any') });
}

function decodeAs(bytes: Uint8Array, label: string): DecodedText {
  const bom = label === 'utf-8' ? [0xef, 0xbb, 0xbf] : label === 'utf-16le' ? [0xff, 0xfe] : label === 'utf-16be' ? [0xfe, 0xff] : [];
  const body = bom.length > 0 && bom.every((b, i) => bytes[i] === b) ? bytes.subarray(bom.length) : bytes;
  return { text: new TextDecoder(label).decode(body), encoding: encodingName(label), label, note: null };
}

/**
 * The BOM says UTF-8, so a code-page guess would be wrong for the rest of the file; bytes that
 * are not UTF-8 (a damaged or spliced file) become U+FFFD and the user is told where to look.
 */
function withUtf8Bom(body: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(body), encoding: 'UTF-8', label: 'utf-8', note: null };
  } catch {
    const said = phrase('importFile.badUtf8');
    return { text: utf8Lenient.decode(body), encoding: 'UTF-8', label: 'utf-8', note: englishText(said), notePhrase: said };
  }
}
