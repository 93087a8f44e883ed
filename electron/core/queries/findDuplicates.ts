import type { DuplicateList, DuplicatePair, DuplicateReason } from '../../shared/contracts/duplicateChannels';
import { toE164 } from '../../shared/phone/toE164';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import { searchKeys } from '../../shared/transliteration/searchKey';
import { contactRow } from './contactRow';

/**
 * A value shared by more contacts than this is an office switchboard or a shared inbox, not one
 * person recorded twice: pairing them all would bury the real duplicates.
 */
export const MAX_GROUP = 12;

interface Key {
  reason: DuplicateReason;
  key: string;
  evidence: string;
}

/** The transliterated family and given name ("ivanova mariia"): the same in either script. */
function nameKey(contact: Contact): string | null {
  const family = searchKeys(contact.familyLatin || contact.family)[0];
  const given = searchKeys(contact.givenLatin || contact.given)[0];
  // A family name alone is too common to call two people one.
  return family && given ? `${family} ${given}` : null;
}

function keysOf(ws: Readonly<Workspace>, contact: Contact): Key[] {
  const keys: Key[] = [];
  for (const email of contact.emails) {
    const folded = email.value.trim().toLocaleLowerCase();
    if (folded) keys.push({ reason: 'email', key: `e:${folded}`, evidence: folded });
  }
  // A number with no country code is read in the country of the contact's first city.
  const country = contact.cityIds.map((id) => ws.cities[id]?.country).find((c) => c !== undefined);
  for (const phone of contact.phones) {
    const e164 = toE164(phone.value, country === 'US' ? 'US' : 'RU');
    if (e164) keys.push({ reason: 'phone', key: `p:${e164}`, evidence: e164 });
  }
  const name = nameKey(contact);
  if (name) {
    for (const cityId of new Set(contact.cityIds)) {
      const city = ws.cities[cityId];
      if (city) keys.push({ reason: 'name-city', key: `n:${name}|${cityId}`, evidence: `${contact.family} ${contact.given} · ${city.nameLatin}` });
    }
  }
  return keys;
}

/**
 * Likely duplicates among contacts outside the Trash: two contacts sharing an email (case-folded),
 * a phone number (normalised to E.164), or the same transliterated name in the same city. Pairs
 * with more kinds of evidence come first.
 */
export function findDuplicates(ws: Readonly<Workspace>, limit: number): DuplicateList {
  const groups = new Map<string, { key: Key; members: Contact[] }>();
  for (const contact of Object.values(ws.contacts)) {
    if (contact.deletedAt) continue;
    for (const key of keysOf(ws, contact)) {
      const group = groups.get(key.key);
      if (!group) groups.set(key.key, { key, members: [contact] });
      else if (!group.members.includes(contact)) group.members.push(contact);
    }
  }
  const pairs = new Map<string, { a: Contact; b: Contact; reasons: Set<DuplicateReason>; evidence: string[] }>();
  for (const { key, members } of groups.values()) {
    if (members.length < 2 || members.length > MAX_GROUP) continue;
    const sorted = [...members].sort((x, y) => (x.id < y.id ? -1 : 1));
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1)) {
        const id = `${a.id}|${b.id}`;
        let pair = pairs.get(id);
        if (!pair) {
          pair = { a, b, reasons: new Set(), evidence: [] };
          pairs.set(id, pair);
        }
        pair.reasons.add(key.reason);
        if (!pair.evidence.includes(key.evidence)) pair.evidence.push(key.evidence);
      }
    });
  }
  const ranked = [...pairs.values()].sort((x, y) => y.reasons.size - x.reasons.size || y.evidence.length - x.evidence.length || (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));
  const result: DuplicatePair[] = ranked.slice(0, limit).map((pair) => ({
    a: contactRow(ws, pair.a),
    b: contactRow(ws, pair.b),
    reasons: (['email', 'phone', 'name-city'] as const).filter((reason) => pair.reasons.has(reason)),
    evidence: pair.evidence,
  }));
  return { pairs: result, truncated: ranked.length > limit };
}
