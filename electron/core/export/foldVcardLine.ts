const MAX_OCTETS = 75;

/**
 * Folds one content line as RFC 6350 §3.2 (and RFC 2426 §2.6) ask: no physical line longer than
 * 75 octets, each continuation starting with one space, CRLF after each. Folding counts UTF-8
 * octets but breaks only between characters, so a Cyrillic letter (two octets) or an emoji (four)
 * is never split across lines, which some readers would turn into replacement characters.
 */
export function foldVcardLine(line: string): string {
  // A UTF-16 unit is at most 3 octets, so a line of 25 units or fewer always fits.
  if (line.length <= MAX_OCTETS / 3 || utf8Octets(line) <= MAX_OCTETS) return `${line}\r\n`;
  let out = '';
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; a continuation holds the space plus 74.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      out += `${current}\r\n `;
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  return `${out}${current}\r\n`;
}

/** The UTF-8 length of a string without encoding it (a surrogate pair is 4 octets, 2 per unit). */
function utf8Octets(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    octets += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return octets;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
