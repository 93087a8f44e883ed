import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import type { CalendarDate } from '../schemas/common';
import { IdSchema } from '../schemas/common';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import type { Schedule } from '../schemas/milestone';
import type { ParticipantStage } from '../timelines/participantStages';
import type { Span } from '../timelines/scheduleSpan';
import { Empty, channel } from './channel';
import { ExportFormatSchema } from './exportChannels';

/** A conference as the timelines screen lists it: its date, its place or its candidate places. */
export interface TimelineConference {
  id: string;
  name: string;
  date: FuzzyDate | null;
  /** The host city once chosen; null while it is being negotiated. */
  city: { id: string; name: string; zone: string } | null;
  /** "May take place in Volgograd": named before any negotiation. */
  tentativeCities: { id: string; name: string }[];
  /** The host-city candidacies (owned by Negotiations), for the "being negotiated" line. */
  candidacies: { id: string; cityName: string; stage: string }[];
  organizers: { id: string; name: string }[];
  notes: string;
  recruitmentTargets: Partial<Record<ParticipantStage, number>>;
  milestoneCount: number;
  taskCount: number;
  participantCount: number;
  example: boolean;
}

/** A milestone or task with the span it currently falls in (see scheduleSpan). */
export interface TimelineItem {
  id: string;
  kind: 'milestone' | 'task';
  conferenceId: string | null;
  conferenceName: string;
  /** A task's milestone. */
  milestoneId: string | null;
  title: string;
  /** The title as a phrase when Liaison wrote it (a "tell them" task), shown in the window's language. */
  titlePhrase?: StoredPhrase;
  schedule: Schedule | null;
  span: Span | null;
  status: 'planned' | 'in-progress' | 'blocked' | 'done';
  owner: { id: string; name: string } | null;
  dependsOnIds: string[];
  notes: string;
  notesPhrase?: StoredPhrase;
  /** Not done, and even its latest possible day is before today. */
  overdue: boolean;
}

export interface ConferenceTimeline {
  conference: TimelineConference;
  /** Today in the home zone. */
  today: CalendarDate;
  items: TimelineItem[];
}

export interface TimelineAttention {
  today: CalendarDate;
  overdue: TimelineItem[];
  /** Not done and possibly due within the next 14 days. */
  upcoming: TimelineItem[];
}

export interface ParticipantRow {
  id: string;
  contactId: string;
  name: string;
  latinName: string;
  organization: string;
  cities: string[];
  email: string;
  stage: ParticipantStage;
  stageReason: string;
  partnershipId: string | null;
  /** Planned arrival in the host city (an instant), once travel is booked. */
  arrivesAt: string | null;
}

export interface FunnelStage {
  stage: Exclude<ParticipantStage, 'declined'>;
  /** Participants at exactly this stage now. */
  current: number;
  /** Participants at this stage or beyond (declined not counted). */
  reached: number;
  target: number | null;
}

export interface Funnel {
  conferenceId: string;
  total: number;
  declined: number;
  stages: FunnelStage[];
}

/** One US city in partnerships, and whether anyone from it is recruited. */
export interface CoverageRow {
  cityId: string;
  name: string;
  region: string;
  partnerships: { id: string; partnerName: string }[];
  participants: number;
}

export interface RecruitmentDeadlineRow {
  stage: ParticipantStage;
  daysBefore: number;
  /** Null while the conference has no date. */
  span: Span | null;
  /** Participants (not declined) who have not reached this stage yet. */
  behind: number;
  /** The deadline's latest day has passed and someone is still behind. */
  overdue: boolean;
}

export interface Recruitment {
  today: CalendarDate;
  visaLeadDays: number;
  participants: ParticipantRow[];
  funnel: Funnel;
  coverage: CoverageRow[];
  deadlines: RecruitmentDeadlineRow[];
}

const ConferenceIdInput = z.object({ conferenceId: IdSchema }).strict();

/**
 * Conference timelines and recruitment: reads only; writes go through commands:run
 * (conference.*, milestone.*, task.*, participant.*).
 */
export const timelineChannels = {
  'timelines:conferences': channel<TimelineConference[]>()(Empty),
  'timelines:timeline': channel<ConferenceTimeline>()(ConferenceIdInput),
  'timelines:attention': channel<TimelineAttention>()(Empty),
  'recruitment:get': channel<Recruitment>()(ConferenceIdInput),
  /** Writes the ICS file where the save dialog says; null path when the user cancels. */
  'calendar:export': channel<{ path: string | null; events: number }>()(z.object({ conferenceId: IdSchema.nullable().default(null) }).strict()),
  /** The participants' contacts, written by the contact export (vCard 3 unless another format is named). */
  'recruitment:exportParticipants': channel<{ path: string | null; count: number }>()(
    z.object({ conferenceId: IdSchema, format: ExportFormatSchema.default('vcard3') }).strict(),
  ),
} as const;
