import type { Phrase } from '../../shared/i18n/Phrase';

/** What opening the store did, so the app, the CLI and `doctor` can tell the user. */
export interface LoadReport {
  /** The store file, liaison.json in the data folder. */
  path: string;
  /** True when there was no store file and no backup: a new, empty workspace was written. */
  created: boolean;
  /** The schema version the file was upgraded from, or null when it was already current. */
  migratedFrom: number | null;
  /** Set when the store file could not be used as it was; see describeRecovery. */
  recovery: null | {
    /** Why, as a sentence fragment: "the file is not valid JSON (truncated or damaged at byte 120)". */
    reason: string;
    /** Where the damaged file now lies, byte for byte; null when the file was missing. */
    movedTo: string | null;
    /** The backup that was loaded instead, or null when none would load (empty workspace). */
    restoredFrom: string | null;
  };
  /** `recovery.reason` in no language yet, for the UI; present with `recovery`. */
  recoveryReason?: Phrase;
}
