import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import { foldVcardLine } from './foldVcardLine';
import type { PortableContact } from './PortableContact';
import { escapeVcardText, vcardList, vcardStructured } from './vcardText';
import { typesForLabel, type VcardItemKind } from './vcardLabels';

export type VcardVersion = '3.0' | '4.0';

/** Our own properties, for what vCard has no place for, so a round trip through a card loses nothing. */
export const X_LIAISON = {
  salutationRu: 'X-LIAISON-SALUTATION-RU',
  salutationEn: 'X-LIAISON-SALUTATION-EN',
  city: 'X-LIAISON-CITY',
  partnership: 'X-LIAISON-PARTNERSHIP',
  language: 'X-LIAISON-LANGUAGE',
  followUpDays: 'X-LIAISON-FOLLOW-UP-DAYS',
} as const;
/** Apple's phonetic name properties: Apple Contacts and iOS show them under the name. */
export const X_PHONETIC = { given: 'X-PHONETIC-FIRST-NAME', patronymic: 'X-PHONETIC-MIDDLE-NAME', family: 'X-PHONETIC-LAST-NAME' } as const;

const CYRILLIC = /[\u0400-\u04ff]/u;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * One contact as a vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): CRLF line ends, lines folded at 75
 * octets, text escaped. The name is N (family; given; patronymic as the additional name) and FN;
 * its Latin form, when it differs, is an ALTID/LANGUAGE alternative of N and FN in 4.0 and Apple's
 * X-PHONETIC-* in 3.0, which is what readers of each version understand.
 */
export function writeVcard(p: PortableContact, version: VcardVersion): string {
  const v4 = version === '4.0';
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`];
  let group = 0;
  const add = (line: string) => lines.push(line);

  // A UID is a URI in 4.0 unless marked as text; ours always is one (urn:uuid:...).
  if (p.uid) add(v4 && URI.test(p.uid) ? `UID:${p.uid}` : `UID${v4 ? ';VALUE=text' : ''}:${escapeVcardText(p.uid)}`);

  const name = [p.family, p.given, p.patronymic];
  const latin = [p.familyLatin, p.givenLatin, p.patronymicLatin];
  const hasLatinAlternative = latin.some((part) => part !== '') && latin.some((part, i) => part !== name[i]);
  // Russian names read family first ("Иванова Мария Петровна"), as Russian address books list
  // them; a name in Latin letters reads as Americans write it ("John Q Smith").
  const fn = CYRILLIC.test(name.join('')) ? contactDisplayName(p) : [p.given, p.patronymic, p.family].filter(Boolean).join(' ');
  const latinFn = contactLatinName(p) || [p.familyLatin, p.patronymicLatin].filter(Boolean).join(' ');
  if (v4 && hasLatinAlternative) {
    const language = CYRILLIC.test(name.join('')) ? 'ru' : 'und';
    add(`N;ALTID=1;LANGUAGE=${language}:${vcardStructured([...name, '', ''])}`);
    add(`N;ALTID=1;LANGUAGE=${language === 'ru' ? 'ru-Latn' : 'und-Latn'}:${vcardStructured([...latin, '', ''])}`);
    add(`FN;ALTID=1;LANGUAGE=${language}:${escapeVcardText(fn)}`);
    add(`FN;ALTID=1;LANGUAGE=${language === 'ru' ? 'ru-Latn' : 'und-Latn'}:${escapeVcardText(latinFn)}`);
  } else {
    add(`N:${vcardStructured([...name, '', ''])}`);
    add(`FN:${escapeVcardText(fn)}`);
    if (hasLatinAlternative) {
      if (p.givenLatin) add(`${X_PHONETIC.given}:${escapeVcardText(p.givenLatin)}`);
      if (p.patronymicLatin) add(`${X_PHONETIC.patronymic}:${escapeVcardText(p.patronymicLatin)}`);
      if (p.familyLatin) add(`${X_PHONETIC.family}:${escapeVcardText(p.familyLatin)}`);
    }
  }
  if (p.gender !== 'unspecified') add(v4 ? `GENDER:${p.gender === 'female' ? 'F' : 'M'}` : `X-GENDER:${p.gender}`);
  if (p.salutationRu) add(`${X_LIAISON.salutationRu}:${escapeVcardText(p.salutationRu)}`);
  if (p.salutationEn) add(`${X_LIAISON.salutationEn}:${escapeVcardText(p.salutationEn)}`);
  if (p.organization) add(`ORG:${escapeVcardText(p.organization)}`);
  if (p.title) add(`TITLE:${escapeVcardText(p.title)}`);

  const item = (kind: VcardItemKind, property: string, label: string, preferred: boolean, value: string, extraV3: string[] = []) => {
    const types = typesForLabel(kind, label);
    const pref = preferred ? (v4 ? ';PREF=1' : '') : '';
    const typeList = [...extraV3.filter(() => !v4), ...(types ?? []), ...(preferred && !v4 ? ['pref'] : [])].map((t) => (v4 ? t : t.toUpperCase()));
    const typeParam = typeList.length === 0 ? '' : typeList.length === 1 || !v4 ? `;TYPE=${typeList.join(',')}` : `;TYPE="${typeList.join(',')}"`;
    if (types) {
      add(`${property}${typeParam}${pref}:${value}`);
      return;
    }
    group++;
    add(`item${group}.${property}${typeParam}${pref}:${value}`);
    add(`item${group}.X-ABLabel:${escapeVcardText(label)}`);
  };
  for (const e of p.emails) item('email', 'EMAIL', e.label, e.preferred, escapeVcardText(e.value), ['internet']);
  for (const t of p.phones) item('tel', 'TEL', t.label, t.preferred, escapeVcardText(t.value));
  for (const a of p.addresses) item('adr', 'ADR', a.label, a.preferred, vcardStructured(['', '', a.street, a.city, a.region, a.postcode, a.country]));

  if (p.tags.length > 0) add(`CATEGORIES:${vcardList(p.tags)}`);
  if (p.notes) add(`NOTE:${escapeVcardText(p.notes)}`);
  for (const language of p.languages) {
    add(v4 && LANGUAGE_TAG.test(language) ? `LANG:${language}` : `${X_LIAISON.language}:${escapeVcardText(language)}`);
  }
  for (const city of p.cities) add(`${X_LIAISON.city}:${escapeVcardText(city)}`);
  for (const partnership of p.partnerships) add(`${X_LIAISON.partnership}:${escapeVcardText(partnership)}`);
  if (p.followUpDays !== null) add(`${X_LIAISON.followUpDays}:${p.followUpDays}`);
  add('END:VCARD');
  return lines.map(foldVcardLine).join('');
}
