import { z } from 'zod';
import { Empty, channel } from './contracts/channel';
import { exportChannels } from './contracts/exportChannels';
import { importChannels } from './contracts/importChannels';
import { contactSelectionChannels } from './contracts/contactSelectionChannels';
import { duplicateChannels } from './contracts/duplicateChannels';
import { interactionChannels } from './contracts/interactionChannels';
import { negotiationChannels } from './contracts/negotiationChannels';
import { placeChannels } from './contracts/placeChannels';
import { trashChannels } from './contracts/trashChannels';
import { timelineChannels } from './contracts/timelineChannels';
import { backupChannels } from './contracts/backupChannels';
import { taskChannels } from './contracts/taskChannels';
import { programChannels } from './contracts/programChannels';
import { birthdayChannels } from './contracts/birthdayChannels';
import { photoChannels } from './contracts/photoChannels';
import { syncChannels } from './contracts/syncChannels';
import { CommandSchema } from './commands/commandSchemas';
import type { StoredPhrase } from './i18n/Phrase';
import { schemaMessage } from './i18n/schemaMessage';
import { IdSchema } from './schemas/common';
import type { CandidacyStage } from './schemas/candidacy';
import type { City } from './schemas/city';
import type { Interaction } from './schemas/interaction';
import type { Participant } from './schemas/participant';
import type { Contact } from './schemas/contact';
import type { Organization } from './schemas/organization';
import { SettingsPatchSchema, type Settings } from './schemas/settings';

