import { z } from 'zod';
import { IdSchema, InstantSchema, LongText, RecordBase, ShortText } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const GenderSchema = z.enum(['female', 'male', 'unspecified']);
export type Gender = z.infer<typeof GenderSchema>;

const labelled = {
  label: z.string().trim().max(40).default(''),
  preferred: z.boolean().default(false),
};

/**
 * An address is kept when it has one "@" between a local part and a domain with no spaces, and
 * nothing more is asked: RFC 6531 addresses (blablö@blub.com, почта@пример.рф) are valid, and a
 * single-label domain (contact1@invalid) is what the user's other tools hold. What is unusual is
 * said beside it (`emailWarning`), never refused.
 */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/u;

export const EmailSchema = z.object({
  ...labelled,
  value: z.string().trim().max(254).regex(EMAIL_SHAPE, schemaMessage('validation.notEmail')),
});
export type Email = z.infer<typeof EmailSchema>;

export const PhoneSchema = z.object({
  ...labelled,
  // Any text is kept as typed: a vanity number (+1-800-MYFAX) or a placeholder is what the
  // user's other tools hold; `isDialable` marks the ones a phone cannot call.
  value: z.string().trim().min(1, schemaMessage('validation.enterPhone')).max(100),
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

/** What a contact is: a person, or an organisation in its own right (vCard 4 KIND:org, Apple's company cards). */
export const ContactKindSchema = z.enum(['person', 'org']);
export type ContactKind = z.infer<typeof ContactKindSchema>;

/**
 * A day in the year, with or without the year: `1961-04-12`, or `--04-12` when the year is not
 * known (vCard's `--0412`). February 29 is allowed without a year.
 */
export const PartialDateSchema = z
  .string()
  .trim()
  .regex(/^(?:\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, schemaMessage('validation.partialDate'))
  .refine(isRealDay, schemaMessage('validation.partialDate'));

function isRealDay(text: string): boolean {
  const [year = '', month = '', day = ''] = text.startsWith('--') ? ['2000', ...text.slice(2).split('-')] : text.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A web address as typed; only http(s) and bare host names are ever opened, and only by the user's browser. */
export const WebsiteSchema = z.object({
  ...labelled,
  value: z.string().trim().min(1).max(500),
});
export type Website = z.infer<typeof WebsiteSchema>;

/** A photo's file in the workspace's `photos/` folder: `<uuid>.<jpg|png|gif|webp>`, nothing with a path in it. */
export const PhotoFileSchema = z.string().regex(/^[0-9a-f-]{36}\.(?:jpg|png|gif|webp)$/);

/**
 * A person's name fields (and an organisation's), in the order the form, CSV import and merge list
 * them. Every part is optional: a contact may be known only by a given name, a nickname, the name
 * as a card wrote it whole (`fullName`, vCard FN), an email or a phone.
 */
export const CONTACT_NAME_FIELDS = [
  'prefix',
  'family',
  'given',
  'patronymic',
  'middleNames',
  'suffix',
  'nickname',
  'fullName',
  'gender',
  'familyLatin',
  'givenLatin',
  'patronymicLatin',
  'familyPhonetic',
  'givenPhonetic',
  'middlePhonetic',
  'salutationRu',
  'salutationEn',
] as const;

const NamePart = z.string().trim().max(100).default('');

/**
 * A person or an organisation. Russian names keep family, given and patronymic apart and as typed
 * (gendered family forms such as Иванова are not normalised); other additional names are middle
 * names, one per entry. The Latin forms are for a name in another script (Иванова: Ivanova); the
 * phonetic forms are how a name is said (Apple's and Google's phonetic fields), never its Latin form.
 */
export const ContactFields = {
  kind: ContactKindSchema.default('person'),
  family: NamePart,
  given: NamePart,
  patronymic: NamePart,
  middleNames: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
  /** Honorific prefix and suffix as vCard N writes them: "Dr.", "Hon."; "Jr.", "PhD". */
  prefix: NamePart,
  suffix: NamePart,
  nickname: NamePart,
  /** The name as written whole, when its parts are not known ("zzMad Perla 45"), or an organisation's name. */
  fullName: z.string().trim().max(200).default(''),
  gender: GenderSchema.default('unspecified'),
  familyLatin: NamePart,
  givenLatin: NamePart,
  patronymicLatin: NamePart,
  familyPhonetic: NamePart,
  givenPhonetic: NamePart,
  middlePhonetic: NamePart,
  salutationRu: ShortText.optional(),
  salutationEn: ShortText.optional(),
  birthday: PartialDateSchema.nullable().default(null),
  anniversary: PartialDateSchema.nullable().default(null),
  emails: z.array(EmailSchema).max(20).default([]),
  phones: z.array(PhoneSchema).max(20).default([]),
  addresses: z.array(AddressSchema).max(10).default([]),
  websites: z.array(WebsiteSchema).max(20).default([]),
  photo: PhotoFileSchema.nullable().default(null),
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

/** Every field at its default: what a creator spreads first, so fields added later need no change there. */
export function blankContactData(): ContactData {
  return ContactInputSchema.parse({});
}
