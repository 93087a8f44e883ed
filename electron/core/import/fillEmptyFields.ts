import type { Contact, ContactData } from '../../shared/schemas/contact';

type Fill = Partial<ContactData>;

const LATIN_OF: Readonly<Record<string, 'family' | 'given' | 'patronymic'>> = {
  familyLatin: 'family',
  givenLatin: 'given',
  patronymicLatin: 'patronymic',
};

/** A field holds nothing: an empty string, an empty list, null, or a gender nobody set. */
function isEmpty(key: string, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return key === 'gender' && value === 'unspecified';
}

/**
 * What a merge changes: each field of `fill` that holds something, where the contact's field holds
 * nothing. A merge never overwrites what the user typed. A Latin form is filled only when it is
 * the Latin form of the contact's own spelling: the name part is filled too, or is the same; the
 * name part then rides along (unchanged) so the rule holds again when the command is applied.
 */
export function fillEmptyFields(current: Contact, fill: Fill): Fill {
  const now: Record<string, unknown> = current;
  const incoming: Record<string, unknown> = fill;
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fill)) {
    if (isEmpty(key, value) || !isEmpty(key, now[key])) continue;
    const base = LATIN_OF[key];
    if (base) {
      const sameName = isEmpty(base, now[base]) ? !isEmpty(base, incoming[base]) : now[base] === incoming[base];
      if (!sameName) continue;
      changes[base] = incoming[base];
    }
    changes[key] = value;
  }
  return changes;
}
