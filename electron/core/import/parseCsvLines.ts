export interface CsvRow {
  /** The line of the file the row starts on, from 1, for "line 12" in a report. */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 with what real files add: CRLF, LF or CR line ends, quoted fields holding delimiters,
 * doubled quotes and line breaks, and a quote inside an unquoted field taken literally. Tracks the
 * line each row starts on, which differs from its index once a field spans lines.
 */
export function parseCsvLines(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  const endRow = () => {
    cells.push(field);
    rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field.length > 0 || cells.length > 0) endRow();
  return rows;
}

/** The delimiter of a CSV file: whichever of , ; and tab splits its header row into the most fields. */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  let best: ',' | ';' | '\t' = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t'] as const) {
    const count = parseCsvLines(header, candidate)[0]?.cells.length ?? 0;
    if (count > most) {
      most = count;
      best = candidate;
    }
  }
  return best;
}
