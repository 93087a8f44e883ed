import type { Phrase } from '../../shared/i18n/Phrase';
import type { PortableContact } from '../export/PortableContact';

/** One contact read from a file, where it was ("line 12", "card 3"), and what was wrong with it. */
export interface ImportedRecord {
  at: string;
  contact: PortableContact;
  /** Sentences, in no language yet (a plain string is English only); a record with any is rejected with the first. */
  problems: (Phrase | string)[];
  /** What the parser moved to the note or left out, one sentence each, for the import report. */
  remarks?: Phrase[];
}
