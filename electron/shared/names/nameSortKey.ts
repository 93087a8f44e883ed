import { toLatinIcao } from '../transliteration/toLatinIcao';
import { contactDisplayName } from './contactDisplayName';

type Sortable = Parameters<typeof contactDisplayName>[0];

/**
 * What "sort by name" compares: the family name first whatever order the name is shown in
 * (Jennifer Collins sorts under C). A contact with no family name sorts by what the list shows
 * for it (a given name, nickname, email).
 *
 * In the English window the key is read in Latin letters, so a list holding both scripts
 * interleaves them the way the English reader spells them (Иванов, shown with "Ivanov" under
 * it, sits between Harris and Jones) instead of putting every Latin name after every Cyrillic
 * one. The name as typed follows, so two names with the same Latin form still order by their
 * own script. In the Russian window the name is kept as typed: a Russian collation orders
 * А–Я as the alphabet does and then the Latin names, as Russian address books do; reading
 * Cyrillic through its Latin spelling would put Григорьев before Васильев (G < V) and Чехов under C.
 */
export function nameSortKey(contact: Sortable, locale: 'en' | 'ru'): string {
  const familyFirst = contact.family ? [contact.family, contact.given, contact.patronymic ?? ''].join(' ') : contactDisplayName(contact);
  return locale === 'en' ? `${toLatinIcao(familyFirst)} ${familyFirst}` : familyFirst;
}
