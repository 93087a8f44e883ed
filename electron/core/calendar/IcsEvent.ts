/** One VEVENT, already decided: all-day (dates, end exclusive) or timed (UTC instants). */
export interface IcsEvent {
  /** Stable across exports: derived from the record's kind and id. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  when: { kind: 'all-day'; start: string; endExclusive: string } | { kind: 'timed'; start: string; end: string };
  status: 'TENTATIVE' | 'CONFIRMED';
  categories: string[];
  /** The record's rev: a later export of an edited record carries a higher SEQUENCE. */
  sequence: number;
  lastModified: string;
}
