const CYRILLIC = /[\u0400-\u04ff]/u;
const PATRONYMIC = /(?:вич|вна|ична|инична|оглы|кызы)$/iu;
// Common endings of Russian family names, for telling "Ольга Смирнова" from "Смирнова Ольга".
const SURNAME = /(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ской|ых|их|енко|ук|юк|дзе|швили|ян)$/iu;

// A word of a person's name: letters, with hyphens, apostrophes and an initial's dot.
// Words that make a name a company's, in the forms Western and Russian registers use.
const COMPANY = /(?:^|\s)(?:AG|GmbH|LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Corp\.?|Co\.|KG|S\.A\.|B\.V\.|ООО|ЗАО|ОАО|ПАО|АО|ИП|НКО|АНО)(?=\s|$)/u;
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/**
 * A whole name in one field, split into family, given and patronymic: "Иванова Мария Петровна"
 * (Russian order, family first: three Cyrillic words whose last is a patronymic), "Мария Петровна
 * Иванова", "Smith, John" and "John Smith" (Western order, family last). What does not read as a
 * person's name, one word ("Madonna") or words that are not all letters ("zzMad Perla 45", "ACME
 * AG & Co. KG"), is kept whole as the name written, never guessed into parts.
 */
export function splitFullName(full: string): { family: string; given: string; patronymic: string; fullName: string } {
  const text = full.trim().replace(/\s+/gu, ' ');
  const parts = splitName(text);
  return parts ? { ...parts, fullName: '' } : { family: '', given: '', patronymic: '', fullName: text };
}

function splitName(text: string): { family: string; given: string; patronymic: string } | null {
  if (text === '') return { family: '', given: '', patronymic: '' };
  const words = text.replace(/,/gu, ' ').split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 4 || !words.every((word) => NAME_WORD.test(word)) || COMPANY.test(text)) return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    const [given = '', ...middle] = text.slice(comma + 1).trim().split(' ');
    return { family: text.slice(0, comma).trim(), given, patronymic: middle.join(' ') };
  }
  if (CYRILLIC.test(text) && words.length === 3) {
    const [a = '', b = '', c = ''] = words;
    if (PATRONYMIC.test(c)) return { family: a, given: b, patronymic: c };
    if (PATRONYMIC.test(b)) return { family: c, given: a, patronymic: b };
  }
  if (CYRILLIC.test(text) && words.length === 2) {
    // "Иванова Мария" is how Russian lists write it, unless only the second word reads as a
    // family name ("Ольга Смирнова"); a patronymic second means "Мария Петровна", no family name.
    const [a = '', b = ''] = words;
    if (PATRONYMIC.test(b)) return { family: '', given: a, patronymic: b };
    return SURNAME.test(b) && !SURNAME.test(a) ? { family: b, given: a, patronymic: '' } : { family: a, given: b, patronymic: '' };
  }
  const family = words.at(-1) ?? '';
  const [given = '', ...middle] = words.slice(0, -1);
  return { family, given, patronymic: middle.join(' ') };
}
