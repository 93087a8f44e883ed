import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import { channel } from './channel';

export const FuzzyDecisionSchema = z.enum(['create', 'merge', 'skip']);

/** One target per CSV column ("family", "email:1:value", "ignore"); see core/import/CsvTarget.ts. */
const TargetsSchema = z.array(z.string().max(40)).max(500);

export interface ImportCsvInfo {
  headers: string[];
  /** The first rows, cell by cell, for the mapping step. */
  samples: string[][];
  /** The proposed mapping, one target per column. */
  targets: string[];
  /** Which tool's columns were recognised. */
  flavour: 'liaison' | 'google' | 'outlook' | 'generic';
  delimiter: string;
  /** Whether the first row was read as column names; false: as a contact ('' headers then). */
  hasHeader: boolean;
  /** Whether the first row looks like a contact: the dialog then asks which it is. */
  firstRowLooksLikeData: boolean;
}

export type ImportOpened =
  | {
      opened: true;
      sessionId: string;
      name: string;
      kind: 'csv' | 'vcard';
      encoding: string;
      /** `encoding` as a TextDecoder label, the picker's value (see shared/import/textEncodings.ts). */
      encodingLabel: string;
      /** False while the encoding is the one read or guessed from the bytes. */
      encodingChosen: boolean;
      recordCount: number;
      csv: ImportCsvInfo | null;
    }
  | { opened: false };

export interface ImportPreviewRow {
  at: string;
  action: 'create' | 'merge' | 'reject' | 'skip';
  name: string;
  latinName: string;
  organization: string;
  email: string;
  phone: string;
  detail: string;
  /** `detail` of a rejection in no language yet, for the UI. */
  detailPhrase?: StoredPhrase;
}

export interface ImportFuzzyMatch {
  at: string;
  name: string;
  email: string;
  existing: { id: string; name: string; email: string };
  decision: z.infer<typeof FuzzyDecisionSchema>;
}

export interface ImportPreview {
  total: number;
  created: number;
  merged: number;
  skipped: number;
  /** `reasonPhrase` is `reason` in no language yet, for the UI. */
  rejected: { at: string; reason: string; reasonPhrase?: StoredPhrase | null }[];
  fuzzyMatches: ImportFuzzyMatch[];
  /** Sentences about the file and what it leaves out. */
  notes: string[];
  /** `notes` in no language yet, one per note, for the UI (null: English only). */
  notePhrases?: (StoredPhrase | null)[];
  /** The first records and what will happen to each. */
  rows: ImportPreviewRow[];
}

export interface ImportApplied {
  version: number;
  summary: string;
  /** `summary` in no language yet, for the UI. */
  summaryLabel?: StoredPhrase | null;
  created: number;
  merged: number;
  skipped: number;
  rejected: { at: string; reason: string }[];
}

const Session = { sessionId: z.uuid(), targets: TargetsSchema.optional() };

export const importChannels = {
  /** The open dialog, then the file read and recognised; nothing is written. */
  'import:choose': channel<ImportOpened>()(z.object({}).strict()),
  /** What importing the chosen file would do, with this mapping and these answers. */
  'import:preview': channel<ImportPreview>()(
    z.object({ ...Session, decisions: z.record(z.string().max(40), FuzzyDecisionSchema).default(() => ({})) }).strict(),
  ),
  /** Reads the chosen file again in another encoding, or with(out) a header row: the new guess, for a live preview. */
  'import:reread': channel<Extract<ImportOpened, { opened: true }>>()(
    z.object({ sessionId: z.uuid(), encoding: z.string().max(40).optional(), header: z.boolean().optional() }).strict(),
  ),
  /** Imports it: one command, one undo step. */
  'import:apply': channel<ImportApplied>()(
    z.object({ ...Session, decisions: z.record(z.string().max(40), FuzzyDecisionSchema).default(() => ({})) }).strict(),
  ),
} as const;
