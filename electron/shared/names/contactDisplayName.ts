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
 * "Иванова Мария Петровна": family name first, as Russian lists sort and read. A contact with no
 * name parts is shown by its nickname, then the name its card gave whole (FN), then its email,
 * then its phone; an organisation by its own name first.
 */
export function contactDisplayName(contact: Named): string {
  if (contact.kind === 'org' && contact.fullName) return contact.fullName;
  const parts = contactNameParts(contact);
  return parts || contact.nickname || contact.fullName || preferred(contact.emails) || preferred(contact.phones);
}

/** The name parts alone, family first: '' when the contact has none. */
export function contactNameParts(contact: Named): string {
  return [contact.family, contact.given, ...(contact.middleNames ?? []), contact.patronymic ?? ''].filter((part) => part.length > 0).join(' ');
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
