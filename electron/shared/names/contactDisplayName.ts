interface Named {
  family: string;
  given: string;
  patronymic?: string;
}

/** "Иванова Мария Петровна": family name first, as Russian lists sort and read. */
export function contactDisplayName(contact: Named): string {
  return [contact.family, contact.given, contact.patronymic ?? ''].filter((part) => part.length > 0).join(' ');
}

/** "Maria Ivanova": the Latin form in Western order, for American readers. */
export function contactLatinName(contact: { familyLatin: string; givenLatin: string }): string {
  return [contact.givenLatin, contact.familyLatin].filter((part) => part.length > 0).join(' ');
}