export const ContactSortSchema = z.enum(['name', 'organization', 'city', 'updated']);
export const ListQuerySchema = z
  .object({
    query: z.string().max(200).default(''),
    /** Only contacts carrying every one of these tags (a segment's tags). */
    tags: z.array(z.string().trim().min(1).max(60)).max(20).default(() => []),
    sort: ContactSortSchema.default('name'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ListQuery = z.input<typeof ListQuerySchema>;

/** One row of the contacts list: only what the list shows, never the whole record. */
export interface ContactRow {
  id: string;
  name: string;
  latinName: string;
  organization: string;
  title: string;
  city: string;
  email: string;
  phone: string;
  tags: string[];
  example: boolean;
  /** The photo's file name, for the row's avatar; null when the contact has none. */
  photo: string | null;
}

export interface ListPage<Row> {
  total: number;
  /** The store's sequence number the page was read at; the renderer caches by query + version. */
  version: number;
  offset: number;
  rows: Row[];
}

export interface ContactDetail {
  contact: Contact;
  organization: Organization | null;
  cities: City[];
  /** The contact's partnerships, named ("Cleveland – Volgograd (Волгоград)"). */
  partnerships?: { id: string; label: string }[];
  /** When the follow-up cadence next falls due, if the contact has one. */
  followUp?: { due: string; daysOverdue: number; lastInteraction: string | null } | null;
  /** Last and next interaction, candidacies and participations: the page's header and timeline. */
  involvement?: ContactInvolvement;
}

/** A contact's place in the work: see core/queries/contactInvolvement. Instants are ISO strings. */
export interface ContactInvolvement {
  lastInteraction: { id: string; at: string; kind: Interaction['kind']; subject: string } | null;
  /** The earliest open next step among the interactions the contact took part in. */
  nextStep: { text: string; due: string; interactionId: string } | null;
  /** Candidacies naming the contact, newest first; `at` is the newest event of the candidacy (else its last change). */
  candidacies: { id: string; conferenceId: string; conference: string; city: string; stage: CandidacyStage; decisionMaker: boolean; at: string }[];
  /** Conferences the contact takes part in, newest change first. */
  participations: { id: string; conferenceId: string; conference: string; stage: Participant['stage']; at: string }[];
}

export interface WorkspaceStatus {
  dataDir: string;
  path: string;
  /** A sentence when the last load had to recover from a damaged file. */
  recovery: string | null;
  /** `recovery` in no language yet, for the UI. */
  recoveryPhrase?: StoredPhrase | null;
  /** Saved changes the last load could not replay (a gap, a damaged journal line), kept in damaged/. */
  journalLoss?: { message: string; i18n: StoredPhrase } | null;
  isEmpty: boolean;
  sampleOffered: boolean;
  version: number;
  /** `i18n` is `message` in no language yet, for the UI. */
  save: { status: 'saved' | 'saving' | 'not-saved'; message?: string; i18n?: StoredPhrase };
  /** The last background compaction's failure (a sentence, and when): nothing is lost, but the disk needs a look. */
  maintenance?: { message: string; at: string; i18n?: StoredPhrase } | null;
}

export interface HistoryStatus {
  /** English summaries of the next undo and redo (CLI, logs); the labels are what the UI translates. */
  undo: string | null;
  redo: string | null;
  undoLabel?: StoredPhrase | null;
  redoLabel?: StoredPhrase | null;
  depth: number;
}

export interface CommitAck {
  version: number;
  /** English, one per command; `labels` holds the same in no language yet (null for steps saved before labels). */
  summaries: string[];
  labels?: (StoredPhrase | null)[];
}

/**
 * The whole boundary between renderer and main: every channel, its input schema, its result.
 * The dispatcher, the preload, the e2e harness and the renderer's types all derive from it.
 * A feature defines its channels in contracts/<feature>Channels.ts and adds one spread here.
 */
export const contract = {
  ...exportChannels,
  ...importChannels,
  ...contactSelectionChannels,
  ...placeChannels,
  ...interactionChannels,
  ...negotiationChannels,
  ...trashChannels,
  ...duplicateChannels,
  ...timelineChannels,
  ...backupChannels,
  ...taskChannels,
  ...programChannels,
  ...birthdayChannels,
  ...photoChannels,
  ...syncChannels,
  'workspace:status': channel<WorkspaceStatus>()(Empty),
  'workspace:openSample': channel<CommitAck>()(Empty),
  'contacts:list': channel<ListPage<ContactRow>>()(ListQuerySchema),
  'contacts:get': channel<ContactDetail>()(z.object({ id: IdSchema }).strict()),
  'cities:list': channel<City[]>()(Empty),
  'organizations:list': channel<Organization[]>()(Empty),
  // sync.apply writes records whole, past the rules other commands keep: only the sync engine in
  // main sends it, never a window.
  'commands:run': channel<CommitAck>()(
    z
      .object({
        commands: z
          .array(CommandSchema)
          .min(1)
          .max(50)
          .refine((commands) => commands.every((command) => command.type !== 'sync.apply'), schemaMessage('validation.syncOnly')),
      })
      .strict(),
  ),
  'history:status': channel<HistoryStatus>()(Empty),
  'history:undo': channel<CommitAck>()(Empty),
  'history:redo': channel<CommitAck>()(Empty),
  'settings:get': channel<Settings>()(Empty),
  'settings:set': channel<Settings>()(SettingsPatchSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.infer<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export type FailureCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rule'
  | 'nothing-to-undo'
  | 'not-saved'
  | 'locked'
  /** The user stopped a long job before its point of no return; nothing was changed. */
  | 'cancelled'
  | 'internal';

export interface Failure {
  code: FailureCode;
  message: string;
  /** Per-field messages for forms: path "data.emails.0.value" -> "Not an email address". */
  fields?: Record<string, string>;
  /** `message` in no language yet, for the UI to show in its locale (the English stays in `message`). */
  i18n?: StoredPhrase;
  /** `fields` as phrases, path -> phrase, where the message came from the catalog. */
  fieldPhrases?: Record<string, StoredPhrase>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** Pushed from main to the renderer after every applied command. */
export interface StoreChangedEvent {
  version: number;
  type: string;
  ids: { kind: string; id: string }[];
}
