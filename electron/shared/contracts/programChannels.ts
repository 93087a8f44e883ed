import { z } from 'zod';
import type { CalendarDate } from '../schemas/common';
import { IdSchema } from '../schemas/common';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import type { Invitation, ProgramItemData, ProgramKind, ProgramStatus } from '../schemas/programItem';
import type { Clash } from '../program/programClashes';
import type { ProgramChange } from '../commands/programCommands';
import type { StoredPhrase } from '../i18n/Phrase';
import { Empty, channel } from './channel';

/** A speaker or moderator as the timetable shows them. */
export interface ProgramPerson {
  contactId: string;
  name: string;
  latinName: string;
  invitation: Invitation;
  /** Invited, and the reply is past due. */
  overdue: boolean;
  /** From a US city: also a participant of the conference. */
  us: boolean;
}

export interface ProgramRow {
  id: string;
  titleEn: string;
  titleRu: string;
  descriptionEn: string;
  descriptionRu: string;
  kind: ProgramKind;
  topics: string[];
  day: number | null;
  start: number | null;
  minutes: number;
  /** The day's date once the conference date is fixed. */
  date: CalendarDate | null;
  /** Start and end as instants in the host zone, once dated and the host city known. */
  startsAt: string | null;
  endsAt: string | null;
  place: string;
  speakers: ProgramPerson[];
  moderators: ProgramPerson[];
  proposedBy: { id: string; name: string } | null;
  status: ProgramStatus;
  statusReason: string;
  notes: string;
  clashes: Clash[];
  rev: number;
}

export interface ProgramView {
  conference: {
    id: string;
    name: string;
    date: FuzzyDate | null;
    /** Days have dates: the conference date is one day or a short unhedged range. */
    dateFixed: boolean;
    /** How many day columns the timetable shows. */
    days: number;
    /** The days' dates, when fixed (index 0 is Day 1). */
    dayDates: (CalendarDate | null)[];
    zone: string | null;
    cityName: string;
    venueHours: { opens: number; closes: number } | null;
    /** The organisations developing the program; the proposer is one of them. */
    organizers: { id: string; name: string }[];
  };
  today: CalendarDate;
  items: ProgramRow[];
  /** Names the clashes mention, by id: the speakers' names and the other items' titles. */
  names: Record<string, string>;
}

/** A speaker whose reply is overdue, for Home. */
export interface OverdueReply {
  itemId: string;
  conferenceId: string;
  conferenceName: string;
  title: string;
  titleRu: string;
  contactId: string;
  name: string;
  replyBy: CalendarDate;
  daysOverdue: number;
}

/** One row of the partner's edited copy compared with the program: what would change. */
export interface ProgramReviewChange {
  /** The item's id (stable, from the spreadsheet), or a fresh id for a new row. */
  id: string;
  isNew: boolean;
  /** What the row says, readable side by side with the program. */
  before: { titleEn: string; titleRu: string; day: number | null; start: number | null; minutes: number; status: ProgramStatus } | null;
  after: { titleEn: string; titleRu: string; day: number | null; start: number | null; minutes: number; status: ProgramStatus };
  /** Which of the fields changed: "new", "time", "title", "status". */
  kinds: ('new' | 'time' | 'title' | 'status')[];
  change: ProgramChange;
  /** Why the change cannot be accepted as it stands (e.g. confirming an item without a time), in no language yet. */
  problem: StoredPhrase | null;
}

export interface ProgramReview {
  path: string;
  /** New items as they would be created, by the change's id: accepting one runs it in program.import. */
  creates: Record<string, ProgramItemData>;
  changes: ProgramReviewChange[];
  /** Rows that could not be read, each with its line and a sentence. */
  skipped: { line: number; reason: StoredPhrase }[];
}

export const ProgramExportFormatSchema = z.enum(['csv', 'md', 'ics']);
export type ProgramExportFormat = z.infer<typeof ProgramExportFormatSchema>;

const conferenceId = z.object({ conferenceId: IdSchema }).strict();

export const programChannels = {
  'program:get': channel<ProgramView>()(conferenceId),
  'program:overdueReplies': channel<OverdueReply[]>()(Empty),
  /** Asks where to save, then writes the file; `path` is null when the user cancelled. */
  'program:export': channel<{ path: string | null; items: number }>()(z.object({ conferenceId: IdSchema, format: ProgramExportFormatSchema }).strict()),
  /** Asks for the partner's edited spreadsheet and compares it with the program; null when cancelled. Nothing changes until the accepted part runs as `program.import`. */
  'program:review': channel<{ review: ProgramReview | null }>()(conferenceId),
  /** The print dialog for the window showing the printable program. */
  'program:print': channel<{ done: true }>()(Empty),
  /** Asks where to save, then writes the window showing the printable program as a PDF; `path` is null when the user cancelled. */
  'program:savePdf': channel<{ path: string | null }>()(conferenceId),
} as const;
