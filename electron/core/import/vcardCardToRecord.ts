import { placePhrase } from '../../shared/import/importPlace';
import type { MessageKey } from '../../shared/i18n/en';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import { emptyPortableContact, type PortableContact } from '../export/PortableContact';
import { labelForTypes, labelFromAppleLabel } from '../export/vcardLabels';
import { splitVcardRaw, splitVcardValue, unescapeVcardText } from '../export/vcardText';
import { sortAdditionalNames } from '../../shared/names/sortAdditionalNames';
import { X_LIAISON, X_LIAISON_LATIN, X_LIAISON_PATRONYMIC, X_PHONETIC } from '../export/writeVcard';
import type { ImportedRecord } from './ImportedRecord';
import { parseGender } from './parseGender';
import { parsePartialDate } from '../../shared/dates/parsePartialDate';
import type { Property } from './parseVcards';
import { photoFromCard } from './photoFromCard';
import { splitFullName } from './splitFullName';
import { extraProperty } from './extraProperty';

// The card's frame, not a field of the contact.
const FRAME = new Set(['BEGIN', 'END', 'VERSION', 'X-ABLABEL']);
// What vcardCardToRecord reads into fields; a remark is kept short.
const shortValue = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

function types(property: Property): string[] {
  return (property.params.get('TYPE') ?? []).flatMap((t) => t.split(',')).map((t) => t.trim().toLowerCase());
}

/** TYPE=pref (2.1, 3.0) or PREF=1 (4.0, where 2 and up only rank the others). */
function isPreferred(property: Property): boolean {
  return property.params.get('PREF')?.[0] === '1' || types(property).includes('pref');
}

function labelOf(property: Property, appleLabels: Map<string, string>): string {
  const apple = property.group ? appleLabels.get(property.group) : undefined;
  return apple ?? labelForTypes(types(property));
}

/** The Latin alternative of N or FN in 4.0: LANGUAGE=ru-Latn, en-Latn, und-Latn. */
function isLatinAlternative(property: Property): boolean {
  return property.params.has('ALTID') && /-latn\b/i.test(property.params.get('LANGUAGE')?.[0] ?? '');
}

/** N's components, each a list: family; given; additional names; prefixes; suffixes. */
function nameComponents(value: string): string[][] {
  return splitVcardRaw(value, ';').map((component) => splitVcardValue(component, ',').map((part) => part.trim()).filter(Boolean));
}

/**
 * One card's properties as a contact. Every name part is optional: a card with only a given name,
 * only FN, or only an email or phone is a contact; a company card (4.0 `KIND:org`, Apple's
 * `X-ABShowAs:COMPANY`) is an organisation in its own right, named by FN or ORG. N's additional
 * names are each kept (sortAdditionalNames makes one Russian one a patronymic); phonetic names
 * stay phonetic (sortPhoneticNames).
 */
