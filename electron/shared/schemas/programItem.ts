import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LongText, RecordBase } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const ProgramKindSchema = z.enum([
  'plenary',
  'panel',
  'workshop',
  'roundtable',
  'site-visit',
  'reception',
  'signing',
  'cultural',
  'travel',
]);
export type ProgramKind = z.infer<typeof ProgramKindSchema>;

/** idea → proposed → agreed (by both organisations) → confirmed; dropped (with a reason) from anywhere. */
export const ProgramStatusSchema = z.enum(['idea', 'proposed', 'agreed', 'confirmed', 'dropped']);
export type ProgramStatus = z.infer<typeof ProgramStatusSchema>;

export const InvitationStatusSchema = z.enum(['to-invite', 'invited', 'accepted', 'declined']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** Where one speaker or moderator stands with the invitation; keyed by contact id on the item. */
export const InvitationSchema = z.object({
  status: InvitationStatusSchema.default('to-invite'),
  /** Why they declined; required for "declined". */
  reason: z.string().max(2000).default(''),
  /** The day the invitation went out, and the day a reply is due (home zone). */
  invitedOn: CalendarDateSchema.nullable().default(null),
  replyBy: CalendarDateSchema.nullable().default(null),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** Minutes after midnight on the host city's wall clock (Russia has no DST, a US host may). */
export const MinuteOfDaySchema = z.number().int().min(0).max(24 * 60 - 1);

const Title = z.string().trim().max(300);

export const ProgramItemFields = {
  conferenceId: IdSchema,
  /** Both languages; at least one is required (checked below, and by the appliers). */
  titleEn: Title.default(''),
  titleRu: Title.default(''),
  descriptionEn: LongText.default(''),
  descriptionRu: LongText.default(''),
  kind: ProgramKindSchema.default('panel'),
  topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /**
   * "Day 1", "Day 2", … of the conference; the day becomes a date only when the conference date
   * is fixed (programDays.ts), so a program drafted while the date is a range survives the date
   * being set or moved. Null: not placed yet.
   */
  day: z.number().int().min(1).max(14).nullable().default(null),
  /** Wall-clock start in the host city; null: the day is known, the hour is not. */
  start: MinuteOfDaySchema.nullable().default(null),
  minutes: z.number().int().min(5).max(24 * 60).default(60),
  /** A venue, a room, or a site in the host city, as the user writes it; items in the same place must not overlap. */
  place: z.string().trim().max(200).default(''),
  speakerIds: z.array(IdSchema).max(50).default([]),
  moderatorIds: z.array(IdSchema).max(20).default([]),
  /** Invitation status per speaker or moderator, keyed by contact id (absent = to invite). */
  invitations: z.record(IdSchema, InvitationSchema).default(() => ({})),
  /** The organisation that proposed the item (one of the two that develop the program together). */
  proposedById: IdSchema.nullable().default(null),
  status: ProgramStatusSchema.default('idea'),
  /** Required when dropped. */
  statusReason: z.string().max(2000).default(''),
  notes: LongText.default(''),
};

const hasTitle = (item: { titleEn: string; titleRu: string }): boolean => item.titleEn.trim() !== '' || item.titleRu.trim() !== '';
const titleRule = { ...schemaMessage('validation.enterTitle'), path: ['titleEn'] };

export const ProgramItemSchema = z.object({ ...RecordBase, ...ProgramItemFields }).refine(hasTitle, titleRule);
export type ProgramItem = z.infer<typeof ProgramItemSchema>;
export const ProgramItemInputSchema = z.object(ProgramItemFields).refine(hasTitle, titleRule);
export type ProgramItemInput = z.input<typeof ProgramItemInputSchema>;
export type ProgramItemData = z.infer<typeof ProgramItemInputSchema>;
