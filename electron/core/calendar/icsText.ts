/**
 * RFC 5545 text: TEXT values escaped (3.3.11) and content lines folded at 75 octets (3.1).
 * Written here rather than with ical.js, which is not installed; folding counts UTF-8 octets and
 * never splits a character, so Cyrillic summaries fold where a reader expects them to.
 */

/** Backslash, semicolon and comma escaped; any line break becomes `\n`. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line: no physical line longer than 75 octets (the leading space of a
 * continuation counts), breaks only between characters, lines joined with CRLF + space.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the continuation's leading space takes one octet
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20191003` from `2019-10-03`. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** `20191003T130000Z` from an instant. */
export function icsUtc(instant: Date | string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