export function vcardCardToRecord(properties: Property[], at: string, bookkeeping: Map<string, number>): ImportedRecord {
  const c: PortableContact = emptyPortableContact();
  const remarks: Phrase[] = [];
  const appleLabels = new Map<string, string>();
  for (const p of properties) {
    if (p.name === 'X-ABLABEL' && p.group) appleLabels.set(p.group, labelFromAppleLabel(unescapeVcardText(p.value).trim()));
  }
  let named = false;
  let fullName = '';
  let patronymic = '';
  const noteTexts: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const toNote = (field: MessageKey, english: string, value: string, why: MessageKey) => {
    notes.push(`${english}: ${value}`);
    remarks.push(phrase('importRemark.toNote', { at: placePhrase(at), field: phrase(field), value, why: phrase(why) }));
  };
  const extra = (p: Property) => {
    if (FRAME.has(p.name)) return;
    const what = extraProperty(p, p.group ? appleLabels.get(p.group) : undefined);
    if (what.kind === 'bookkeeping') {
      if (!seen.has(p.name)) bookkeeping.set(p.name, (bookkeeping.get(p.name) ?? 0) + 1);
      seen.add(p.name);
    } else if (what.kind === 'binary') remarks.push(phrase('importRemark.extraBinary', { at: placePhrase(at), name: p.name }));
    else {
      notes.push(what.line);
      remarks.push(phrase('importRemark.extraToNote', { at: placePhrase(at), name: p.name, value: shortValue(what.line.slice(what.line.indexOf(': ') + 2)) }));
    }
  };
  for (const p of properties) {
    const text = () => unescapeVcardText(p.value).trim();
    switch (p.name) {
      case 'N': {
        const [family = [], given = [], additional = [], prefix = [], suffix = []] = nameComponents(p.value);
        if (isLatinAlternative(p)) {
          c.familyLatin = family.join(' ');
          c.givenLatin = given.join(' ');
          c.patronymicLatin = additional.join(' ');
        } else if (!named) {
          c.family = family.join(' ');
          c.given = given.join(' ');
          c.middleNames = additional;
          c.prefix = prefix.join(' ');
          c.suffix = suffix.join(' ');
          named = c.family !== '' || c.given !== '' || additional.length > 0;
        }
        break;
      }
      case 'FN':
        if (!isLatinAlternative(p) && fullName === '') fullName = text();
        break;
      case 'KIND':
        if (/^org(?:anization)?$/i.test(text())) c.kind = 'org';
        break;
      case 'X-ABSHOWAS':
        if (/^company$/i.test(text())) c.kind = 'org';
        break;
      case 'NICKNAME':
        // Every nickname of every NICKNAME line, in one field: none is dropped.
        c.nickname = [c.nickname, ...splitVcardValue(p.value, ',').map((n) => n.trim())].filter(Boolean).join(', ');
        break;
      case 'BDAY':
      case 'ANNIVERSARY':
      case 'X-ANNIVERSARY': {
        const field = p.name === 'BDAY' ? 'birthday' : 'anniversary';
        // Apple writes a birthday without a year as 1604-04-15 with X-APPLE-OMIT-YEAR=1604.
        const omitYear = p.params.get('X-APPLE-OMIT-YEAR')?.[0];
        const date = parsePartialDate(text());
        if (c[field] === '') c[field] = omitYear && date.startsWith(`${omitYear}-`) ? `--${date.slice(5)}` : date;
        break;
      }
      case 'URL':
        if (text()) c.websites.push({ label: labelOf(p, appleLabels), value: text(), preferred: isPreferred(p) });
        break;
      case 'PHOTO': {
        if (c.photo) {
          remarks.push(phrase('importRemark.secondPhoto', { at: placePhrase(at) }));
          break;
        }
        const photo = photoFromCard(p);
        if (photo.kind === 'photo') c.photo = photo.photo;
        else if (photo.kind === 'url') {
          notes.push(`Photo: ${photo.url}`);
          remarks.push(phrase('importRemark.photoUrl', { at: placePhrase(at) }));
        } else remarks.push(phrase('importRemark.photoUnreadable', { at: placePhrase(at) }));
        break;
      }
      case X_PHONETIC.family:
        c.familyPhonetic = text();
        break;
      case X_PHONETIC.given:
        c.givenPhonetic = text();
        break;
      case X_PHONETIC.middle:
        c.middlePhonetic = text();
        break;
      case X_LIAISON_PATRONYMIC:
        patronymic = text();
        break;
      case X_LIAISON_LATIN.family:
        c.familyLatin = text();
        break;
      case X_LIAISON_LATIN.given:
        c.givenLatin = text();
        break;
      case X_LIAISON_LATIN.patronymic:
        c.patronymicLatin = text();
        break;
      case 'GENDER':
      case 'X-GENDER':
        c.gender = parseGender(splitVcardValue(p.value, ';')[0] ?? '');
        break;
      case X_LIAISON.salutationRu:
        c.salutationRu = text();
        break;
      case X_LIAISON.salutationEn:
        c.salutationEn = text();
        break;
      case 'ORG': {
        const [org = '', ...units] = splitVcardValue(p.value, ';').map((part) => part.trim());
        if (c.organization === '') c.organization = org;
        const department = units.filter(Boolean).join(', ');
        if (department) {
          notes.push(`Department: ${department}`);
          remarks.push(phrase('importRemark.departmentToNote', { at: placePhrase(at), value: shortValue(department) }));
        }
        break;
      }
      case 'TITLE':
        c.title = c.title ? `${c.title}; ${text()}` : text();
        break;
      case 'EMAIL':
        if (text()) c.emails.push({ label: labelOf(p, appleLabels), value: text().replace(/^mailto:/i, ''), preferred: isPreferred(p) });
        break;
      case 'TEL':
        if (text()) c.phones.push({ label: labelOf(p, appleLabels), value: telValue(text()), preferred: isPreferred(p) });
        break;
      case 'ADR': {
        const [box = '', extended = '', street = '', city = '', region = '', postcode = '', country = ''] = splitVcardValue(p.value, ';').map((part) => part.trim());
        c.addresses.push({
          label: labelOf(p, appleLabels),
          street: [box, extended, street].filter(Boolean).join('\n'),
          city,
          region,
          postcode,
          country,
          preferred: isPreferred(p),
        });
        break;
      }
      case 'CATEGORIES':
        c.tags.push(...splitVcardValue(p.value, ',').map((tag) => tag.trim()).filter(Boolean));
        break;
      case 'NOTE':
        if (p.value !== '') noteTexts.push(unescapeVcardText(p.value));
        break;
      case 'LANG':
      case X_LIAISON.language:
        if (text()) c.languages.push(text());
        break;
      case 'UID':
        c.uid = text();
        break;
      case X_LIAISON.city:
        if (text()) c.cities.push(text());
        break;
      case X_LIAISON.partnership:
        if (text()) c.partnerships.push(text());
        break;
      case X_LIAISON.followUpDays: {
        const days = Number.parseInt(text(), 10);
        if (Number.isInteger(days)) c.followUpDays = days;
        else toNote('importReject.field.other', 'Follow up every (days)', text(), 'importRemark.why.other');
        break;
      }
      case 'X-ANDROID-CUSTOM': {
        // Android writes a nickname as "vnd.android.cursor.item/nickname;<name>;<type>;…".
        const [mime = '', nick = ''] = splitVcardValue(p.value, ';').map((part) => part.trim());
        if (mime.endsWith('/nickname') && nick !== '') c.nickname = [c.nickname, nick].filter(Boolean).join(', ');
        else extra(p);
        break;
      }
      case 'X-WAB-GENDER':
        // Outlook's own gender: 1 female, 2 male.
        if (c.gender === 'unspecified') c.gender = text() === '1' ? 'female' : text() === '2' ? 'male' : 'unspecified';
        break;
      case 'X-ABDATE': {
        const label = p.group ? appleLabels.get(p.group) : undefined;
        if (label === 'anniversary' && c.anniversary === '') {
          c.anniversary = parsePartialDate(text());
          break;
        }
        extra(p);
        break;
      }
      default:
        extra(p);
    }
  }
  // The additional names: the one Liaison marked as a patronymic, else one that reads as Russian.
  const marked = patronymic !== '' && c.middleNames[0] === patronymic;
  Object.assign(c, marked ? { patronymic, middleNames: c.middleNames.slice(1) } : sortAdditionalNames(c));
  if (c.kind === 'org') c.fullName = fullName || c.organization;
  // FN that only repeats the nickname, email or phone (as our own export writes it) names nothing new.
  else if (!named && fullName && ![c.nickname, ...c.emails.map((e) => e.value), ...c.phones.map((t) => t.value)].includes(fullName)) Object.assign(c, splitFullName(fullName));
  c.notes = [...noteTexts, ...notes].join('\n');
  return { at, contact: c, problems: [], remarks };
}

/** A tel: URI (4.0 with VALUE=uri) as the number people type: "tel:+1-555-0100;ext=12" is "+1-555-0100 ext. 12". */
function telValue(value: string): string {
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...params] = value.slice(4).split(';');
  const ext = params.find((p) => p.toLowerCase().startsWith('ext='));
  return ext ? `${number} ext. ${ext.slice(4)}` : number;
}
