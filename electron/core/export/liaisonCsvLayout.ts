import type { CsvLayout, CsvShape } from './CsvLayout';
import { numbered } from './CsvLayout';
import { guardCell } from './formulaGuard';
import type { PortableContact } from './PortableContact';

/**
 * Liaison's own CSV ("csv" and "csv-excel-ru"): every field of a contact but its photo, repeating groups in
 * numbered columns as wide as the widest contact, so a round trip through it loses nothing. Every
 * cell is guarded, phone numbers included.
 */
export const LIAISON_CSV = {
  uid: 'UID',
  family: 'Family name',
  given: 'Given name',
  patronymic: 'Patronymic',
  gender: 'Gender',
  familyLatin: 'Family name (Latin)',
  givenLatin: 'Given name (Latin)',
  patronymicLatin: 'Patronymic (Latin)',
  kind: 'Kind',
  prefix: 'Prefix',
  suffix: 'Suffix',
  nickname: 'Nickname',
  fullName: 'Name as written',
  familyPhonetic: 'Family name (phonetic)',
  givenPhonetic: 'Given name (phonetic)',
  middlePhonetic: 'Middle name (phonetic)',
  birthday: 'Birthday',
  anniversary: 'Anniversary',
  salutationRu: 'Salutation (Russian)',
  salutationEn: 'Salutation (English)',
  organization: 'Organisation',
  title: 'Title',
  notes: 'Notes',
  followUpDays: 'Follow-up (days)',
  email: (n: number, part: 'Label' | 'Value' | 'Preferred') => `E-mail ${n} - ${part}`,
  phone: (n: number, part: 'Label' | 'Value' | 'Preferred') => `Phone ${n} - ${part}`,
  address: (n: number, part: 'Label' | 'Street' | 'City' | 'Region' | 'Postal Code' | 'Country' | 'Preferred') => `Address ${n} - ${part}`,
  city: (n: number) => `City ${n}`,
  partnership: (n: number) => `Partnership ${n}`,
  language: (n: number) => `Language ${n}`,
  tag: (n: number) => `Tag ${n}`,
  middleName: (n: number) => `Middle name ${n}`,
  website: (n: number, part: 'Label' | 'Value' | 'Preferred') => `Website ${n} - ${part}`,
} as const;

const YES = 'yes';

/** Pushes `count` slots of `width` cells: the item's cells, or empty ones where it has none. */
function pushSlots<T>(out: string[], items: readonly T[], count: number, width: number, cells: (item: T) => string[]): void {
  for (let i = 0; i < count; i++) {
    const item = items[i];
    if (item === undefined) for (let k = 0; k < width; k++) out.push('');
    else out.push(...cells(item));
  }
}

export const liaisonCsvLayout: CsvLayout = {
  header(shape: CsvShape): string[] {
    const c = LIAISON_CSV;
    return [
      c.uid,
      c.family,
      c.given,
      c.patronymic,
      c.gender,
      c.familyLatin,
      c.givenLatin,
      c.patronymicLatin,
      c.kind,
      c.prefix,
      c.suffix,
      c.nickname,
      c.fullName,
      ...numbered(shape.middleNames, (n) => [c.middleName(n)]),
      c.familyPhonetic,
      c.givenPhonetic,
      c.middlePhonetic,
      c.birthday,
      c.anniversary,
      c.salutationRu,
      c.salutationEn,
      c.organization,
      c.title,
      ...numbered(shape.emails, (n) => [c.email(n, 'Label'), c.email(n, 'Value'), c.email(n, 'Preferred')]),
      ...numbered(shape.phones, (n) => [c.phone(n, 'Label'), c.phone(n, 'Value'), c.phone(n, 'Preferred')]),
      ...numbered(shape.addresses, (n) =>
        (['Label', 'Street', 'City', 'Region', 'Postal Code', 'Country', 'Preferred'] as const).map((part) => c.address(n, part)),
      ),
      ...numbered(shape.websites, (n) => [c.website(n, 'Label'), c.website(n, 'Value'), c.website(n, 'Preferred')]),
      ...numbered(shape.cities, (n) => [c.city(n)]),
      ...numbered(shape.partnerships, (n) => [c.partnership(n)]),
      ...numbered(shape.languages, (n) => [c.language(n)]),
      ...numbered(shape.tags, (n) => [c.tag(n)]),
      c.notes,
      c.followUpDays,
    ];
  },
  row(p: PortableContact, shape: CsvShape): string[] {
    const flag = (preferred: boolean) => (preferred ? YES : '');
    const out = [p.uid, p.family, p.given, p.patronymic, p.gender, p.familyLatin, p.givenLatin, p.patronymicLatin, p.kind, p.prefix, p.suffix, p.nickname, p.fullName];
    pushSlots(out, p.middleNames, shape.middleNames, 1, (item) => [item]);
    out.push(p.familyPhonetic, p.givenPhonetic, p.middlePhonetic, p.birthday, p.anniversary, p.salutationRu, p.salutationEn, p.organization, p.title);
    pushSlots(out, p.emails, shape.emails, 3, (e) => [e.label, e.value, flag(e.preferred)]);
    pushSlots(out, p.phones, shape.phones, 3, (t) => [t.label, t.value, flag(t.preferred)]);
    pushSlots(out, p.addresses, shape.addresses, 7, (a) => [a.label, a.street, a.city, a.region, a.postcode, a.country, flag(a.preferred)]);
    pushSlots(out, p.websites, shape.websites, 3, (w) => [w.label, w.value, flag(w.preferred)]);
    pushSlots(out, p.cities, shape.cities, 1, (item) => [item]);
    pushSlots(out, p.partnerships, shape.partnerships, 1, (item) => [item]);
    pushSlots(out, p.languages, shape.languages, 1, (item) => [item]);
    pushSlots(out, p.tags, shape.tags, 1, (item) => [item]);
    out.push(p.notes, p.followUpDays === null ? '' : String(p.followUpDays));
    for (let i = 0; i < out.length; i++) out[i] = guardCell(out[i] ?? '');
    return out;
  },
  // The photo alone stays behind (a CSV cell is no place for a picture; vCard carries it): the
  // README says so, as this format's warnings are for the other tools' columns.
  losses: () => [],
};
