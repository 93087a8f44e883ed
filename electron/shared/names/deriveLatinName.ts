import { toLatinIcao } from '../transliteration/toLatinIcao';

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);

/**
 * The Latin forms stored beside a Cyrillic name (ICAO 9303, as in Russian passports). A name
 * typed in Latin letters is kept as typed.
 */
export function deriveLatinName(name: { family: string; given: string; patronymic: string }): {
  familyLatin: string;
  givenLatin: string;
  patronymicLatin: string;
} {
  const latin = (part: string) => (hasCyrillic(part) ? toLatinIcao(part) : part);
  return { familyLatin: latin(name.family), givenLatin: latin(name.given), patronymicLatin: latin(name.patronymic) };
}
