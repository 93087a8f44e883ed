import { CommandError } from '../core/commands/CommandError';
import { contactDisplayName } from '../shared/names/contactDisplayName';
import { sameName } from '../shared/names/sameName';
import type { Workspace } from '../shared/schemas/workspace';
import { searchKeys, searchKeysForPrefix } from '../shared/transliteration/searchKey';

const words = (text: string) => text.split(/[\s\-–—]+/u).filter((w) => w.length > 0);

/** Word by word, each typed word the start of the name's word, in either script or spelling. */
function startsName(name: string, typed: string): boolean {
  const nameWords = words(name);
  const typedWords = words(typed);
  if (typedWords.length === 0 || typedWords.length > nameWords.length) return false;
  return typedWords.every((word, i) => {
    const prefixes = searchKeysForPrefix(word);
    return searchKeys(nameWords[i] ?? '').some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  });
}

/**
 * The one record named by id, by its whole name, or by a prefix of its name that no other record
 * shares, in either script ("Great", "summit", "Саммит"). Refuses with a sentence otherwise.
 */
export function findByName<R extends { id: string }>(records: R[], ref: string, names: (record: R) => string[], what: [string, string]): R {
  const byId = records.find((r) => r.id === ref);
  if (byId) return byId;
  const exact = records.filter((r) => names(r).some((name) => sameName(name, ref)));
  if (exact.length === 1 && exact[0]) return exact[0];
  const matches = exact.length > 1 ? exact : records.filter((r) => names(r).some((name) => startsName(name, ref)));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) throw new CommandError('not-found', `No ${what[0]} is named “${ref}”; give its id or the start of its name.`);
  const listed = matches.slice(0, 5).map((r) => names(r)[0] ?? r.id).join('; ');
  throw new CommandError('conflict', `“${ref}” names ${matches.length} ${what[1]} (${listed}); give more of the name or the id.`);
}

export function findConference(ws: Readonly<Workspace>, ref: string) {
  return findByName(Object.values(ws.conferences), ref, (c) => [c.name], ['conference', 'conferences']);
}

/** Contacts in the Trash are not found: they are out of every list until restored. */
export function findContact(ws: Readonly<Workspace>, ref: string) {
  const live = Object.values(ws.contacts).filter((c) => !c.deletedAt);
  return findByName(
    live,
    ref,
    (c) => [contactDisplayName(c), [c.givenLatin, c.familyLatin].filter(Boolean).join(' '), [c.familyLatin, c.givenLatin].filter(Boolean).join(' ')].filter(Boolean),
    ['contact', 'contacts'],
  );
}
