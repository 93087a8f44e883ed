import { z } from 'zod';
import { CityInputSchema } from '../schemas/city';
import { IdSchema, InstantSchema } from '../schemas/common';
import { ContactInputSchema } from '../schemas/contact';
import { OrganizationInputSchema } from '../schemas/organization';

/**
 * One import, however many records it touches, is one command and so one undo step. The caller
 * has matched every record against the workspace already: `creates` are new contacts (with the
 * organisations and cities they name that did not exist), `merges` fill empty fields of existing
 * contacts. The applier fills only fields that are still empty when it runs, and adds only items
 * the contact still lacks.
 */
export const ContactImportSchema = z.object({
  type: z.literal('contact.import'),
  at: InstantSchema,
  /** The file's name, for the undo menu: "Import 12 contacts from contacts.vcf". */
  source: z.string().max(300).default(''),
  organizations: z.array(OrganizationInputSchema.extend({ id: IdSchema })).max(100_000).default(() => []),
  cities: z.array(CityInputSchema.extend({ id: IdSchema })).max(100_000).default(() => []),
  creates: z.array(ContactInputSchema.extend({ id: IdSchema })).max(100_000).default(() => []),
  /**
   * `fill` sets fields that are empty; `add` appends the emails, phones and websites the contact
   * lacks (every merge, so no number in a file is lost) and, when the user chose to merge a
   * same-name contact, its addresses, tags, languages, cities and partnerships too.
   */
  merges: z
    .array(
      z.object({
        id: IdSchema,
        fill: ContactInputSchema.partial(),
        add: ContactInputSchema.pick({ emails: true, phones: true, addresses: true, websites: true, tags: true, languages: true, cityIds: true, partnershipIds: true })
          .partial()
          .optional(),
      }),
    )
    .max(100_000)
    .default(() => []),
});
