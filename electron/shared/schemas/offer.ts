import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './common';
import { FuzzyDateSchema } from './fuzzyDate';
import { schemaMessage } from '../i18n/schemaMessage';

/** The items every offer is compared on, in the order the compare view and the brief show them. */
export const offerItemKeys = [
  'proposedDates',
  'venue',
  'capacity',
  'hotelRooms',
  'hotelRates',
  'localFunding',
  'inKindSupport',
  'visaSupport',
  'airLinks',
  'nearbyPartnerCities',
  'decidesWhoAndBy',
  'openQuestions',
] as const;
export type OfferItemKey = (typeof offerItemKeys)[number];

/** Items whose value is a whole number (seats, rooms); the dates item holds a FuzzyDate; the rest text. */
export const numberOfferItems: readonly OfferItemKey[] = ['capacity', 'hotelRooms'];

/**
 * Where a comparison row's rating and weight are kept: a standard item's key, or `free:` and the
 * folded label of a free item, so "Media coverage" offered by two cities lands on one row.
 */
export const ComparisonKeySchema = z.string().max(90).refine((key): boolean => isComparisonKey(key), schemaMessage('validation.notOfferItem'));
export type ComparisonKey = OfferItemKey | `free:${string}`;

export function isComparisonKey(key: string): key is ComparisonKey {
  return (offerItemKeys as readonly string[]).includes(key) || /^free:\S(?:.{0,78}\S)?$/u.test(key);
}

/** The comparison key of a free item: its label folded, so spelling case and spaces do not split rows. */
export function freeItemKey(label: string): ComparisonKey {
  return `free:${label.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en')}`;
}

/** What the user states about one item: where it comes from, and when it was last confirmed. */
const provenance = {
  source: z.string().trim().max(500).default(''),
  confirmedOn: CalendarDateSchema.nullable().default(null),
};
/** Stamped by the command that changed the item's value, source or date; drives "changed since reviewed". */
const changedAt = { changedAt: InstantSchema };

const textValue = z.string().trim().min(1, schemaMessage('validation.valueOrClear')).max(2000);
const numberValue = z.number().int(schemaMessage('validation.wholeNumber')).min(0, schemaMessage('validation.zeroOrMore')).max(10_000_000);

export const OfferTextItemInputSchema = z.object({ value: textValue, ...provenance });
/**
 * A count as a number when it is one ("350"), else as the city put it ("350 rooms in 4 hotels"):
 * refusing the words would make the user drop what the city said.
 */
export const OfferNumberItemInputSchema = z.object({ value: z.union([numberValue, textValue]), ...provenance });
export const OfferDatesItemInputSchema = z.object({ value: FuzzyDateSchema, ...provenance });
export const OfferFreeItemInputSchema = z.object({
  id: IdSchema,
  label: z.string().trim().min(1, schemaMessage('validation.nameTheItem')).max(80),
  value: textValue,
  ...provenance,
});

/** An offer as a caller sends it: an absent item is one the city has said nothing about. */
export const OfferInputSchema = z.object({
  proposedDates: OfferDatesItemInputSchema.optional(),
  venue: OfferTextItemInputSchema.optional(),
  capacity: OfferNumberItemInputSchema.optional(),
  hotelRooms: OfferNumberItemInputSchema.optional(),
  hotelRates: OfferTextItemInputSchema.optional(),
  localFunding: OfferTextItemInputSchema.optional(),
  inKindSupport: OfferTextItemInputSchema.optional(),
  visaSupport: OfferTextItemInputSchema.optional(),
  airLinks: OfferTextItemInputSchema.optional(),
  nearbyPartnerCities: OfferTextItemInputSchema.optional(),
  decidesWhoAndBy: OfferTextItemInputSchema.optional(),
  openQuestions: OfferTextItemInputSchema.optional(),
  free: z.array(OfferFreeItemInputSchema).max(30).default(() => []),
});
export type OfferInput = z.input<typeof OfferInputSchema>;
export type OfferData = z.infer<typeof OfferInputSchema>;

export const OfferTextItemSchema = OfferTextItemInputSchema.extend(changedAt);
export const OfferNumberItemSchema = OfferNumberItemInputSchema.extend(changedAt);
export const OfferDatesItemSchema = OfferDatesItemInputSchema.extend(changedAt);
export const OfferFreeItemSchema = OfferFreeItemInputSchema.extend(changedAt);
export type OfferFreeItem = z.infer<typeof OfferFreeItemSchema>;

/** An offer as stored: every item carries the instant it last changed. */
export const OfferSchema = z.object({
  proposedDates: OfferDatesItemSchema.optional(),
  venue: OfferTextItemSchema.optional(),
  capacity: OfferNumberItemSchema.optional(),
  hotelRooms: OfferNumberItemSchema.optional(),
  hotelRates: OfferTextItemSchema.optional(),
  localFunding: OfferTextItemSchema.optional(),
  inKindSupport: OfferTextItemSchema.optional(),
  visaSupport: OfferTextItemSchema.optional(),
  airLinks: OfferTextItemSchema.optional(),
  nearbyPartnerCities: OfferTextItemSchema.optional(),
  decidesWhoAndBy: OfferTextItemSchema.optional(),
  openQuestions: OfferTextItemSchema.optional(),
  free: z.array(OfferFreeItemSchema).max(30).default(() => []),
});
export type Offer = z.infer<typeof OfferSchema>;

export const RatingSchema = z.number().int().min(0, schemaMessage('validation.ratingRange')).max(5, schemaMessage('validation.ratingRange'));
export const WeightSchema = z.number().int().min(0, schemaMessage('validation.weightRange')).max(10, schemaMessage('validation.weightRange'));

/** A file kept with a candidacy, copied into `<dataDir>/attachments/<candidacyId>/<storedAs>`. */
export const AttachmentSchema = z.object({
  id: IdSchema,
  /** The name the user's file had; shown in the list. */
  name: z.string().trim().min(1).max(255),
  /** The file's name inside the candidacy's folder: one plain name, never a path. */
  storedAs: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, schemaMessage('validation.attachmentName'))
    .refine((name) => name !== '.' && name !== '..', schemaMessage('validation.attachmentName')),
  addedAt: InstantSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

// 'rating' is a candidacy's item rated (field: the item's key, before/after: '' or 0–5); 'weight' an
// item weighed for the whole comparison (kept on the conference).
export const CandidacyEventKindSchema = z.enum(['created', 'stage', 'offer', 'decision', 'attachment', 'rating', 'weight']);
export type CandidacyEventKind = z.infer<typeof CandidacyEventKindSchema>;

/**
 * One line of a candidacy's history, written by the command that made the change (so undo takes
 * it back with the change): what changed, from what to what, and why when a reason was given.
 */
export const CandidacyEventSchema = z.object({
  at: InstantSchema,
  kind: CandidacyEventKindSchema,
  /** The stage, the offer item's comparison key, `host` for a decision, the file name... */
  field: z.string().max(100).default(''),
  before: z.string().max(500).default(''),
  after: z.string().max(500).default(''),
  reason: z.string().max(2000).default(''),
});
export type CandidacyEvent = z.infer<typeof CandidacyEventSchema>;

/** The history a candidacy keeps; older lines fall off. */
export const CANDIDACY_EVENTS_KEPT = 500;
