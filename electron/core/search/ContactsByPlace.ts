import type { Contact } from '../../shared/schemas/contact';

/**
 * Which contacts link to each organisation and city, so renaming one reindexes its contacts only
 * instead of scanning all of them inside the commit.
 *
 * Built on first use (the first rename of a session scans the contacts once; start-up does not pay
 * for it), then kept up by `add` for every contact the store changes. Links are only ever added: a
 * contact that moves to another organisation stays listed under the old one, and `contactsOf`
 * checks each contact's current links, so a stale entry costs one look-up and nothing else.
 */
export class ContactsByPlace {
  private readonly byPlace = new Map<string, Set<string>>();
  private built = false;

  /** Notes the contact's current organisation and cities (nothing to do before the first build). */
  add(contact: Pick<Contact, 'id' | 'organizationId' | 'cityIds'>): void {
    if (!this.built) return;
    if (contact.organizationId) this.link(contact.organizationId, contact.id);
    for (const cityId of contact.cityIds) this.link(cityId, contact.id);
  }

  /** The contacts of `contacts` that link now to any of `placeIds` (organisations or cities), each once. */
  contactsOf(placeIds: Iterable<string>, contacts: Readonly<Record<string, Contact>>): Contact[] {
    if (!this.built) {
      this.built = true;
      for (const contact of Object.values(contacts)) this.add(contact);
    }
    const seen = new Set<string>();
    const found: Contact[] = [];
    const wanted = new Set(placeIds);
    for (const placeId of wanted) {
      for (const id of this.byPlace.get(placeId) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const contact = Object.hasOwn(contacts, id) ? contacts[id] : undefined;
        if (!contact) continue;
        if ((contact.organizationId && wanted.has(contact.organizationId)) || contact.cityIds.some((c) => wanted.has(c))) found.push(contact);
      }
    }
    return found;
  }

  private link(placeId: string, contactId: string): void {
    const ids = this.byPlace.get(placeId);
    if (ids) ids.add(contactId);
    else this.byPlace.set(placeId, new Set([contactId]));
  }
}
