interface Named {
  family: string;
  given: string;
  patronymic?: string;
  middleNames?: readonly string[];
  kind?: 'person' | 'org';
  nickname?: string;
  fullName?: string;
  emails?: readonly { value: string; preferred: boolean }[];
  phones?: readonly { value: string; preferred: boolean }[];
}

const preferred = (items: readonly { value: string; preferred: boolean }[] | undefined) => (items?.find((i) => i.preferred) ?? items?.[0])?.value ?? '';

/**
 * The name in the order of its own culture: "Иванова Мария Петровна" (family first, as Russian
 * lists read and as Russians write a name), "Jennifer Collins" (given first, as Americans write
 * it). A contact with no name parts is shown by its nickname, then the name its card gave whole
 * (FN), then its email, then its phone; an organisation by its own name first. Sorting by name
 * does not follow this order: ContactListQuery sorts by family name whatever the display.
 */
export function contactDisplayName(contact: Named): string {
  if (contact.kind === 'org' && contact.fullName) return contact.fullName;
  const parts = contactNameParts(contact);
  return parts || contact.nickname || contact.fullName || preferred(contact.emails) || preferred(contact.phones);
}

/**
 * Scripts whose names are written family name first: Cyrillic (Russian usage), and the CJK
 * scripts (Chinese, Japanese, Korean) where that is the only order. Every other script (Latin,
 * Greek…) is written given name first.
 */
const familyFirstScript = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether this name is written family name first (see contactDisplayName). */
export function writesFamilyFirst(contact: Pick<Named, 'family' | 'given' | 'patronymic'>): boolean {
  return familyFirstScript.test(`${contact.family}${contact.given}${contact.patronymic ?? ''}`);
}

/** The name parts alone, in the order of the name's culture: '' when the contact has none. */
export function contactNameParts(contact: Named): string {
  const middle = [...(contact.middleNames ?? []), contact.patronymic ?? ''];
  const ordered = writesFamilyFirst(contact) ? [contact.family, contact.given, ...middle] : [contact.given, ...middle, contact.family];
  return ordered.filter((part) => part.length > 0).join(' ');
}

/** "Maria Ivanova": the Latin form in Western order, for American readers. */
export function contactLatinName(contact: { familyLatin: string; givenLatin: string }): string {
  return [contact.givenLatin, contact.familyLatin].filter((part) => part.length > 0).join(' ');
}

/**
 * Whether a record holds anything a person could recognise it by: a name part, nickname or whole
 * name, an email, a phone or an organisation. Only a record with none of these is refused.
 */
export function isRecognisable(contact: Named & { organization?: string; organizationId?: string | null }): boolean {
  return (
    contactNameParts(contact) !== '' ||
    Boolean(contact.nickname?.trim() || contact.fullName?.trim() || contact.organization?.trim() || contact.organizationId) ||
    (contact.emails ?? []).some((e) => e.value.trim() !== '') ||
    (contact.phones ?? []).some((p) => p.value.trim() !== '')
  );
}
