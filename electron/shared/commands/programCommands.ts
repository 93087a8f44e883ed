import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from '../schemas/common';
import { InvitationStatusSchema, MinuteOfDaySchema, ProgramItemInputSchema, ProgramStatusSchema } from '../schemas/programItem';

/** The conference program: items, their place in the timetable, status, speakers, and the partner's edits. */
const at = InstantSchema;

/**
 * Fresh participant ids, one per speaker or moderator the command names, made by the caller: a US
 * speaker is also a participant of the conference, and the applier adds the ones not yet in the
 * recruitment funnel under these ids (unused ids are simply not used).
 */
const participantIds = z.record(IdSchema, IdSchema).default(() => ({}));

export const ProgramCreateSchema = z.object({ type: z.literal('program.create'), at, id: IdSchema, data: ProgramItemInputSchema, participantIds });
export const ProgramUpdateSchema = z.object({ type: z.literal('program.update'), at, id: IdSchema, data: ProgramItemInputSchema, participantIds });
/** A drag or a key press in the timetable: the day, the hour, and optionally the length. */
export const ProgramPlaceSchema = z.object({
  type: z.literal('program.place'),
  at,
  id: IdSchema,
  day: z.number().int().min(1).max(14).nullable(),
  start: MinuteOfDaySchema.nullable(),
  minutes: z.number().int().min(5).max(1440).optional(),
});
export const ProgramMoveSchema = z.object({ type: z.literal('program.move'), at, id: IdSchema, status: ProgramStatusSchema, reason: z.string().max(2000).default('') });
export const ProgramDeleteSchema = z.object({ type: z.literal('program.delete'), at, ids: z.array(IdSchema).min(1).max(1000) });
/** One speaker's or moderator's invitation moves on; "declined" needs the reason. */
export const ProgramInviteSchema = z.object({
  type: z.literal('program.invite'),
  at,
  id: IdSchema,
  contactId: IdSchema,
  status: InvitationStatusSchema,
  reason: z.string().max(2000).default(''),
  /** Today in the home zone, when the invitation goes out; the reply is due by `replyBy`. */
  invitedOn: CalendarDateSchema.nullable().default(null),
  replyBy: CalendarDateSchema.nullable().default(null),
});
export const ProgramSetVenueHoursSchema = z.object({
  type: z.literal('program.setVenueHours'),
  at,
  conferenceId: IdSchema,
  hours: z.object({ opens: z.number().int().min(0).max(1439), closes: z.number().int().min(1).max(1440) }).nullable(),
});
/** A US participant's planned arrival in the host city, once travel is booked. */
export const ParticipantSetArrivalSchema = z.object({ type: z.literal('participant.setArrival'), at, id: IdSchema, arrivesAt: InstantSchema.nullable() });

/** What the partner changed in one row of the spreadsheet, as the user accepted it. */
export const ProgramChangeSchema = z.object({
  titleEn: z.string().trim().max(300).optional(),
  titleRu: z.string().trim().max(300).optional(),
  day: z.number().int().min(1).max(14).nullable().optional(),
  start: MinuteOfDaySchema.nullable().optional(),
  minutes: z.number().int().min(5).max(1440).optional(),
  status: ProgramStatusSchema.optional(),
  /** Why, when the partner dropped the item. */
  statusReason: z.string().max(2000).optional(),
});
export type ProgramChange = z.infer<typeof ProgramChangeSchema>;

/** The accepted part of the partner's edited copy, applied as one undo step. */
export const ProgramImportSchema = z.object({
  type: z.literal('program.import'),
  at,
  conferenceId: IdSchema,
  creates: z.array(z.object({ id: IdSchema, data: ProgramItemInputSchema })).max(500).default(() => []),
  updates: z.array(z.object({ id: IdSchema, change: ProgramChangeSchema })).max(500).default(() => []),
});
