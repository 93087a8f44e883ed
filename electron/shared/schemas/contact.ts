import { z } from 'zod';
import { IdSchema, InstantSchema, LongText, RecordBase, ShortText } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const GenderSchema = z.enum(['female', 'male', 'unspecified']);
export type Gender = z.infer<typeof GenderSchema>;

const labelled = {
  label: z.string().trim().max(40).default(''),
  preferred: z.boolean().default(false),
};

export const EmailSchema = z.object({
  ...labelled,
  value: z.string().trim().max(254).pipe(z.email(schemaMessage('validation.notEmail'))),
});
export type Email = z.infer<typeof EmailSchema>;

export const PhoneSchema = z.object({
  ...labelled,
  value: z
    .string()
    .trim()
    .min(1, schemaMessage('validation.enterPhone'))
    .max(40)
    .regex(/^[+\d\s().\-/#*x,;ext]+$/i, schemaMessage('validation.phoneCharacters')),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const AddressSchema = z.object({
  ...labelled,
  street: ShortText.default(''),
  city: ShortText.default(''),
  region: ShortText.default(''),
  postcode: z.string().trim().max(20).default(''),
  country: ShortText.default(''),
});
export type Address = z.infer<typeof AddressSchema>;

/** "every 90 days": restarts whenever an interaction with the contact is logged. */
export const FollowUpSchema = z.object({ everyDays: z.number().int().min(1).max(3650) });

/**
 * A person. Russian names keep family, given and patronymic apart and as typed (gendered family
 * forms such as Иванова are not normalised); the Latin forms sit beside them.
 */
/** A person's name fields, in the order the form, CSV import and merge list them. */
export const CONTACT_NAME_FIELDS = [
  'family',
  'given',
  'patronymic',
  'gender',
  'familyLatin',
  'givenLatin',
  'patronymicLatin',
  'salutationRu',
  'salutationEn',
] as const;

export const ContactFields = {
  family: z.string().trim().min(1, schemaMessage('validation.enterFamilyName')).max(100),
  given: z.string().trim().max(100).default(''),
  patronymic: z.string().trim().max(100).default(''),
  gender: GenderSchema.default('unspecified'),
  familyLatin: z.string().trim().max(100).default(''),
  givenLatin: z.string().trim().max(100).default(''),
  patronymicLatin: z.string().trim().max(100).default(''),
  salutationRu: ShortText.optional(),
  salutationEn: ShortText.optional(),
  emails: z.array(EmailSchema).max(20).default([]),
  phones: z.array(PhoneSchema).max(20).default([]),
  addresses: z.array(AddressSchema).max(10).default([]),
  organizationId: IdSchema.nullable().default(null),
  title: ShortText.default(''),
  cityIds: z.array(IdSchema).max(50).default([]),
  partnershipIds: z.array(IdSchema).max(50).default([]),
  languages: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  notes: LongText.default(''),
  followUp: FollowUpSchema.nullable().default(null),
  /** The UID of the vCard this contact was imported from, so importing the same card again merges. */
  uid: z.string().trim().max(300).optional(),
};

/**
 * A contact with its bookkeeping. `deletedAt` is set while the contact is in the Trash: it keeps
 * every link so Restore brings it back whole; lists, search and duplicates skip it, and "Delete
 * forever" (or 30 days in the Trash) removes it through the reference registry. Absent means not
 * in the Trash, so records written before the Trash existed, and every creator, need no change.
 */
export const ContactSchema = z.object({ ...RecordBase, ...ContactFields, deletedAt: InstantSchema.nullable().optional() });
export type Contact = z.infer<typeof ContactSchema>;

/** What a caller supplies to create or replace a contact: every field but the record bookkeeping. */
export const ContactInputSchema = z.object(ContactFields);
export type ContactInput = z.input<typeof ContactInputSchema>;
export type ContactData = z.infer<typeof ContactInputSchema>;
