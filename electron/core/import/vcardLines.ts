/**
 * The line level of a vCard file: physical lines to logical ones (folding, quoted-printable soft
 * breaks), logical lines to properties, properties to cards. What a property means is
 * parseVcards.ts's business; this file only finds where each one starts and ends.
 */

export interface VcardLine {
  group: string;
  name: string;
  params: Map<string, string[]>;
  /** The value as written: still escaped, still quoted-printable, one char per byte. */
  raw: string;
}

export interface VcardCard {
  lines: VcardLine[];
  /** False when the card had no END:VCARD: it was cut at the next BEGIN:VCARD or at the end of the file. */
  ended: boolean;
}

const isCardEdge = (line: string) => /^\s*(?:BEGIN|END)\s*:\s*VCARD\s*$/i.test(line);

/**
 * Unfolds continuation lines (a leading space or tab) and joins 2.1 quoted-printable soft breaks.
 * A soft break ("=" at the end of a QP line) is tested first: the line after it continues the
 * value as is, leading space and all ("come=" + " to the aid" is "come to the aid"), where
 * folding would drop that space and keep the "=". A soft break just before END:VCARD or
 * BEGIN:VCARD is a writer's slip, not a continuation: joining it would swallow the card's end
 * and the next card with it.
 */
export function logicalLines(text: string): string[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let softBreak = false;
  for (const line of physical) {
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && softBreak) {
      const continues = line !== '' && !isCardEdge(line);
      out[last] = previous.slice(0, -1) + (continues ? line : '');
      if (!continues && line !== '') out.push(line);
    } else if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      out[last] = previous + line.slice(1);
    } else if (line.length > 0) out.push(line);
    const current = out[out.length - 1];
    softBreak = current !== undefined && current.endsWith('=') && isQuotedPrintable(current);
  }
  return out;
}

function isQuotedPrintable(line: string): boolean {
  const colon = valueStart(line);
  return colon > 0 && /;\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:[;:]|$)/i.test(`${line.slice(0, colon)};`);
}

/** Index of the ":" that starts the value: the first one outside a quoted parameter value. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

/** One logical line as group, name, parameters and raw value; null for a line with no ":". */
export function parseVcardLine(line: string): VcardLine | null {
  const colon = valueStart(line);
  if (colon <= 0) return null;
  const parts = splitParams(line.slice(0, colon));
  const fullName = parts.shift() ?? '';
  const dot = fullName.lastIndexOf('.');
  const group = dot >= 0 ? fullName.slice(0, dot).toLowerCase() : '';
  const name = (dot >= 0 ? fullName.slice(dot + 1) : fullName).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    // vCard 2.1 writes bare parameters: TEL;WORK;VOICE, EMAIL;INTERNET, N;QUOTED-PRINTABLE.
    let key = eq >= 0 ? part.slice(0, eq).trim().toUpperCase() : 'TYPE';
    let values = eq >= 0 ? splitParamValues(part.slice(eq + 1)) : [part.trim()];
    if (key === 'TYPE' && values.length === 1 && /^(?:QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(values[0] ?? '')) key = 'ENCODING';
    if (key === 'ENCODING') values = values.map((v) => v.toUpperCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { group, name, params, raw: line.slice(colon + 1) };
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((part, i) => i === 0 || part.trim().length > 0);
}

function splitParamValues(value: string): string[] {
  const out: string[] = [];
  for (const match of value.matchAll(/"([^"]*)"|([^,]+)/g)) {
    const text = match[1] ?? match[2] ?? '';
    out.push(...(match[1] !== undefined ? text.split(',') : [text]).map((v) => v.trim()).filter((v) => v.length > 0));
  }
  return out;
}

const isEdge = (line: VcardLine, edge: 'BEGIN' | 'END') => line.name === edge && line.raw.trim().toUpperCase() === 'VCARD';

/**
 * The cards of a file, in order. A BEGIN:VCARD inside an open card starts a nested card only
 * right after an empty AGENT line (2.1's embedded agent card, not a contact of the file); any
 * other BEGIN:VCARD means the open card lost its END:VCARD, so that card is closed there, marked
 * not ended, and the new card is read on its own rather than swallowed.
 */
export function splitVcards(text: string): VcardCard[] {
  const cards: VcardCard[] = [];
  let current: VcardLine[] | null = null;
  let nested = 0;
  let previous: VcardLine | null = null;
  for (const logical of logicalLines(text)) {
    const line = parseVcardLine(logical);
    if (!line) continue;
    if (isEdge(line, 'BEGIN')) {
      if (current && (nested > 0 || (previous?.name === 'AGENT' && previous.raw.trim() === ''))) nested++;
      else {
        if (current) pushCut(cards, current);
        current = [];
      }
    } else if (isEdge(line, 'END')) {
      if (nested > 0) nested--;
      else if (current) {
        cards.push({ lines: current, ended: true });
        current = null;
      }
    } else if (current && nested === 0) current.push(line);
    previous = line;
  }
  if (current) pushCut(cards, current);
  return cards;
}

/** A card without its END:VCARD, unless it holds nothing but VERSION (a file cut right after BEGIN holds no card). */
function pushCut(cards: VcardCard[], lines: VcardLine[]): void {
  if (lines.some((line) => line.name !== 'VERSION')) cards.push({ lines, ended: false });
}
