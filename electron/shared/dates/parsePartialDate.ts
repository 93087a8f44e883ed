import { PartialDateSchema } from '../schemas/contact';

/**
 * A birthday or anniversary as files write it, as Liaison stores it (`yyyy-MM-dd`, or `--MM-dd`
 * with no year), or the text unchanged when it is no date (the import then keeps it in the note
 * and says so). Read: ISO 8601 basic and extended (vCard: `19610412`, `1961-04-12`,
 * `1961-04-12T00:00:00Z`, `--0412`, `--04-12`), Russian `12.04.1961`, and the US `4/12/1961`
 * that Outlook writes; Outlook's empty date `0/0/00` is no date at all.
 */
export function parsePartialDate(text: string): string {
  const value = text.trim();
  const date = readPartialDate(value);
  // A shape of a date that is no day (31.02.1990) stays as it was typed, for the note and its report line.
  return PartialDateSchema.safeParse(date).success ? date : value;
}

function readPartialDate(value: string): string {
  if (value === '' || /^0{1,2}[./-]0{1,2}[./-]0{2,4}$/.test(value)) return '';
  const pad = (n: string) => n.padStart(2, '0');
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (m) return `--${m[1]}-${m[2]}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (m) return `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
  m = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(value);
  if (m) return `--${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return `${m[3]}-${pad(m[1] ?? '')}-${pad(m[2] ?? '')}`;
  return value;
}
