import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Where a number written without a country code is assumed to be: Russia or the US/Canada, the
 * two sides of every partnership (the city's country, when known, decides).
 */
export type PhoneRegion = 'RU' | 'US';

// An extension is not part of the number a duplicate check compares.
const EXTENSION = /(?:\s*(?:ext\.?|x|доб\.?|#|,|;)\s*\d*)+\s*$/iu;

/**
 * A phone number in E.164 ("+78442123456"), or null when it cannot be read as a possible number.
 * libphonenumber-js knows every country's trunk and international prefixes (Russia's 8 and 810,
 * "00", "+") and number lengths, so the same number written two ways compares equal.
 */
export function toE164(raw: string, region: PhoneRegion = 'RU'): string | null {
  // "00" is the international prefix in most of the world, though not in Russia's own plan (810).
  const text = raw.replace(EXTENSION, '').trim().replace(/^00\s*/u, '+');
  if (!/\d/u.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, region);
  return parsed?.isPossible() ? parsed.number : null;
}
