import { isDialable } from '../../shared/phone/isDialable';
import type { Contact, ContactData } from '../../shared/schemas/contact';

export type ListAdditions = Partial<Pick<ContactData, 'emails' | 'phones' | 'addresses' | 'websites' | 'tags' | 'languages' | 'cityIds' | 'partnershipIds'>>;

const emailKey = (e: { value: string }) => e.value.trim().toLowerCase();
// Digits compare numbers however they are punctuated; one a phone cannot dial (+1-800-MYFAX, "n/a") by its text.
const phoneKey = (p: { value: string }) => (isDialable(p.value) ? p.value.replace(/[^\d+]/g, '') : p.value.trim().toLowerCase());
const addressKey = (a: { street: string; city: string; postcode: string }) => [a.street, a.city, a.postcode].map((s) => s.trim().toLowerCase()).join('|');
const textKey = (s: string) => s.trim().toLowerCase();

function missing<T>(current: readonly T[], incoming: readonly T[] | undefined, key: (item: T) => string): T[] {
  const have = new Set(current.map(key));
  const out: T[] = [];
  for (const item of incoming ?? []) {
    const k = key(item);
    if (have.has(k)) continue;
    have.add(k);
    out.push(item);
  }
  return out;
}

/**
 * The emails, phones, addresses, tags, languages, cities and partnerships of `incoming` that the
 * contact lacks: what a merge the user asked for adds, so the second address of the same person is
 * not lost. An added item is never preferred, so the contact's own choice stands.
 */
export function addMissingItems(current: Contact, incoming: ListAdditions): ListAdditions {
  const notPreferred = <T extends { preferred: boolean }>(items: T[]) => items.map((item) => ({ ...item, preferred: false }));
  const additions: ListAdditions = {
    emails: notPreferred(missing(current.emails, incoming.emails, emailKey)),
    phones: notPreferred(missing(current.phones, incoming.phones, phoneKey)),
    addresses: notPreferred(missing(current.addresses, incoming.addresses, addressKey)),
    websites: notPreferred(missing(current.websites, incoming.websites, (w) => w.value.trim().toLowerCase())),
    tags: missing(current.tags, incoming.tags, textKey),
    languages: missing(current.languages, incoming.languages, textKey),
    cityIds: missing(current.cityIds, incoming.cityIds, (id) => id),
    partnershipIds: missing(current.partnershipIds, incoming.partnershipIds, (id) => id),
  };
  for (const key of Object.keys(additions) as (keyof ListAdditions)[]) if ((additions[key]?.length ?? 0) === 0) delete additions[key];
  return additions;
}

/** The contact's lists with the additions appended. */
export function withAdditions(current: Contact, additions: ListAdditions): ListAdditions {
  return {
    ...(additions.emails ? { emails: [...current.emails, ...additions.emails] } : {}),
    ...(additions.phones ? { phones: [...current.phones, ...additions.phones] } : {}),
    ...(additions.addresses ? { addresses: [...current.addresses, ...additions.addresses] } : {}),
    ...(additions.websites ? { websites: [...current.websites, ...additions.websites] } : {}),
    ...(additions.tags ? { tags: [...current.tags, ...additions.tags] } : {}),
    ...(additions.languages ? { languages: [...current.languages, ...additions.languages] } : {}),
    ...(additions.cityIds ? { cityIds: [...current.cityIds, ...additions.cityIds] } : {}),
    ...(additions.partnershipIds ? { partnershipIds: [...current.partnershipIds, ...additions.partnershipIds] } : {}),
  };
}
