import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import type { ComparisonScore } from '../negotiations/comparisonScore';
import type { ComparisonRow, OfferItemView } from '../negotiations/offerItems';
import type { Candidacy, CandidacyStage } from '../schemas/candidacy';
import type { City } from '../schemas/city';
import { IdSchema } from '../schemas/common';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import type { Interaction } from '../schemas/interaction';
import type { CandidacyEvent } from '../schemas/offer';
import type { Task } from '../schemas/task';
import { Empty, channel } from './channel';
import type { CommitAck } from '../contract';

/** A conference as the negotiation screens list it. */
export interface ConferenceSummary {
  id: string;
  name: string;
  date: FuzzyDate | null;
  /** The host city once one is selected (or fixed by hand), else null. */
  hostCityId: string | null;
  host: string | null;
  candidates: number;
  /** Candidates not withdrawn or declined. */
  inRace: number;
}

export interface LastContact {
  interactionId: string;
  at: string;
  kind: Interaction['kind'];
  subject: string;
}

/** The earliest open next step of a candidacy: an interaction's next step or a "tell them" task. */
export interface OpenStep {
  source: 'interaction' | 'task';
  id: string;
  text: string;
  /** The step's text as a phrase when Liaison wrote it (a "tell them" task), shown in the window's language. */
  textPhrase?: StoredPhrase;
  due: string;
  overdue: boolean;
}

/** One candidacy on the board and in the table. */
export interface CandidacyRow {
  id: string;
  conferenceId: string;
  cityId: string;
  /** "Казань / Kazan" */
  city: string;
  stage: CandidacyStage;
  stageReason: string;
  score: ComparisonScore;
  lastContact: LastContact | null;
  nextStep: OpenStep | null;
  attachments: number;
  updatedAt: string;
}

export interface NegotiationBoard {
  conference: ConferenceSummary;
  /** Today in the user's home zone: what "due" and "overdue" are measured against. */
  today: string;
  rows: CandidacyRow[];
}

export interface PersonRef {
  id: string;
  name: string;
  title: string;
}

export interface CandidacyDetail {
  candidacy: Candidacy;
  conference: ConferenceSummary;
  city: City;
  /** The candidacy's contacts; `decisionMakerIds` says which of them decide. */
  people: PersonRef[];
  /** Interactions linked to the candidacy, newest first. */
  interactions: Interaction[];
  /** Tasks linked to the candidacy ("Tell Kazan the decision"). */
  tasks: Task[];
  offerItems: OfferItemView[];
  score: ComparisonScore;
  today: string;
}

export interface ComparisonCell {
  item: OfferItemView | null;
  rating: number | null;
  /** The item changed after the comparison was last marked reviewed. */
  changed: boolean;
}

export interface ComparisonColumn {
  candidacyId: string;
  city: string;
  stage: CandidacyStage;
  cells: Record<string, ComparisonCell>;
  score: ComparisonScore;
}

export interface Comparison {
  conference: ConferenceSummary;
  reviewedAt: string | null;
  rows: (ComparisonRow & { weight: number })[];
  columns: ComparisonColumn[];
}

export interface HistoryLine {
  candidacyId: string;
  city: string;
  event: CandidacyEvent;
}

export interface NegotiationHistory {
  conference: ConferenceSummary;
  /** Newest first. */
  lines: HistoryLine[];
}

export interface BriefCandidate {
  candidacyId: string;
  city: string;
  stage: CandidacyStage;
  stageReason: string;
  score: ComparisonScore;
  items: OfferItemView[];
  lastContact: LastContact | null;
  nextStep: OpenStep | null;
}

export interface NegotiationBrief {
  conference: ConferenceSummary;
  notes: string;
  today: string;
  /** In the race first (furthest along first), then those out of it. */
  candidates: BriefCandidate[];
  /** The selected city and the reason given when it was selected. */
  decision: { host: string | null; reason: string };
}

export interface NextStepRow {
  source: 'interaction' | 'task';
  /** The interaction's or the task's id. */
  id: string;
  text: string;
  /** As in OpenStep: Liaison's own text, in the window's language. */
  textPhrase?: StoredPhrase;
  due: string;
  overdue: boolean;
  candidacyId: string;
  conferenceId: string;
  city: string;
  conference: string;
  /** For an interaction's step: the record, so it can be marked done with interaction.update. */
  interaction: Interaction | null;
}

export interface NextSteps {
  today: string;
  /** The last day listed: today for `due` and `overdue`, the horizon's last day for `soon`. */
  until: string;
  zone: string;
  rows: NextStepRow[];
}

export const ConferenceIdInput = z.object({ conferenceId: IdSchema }).strict();

/** Host-city negotiations: the queries behind the board, table, compare, history and brief views. */
export const negotiationChannels = {
  'negotiations:conferences': channel<ConferenceSummary[]>()(Empty),
  'negotiations:board': channel<NegotiationBoard>()(ConferenceIdInput),
  'negotiations:candidacy': channel<CandidacyDetail>()(z.object({ id: IdSchema }).strict()),
  'negotiations:compare': channel<Comparison>()(z.object({ conferenceId: IdSchema, includeOutOfRace: z.boolean().default(false) }).strict()),
  'negotiations:history': channel<NegotiationHistory>()(z.object({ conferenceId: IdSchema, candidacyId: IdSchema.nullable().default(null) }).strict()),
  'negotiations:brief': channel<NegotiationBrief>()(ConferenceIdInput),
  /** Asks where to save, then writes the brief as Markdown; `path` is null when the user cancels. */
  'negotiations:saveBrief': channel<{ path: string | null }>()(ConferenceIdInput),
  /** The print dialog for the window (where "Save as PDF" lives). */
  'negotiations:print': channel<{ done: true }>()(Empty),
  /** Asks for files, copies them into the data folder and attaches them; `ack` is null when cancelled. */
  'negotiations:attach': channel<{ names: string[]; ack: CommitAck | null }>()(z.object({ candidacyId: IdSchema }).strict()),
  'negotiations:openAttachment': channel<{ done: true }>()(z.object({ candidacyId: IdSchema, attachmentId: IdSchema }).strict()),
  /** Next steps of every negotiation: `due` (due today or earlier) or only the `overdue` ones. */
  'nextSteps:list': channel<NextSteps>()(z.object({ when: z.enum(['due', 'soon', 'overdue']).default('due') }).strict()),
} as const;
