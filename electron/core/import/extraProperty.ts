import type { Property } from './parseVcards';
import { splitVcardValue, unescapeVcardText } from '../export/vcardText';

/**
 * What becomes of a card property Liaison has no field for. Nothing is dropped without a word:
 * - `bookkeeping`: what the program that wrote the file keeps for itself (its name, a revision
 *   stamp, its own ids, a printed copy of an address already read): left out, named once per file;
 * - `binary`: a sound, a key, a logo, an embedded card: left out with a line per card (Liaison
 *   keeps one picture, the photo, and never stores other files from a card);
 * - `note`: everything else a person wrote (messengers, related people, roles, map positions,
 *   any X- property of Android, Apple, Outlook or Evolution): kept as a line of the note, with a
 *   line per card in the report naming the property.
 */
export type ExtraProperty = { kind: 'bookkeeping' } | { kind: 'binary' } | { kind: 'note'; line: string };

// Read by the program that wrote them and by no one else; every one repeats or describes
// something the card says elsewhere, or names the writing program.
const BOOKKEEPING = new Set([
  'PRODID',
  'REV',
  'CLIENTPIDMAP',
  'SOURCE',
  'NAME',
  'PROFILE',
  'CLASS',
  'SORT-STRING',
  'MAILER',
  'X-ABUID',
  'X-ABADR',
  'X-MOZILLA-HTML',
  'X-MS-OL-DESIGN',
  'X-MS-OL-DEFAULT-POSTAL-ADDRESS',
  'X-EVOLUTION-FILE-AS',
  'X-EVOLUTION-LIST',
  'X-EVOLUTION-LIST-SHOW-ADDRESSES',
  'X-ACCOUNT-TYPE',
]);

const BINARY = new Set(['LOGO', 'SOUND', 'KEY', 'AGENT', 'X-MS-CARDPICTURE']);

const MESSENGERS: Readonly<Record<string, string>> = {
  'X-AIM': 'AIM',
  'X-ICQ': 'ICQ',
  'X-JABBER': 'Jabber',
  'X-SKYPE': 'Skype',
  'X-SKYPE-USERNAME': 'Skype',
  'X-MSN': 'MSN',
  'X-YAHOO': 'Yahoo',
  'X-GOOGLE-TALK': 'Google Talk',
  'X-GTALK': 'Google Talk',
  'X-QQ': 'QQ',
  'X-TWITTER': 'Twitter',
  'X-MS-IMADDRESS': 'IM',
  'X-GADUGADU': 'Gadu-Gadu',
  'X-GROUPWISE': 'GroupWise',
};

// The note's words are English, as the other lines import writes there ("Department:", "Photo:").
const NOTE_LABELS: Readonly<Record<string, string>> = {
  IMPP: 'Messenger',
  ROLE: 'Role',
  RELATED: 'Related',
  'X-ABRELATEDNAMES': 'Related',
  'X-SOCIALPROFILE': 'Social profile',
  GEO: 'Map position',
  TZ: 'Time zone',
  LABEL: 'Address label',
  'X-ABDATE': 'Date',
  'X-MAIDENNAME': 'Maiden name',
  'X-ASSISTANT': 'Assistant',
  'X-MANAGER': 'Manager',
  'X-SPOUSE': 'Spouse',
  'X-EVOLUTION-SPOUSE': 'Spouse',
  'X-EVOLUTION-MANAGER': 'Manager',
  'X-EVOLUTION-ASSISTANT': 'Assistant',
  'X-EVOLUTION-BLOG-URL': 'Blog',
  FBURL: 'Free/busy address',
  CALURI: 'Calendar address',
  CALADRURI: 'Calendar request address',
  MEMBER: 'Member',
  XML: 'XML',
};

function typesOf(property: Property): string {
  const types = [...(property.params.get('TYPE') ?? []), ...(property.params.get('X-SERVICE-TYPE') ?? [])]
    .flatMap((t) => t.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '' && t !== 'pref' && t !== 'internet');
  return types.length > 0 ? ` (${[...new Set(types)].join(', ')})` : '';
}

/** Android's X-ANDROID-CUSTOM: "vnd.android.cursor.item/<kind>;data1;data2;…": the kind and the values in it. */
function androidCustom(value: string): string {
  const [mime = '', ...data] = splitVcardValue(value, ';').map((part) => part.trim());
  const kind = mime.slice(mime.lastIndexOf('/') + 1) || mime;
  return `Android (${kind}): ${data.filter(Boolean).join(', ')}`;
}

/** What to do with a property vcardCardToRecord has no field for; `label` is its Apple X-ABLabel, if any. */
export function extraProperty(property: Property, label: string | undefined): ExtraProperty {
  const { name } = property;
  if (BOOKKEEPING.has(name)) return { kind: 'bookkeeping' };
  const encoding = property.params.get('ENCODING')?.[0] ?? '';
  if (BINARY.has(name) || encoding === 'B' || encoding === 'BASE64') return { kind: 'binary' };
  const text = unescapeVcardText(property.value).trim();
  const kinds = label ? ` (${label})` : typesOf(property);
  if (name === 'X-ANDROID-CUSTOM') return { kind: 'note', line: androidCustom(property.value) };
  const messenger = MESSENGERS[name];
  if (messenger) return { kind: 'note', line: `Messenger (${messenger}): ${text}` };
  return { kind: 'note', line: `${NOTE_LABELS[name] ?? name}${kinds}: ${text}` };
}
