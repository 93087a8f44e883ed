import { phrase, type Phrase } from '../i18n/Phrase';

/** A CSV row or a vCard card, counted from 1 as the user would in a text editor. */
export interface ImportPlace {
  kind: 'line' | 'card';
  n: number;
}

/**
 * Where a record was in its file, in the English form that is its key: the CLI prints it, the
 * import dialog's decisions are keyed by it. `placePhrase` words it in the reader's language.
 */
export function importPlace(kind: ImportPlace['kind'], n: number): string {
  return `${kind} ${n}`;
}

export function parseImportPlace(at: string): ImportPlace | null {
  const match = /^(line|card) (\d+)$/.exec(at);
  return match ? { kind: match[1] === 'line' ? 'line' : 'card', n: Number(match[2]) } : null;
}

/** A place as a phrase param ("строка 12" in the Russian window); anything else stays as given. */
export function placePhrase(at: string): Phrase | string {
  const place = parseImportPlace(at);
  return place ? phrase(place.kind === 'line' ? 'import.place.line' : 'import.place.card', { n: place.n }) : at;
}
