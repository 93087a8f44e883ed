/**
 * The CSV formula-injection guard (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with = + - @ (and some read a leading tab, CR or LF the same way), so such a cell gets a leading
 * apostrophe, which Excel and LibreOffice show as text and hide. A value that already starts with
 * apostrophes before one of those characters gets one more, so that stripping exactly one on the
 * way in gives back every value as it was (the round trip is lossless).
 */
const GUARDED = /^'*[=+\-@\t\r\n]/;
const STRIPPABLE = /^'+[=+\-@\t\r\n]/;
/** Strict phone syntax: a value Google and Outlook read as a number and no spreadsheet runs. */
const STRICT_PHONE = /^[+\d ()-]*\d[\d ()-]*$/;

export function guardCell(value: string): string {
  // Most cells start with a letter or digit: decide those on the first character alone.
  if (!mayNeedGuard(value.charCodeAt(0))) return value;
  return GUARDED.test(value) ? `'${value}` : value;
}

/** = + - @ tab CR LF, or an apostrophe that may come before one of them. */
function mayNeedGuard(code: number): boolean {
  return code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0x27;
}

/** For the Google and Outlook columns: a phone number in strict syntax is written as is. */
export function guardCellUnlessPhone(value: string): string {
  return STRICT_PHONE.test(value) ? value : guardCell(value);
}

export function unguardCell(cell: string): string {
  return STRIPPABLE.test(cell) ? cell.slice(1) : cell;
}
