import type { PortableContact } from './PortableContact';

/** How many numbered columns each repeating group needs: the most any exported contact has, at least one. */
export interface CsvShape {
  emails: number;
  phones: number;
  addresses: number;
  cities: number;
  partnerships: number;
  languages: number;
  tags: number;
  websites: number;
  middleNames: number;
}

/** One CSV format: its header for a set of contacts, and one contact's cells (already guarded). */
export interface CsvLayout {
  header(shape: CsvShape): string[];
  row(contact: PortableContact, shape: CsvShape): string[];
  /** What a contact loses in this format, as short phrases ("a fourth email"); empty when nothing. */
  losses(contact: PortableContact): string[];
}

export function emptyShape(): CsvShape {
  return { emails: 1, phones: 1, addresses: 1, cities: 1, partnerships: 1, languages: 1, tags: 1, websites: 1, middleNames: 1 };
}

export function widenShape(shape: CsvShape, counts: { [K in keyof CsvShape]: number }): void {
  for (const key of Object.keys(shape) as (keyof CsvShape)[]) shape[key] = Math.max(shape[key], counts[key]);
}

/** `n` numbered copies of a group of columns: numbered(2, (i) => [`Tag ${i}`]). */
export function numbered(count: number, columns: (n: number) => string[]): string[] {
  const out: string[] = [];
  for (let n = 1; n <= count; n++) out.push(...columns(n));
  return out;
}
