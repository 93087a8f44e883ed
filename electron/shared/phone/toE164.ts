/**
 * Where a number written without a country code is assumed to be: Russia (8 or 7 + ten digits,
 * or ten national digits) or the US/Canada (1 + ten digits, or ten national digits).
 */
export type PhoneRegion = 'RU' | 'US';

// An extension is not part of the number a duplicate check compares.
const EXTENSION = /(?:\s*(?:ext\.?|x|доб\.?|#|,|;)\s*\d*)+\s*$/iu;

/**
 * A phone number in E.164 ("+78442123456"), or null when it cannot be read as one. Written by
 * hand, not with libphonenumber-js (not a dependency here): it only has to make the same number
 * written two ways compare equal for duplicate detection, so it knows the trunk prefixes of Russia
 * (8 …) and the North American plan (1 …), "+" and "00" international prefixes, and nothing of
 * numbering plans beyond the digit counts E.164 allows (8 to 15 with the country code).
 */
export function toE164(raw: string, region: PhoneRegion = 'RU'): string | null {
  const text = raw.replace(EXTENSION, '').trim();
  if (!/\d/u.test(text)) return null;
  const digits = text.replace(/\D+/gu, '');
  let international: string;
  if (text.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('810') && digits.length > 11) international = digits.slice(3); // Russia's old international prefix
  else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) international = `7${digits.slice(1)}`;
  else if (digits.length === 11 && digits.startsWith('1')) international = digits;
  else if (digits.length === 10) international = `${region === 'US' ? '1' : '7'}${digits}`;
  else return null;
  if (international.length < 8 || international.length > 15 || international.startsWith('0')) return null;
  return `+${international}`;
}
