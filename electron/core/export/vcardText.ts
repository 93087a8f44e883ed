/**
 * Text values as RFC 6350 §3.4 (and RFC 2426 §4) write them: backslash, comma and semicolon
 * escaped, every line break as \n. Components of a structured value (N, ADR) are escaped one by
 * one and joined with ";"; list items (CATEGORIES) with ",".
 */
export function escapeVcardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

export function vcardStructured(components: readonly string[]): string {
  return components.map(escapeVcardText).join(';');
}

export function vcardList(items: readonly string[]): string {
  return items.map(escapeVcardText).join(',');
}

/** The inverse of escapeVcardText for one component: \n or \N is a line break, \x is x. */
export function unescapeVcardText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_whole, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits a value at every `separator` not escaped by a backslash, then unescapes each part. */
export function splitVcardValue(value: string, separator: ';' | ','): string[] {
  return splitVcardRaw(value, separator).map(unescapeVcardText);
}

/**
 * Splits at every `separator` not escaped, keeping each part escaped: N's components are split at
 * ";" first and each is then a list split at "," ("Richter,James" is two additional names, while
 * "Richter\,James" is one).
 */
export function splitVcardRaw(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
