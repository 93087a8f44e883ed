const CYRILLIC = /[\u0400-\u04ff]/u;
const PATRONYMIC = /(?:вич|вна|ична|инична|оглы|кызы)$/iu;
// Common endings of Russian family names, for telling "Ольга Смирнова" from "Смирнова Ольга".
const SURNAME = /(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ской|ых|их|енко|ук|юк|дзе|швили|ян)$/iu;

/**
 * A whole name in one field, split into family, given and patronymic: "Иванова Мария Петровна"
 * (Russian order, family first: three Cyrillic words whose last is a patronymic), "Мария Петровна
 * Иванова", "Smith, John" and "John Smith" (Western order, family last). One word is a family name.
 */
export function splitFullName(full: string): { family: string; given: string; patronymic: string } {
  const text = full.trim().replace(/\s+/gu, ' ');
  if (text === '') return { family: '', given: '', patronymic: '' };
  const comma = text.indexOf(',');
  if (comma > 0) {
    const [given = '', ...middle] = text.slice(comma + 1).trim().split(' ');
    return { family: text.slice(0, comma).trim(), given, patronymic: middle.join(' ') };
  }
  const words = text.split(' ');
  if (words.length === 1) return { family: text, given: '', patronymic: '' };
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
