/**
 * One CSV record per RFC 4180: every field quoted (so no reader has to guess where a field with a
 * delimiter, quote or line break ends), quotes doubled, CRLF after the record. Guarding cells
 * against formulas is the caller's job (formulaGuard.ts), since which cells need it depends on the
 * format.
 */
export function writeCsvRow(cells: readonly string[], delimiter: ',' | ';'): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += delimiter;
    line += `"${(cells[i] ?? '').replaceAll('"', '""')}"`;
  }
  return `${line}\r\n`;
}
