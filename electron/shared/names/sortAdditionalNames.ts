const CYRILLIC = /[\u0400-\u04ff]/u;
// Russian patronymics as written in Cyrillic or transliterated: Петрович, Petrovna, Ильинична, Kuzmich.
const PATRONYMIC = /(?:вич|вна|чна|ич|оглы|кызы|vich|vna|ichna|chna|ich|ovic|evic)$/iu;

interface Names {
  family: string;
  given: string;
  patronymic: string;
  middleNames: string[];
}

/**
 * A card's additional names (vCard N's third component, a "Middle Name" column) sorted into the
 * patronymic and middle names. A Russian name keeps its one additional name as the patronymic
 * (Иванова Мария Петровна; Ivanov Ivan Petrovich); any other name keeps each additional name as a
 * middle name of its own ("Richter,James" is two), so each is written back as its own component.
 */
export function sortAdditionalNames<T extends Names>(p: T): T {
  const additional = [p.patronymic, ...p.middleNames].map((name) => name.trim()).filter(Boolean);
  if (additional.length === 0) return { ...p, patronymic: '', middleNames: [] };
  const [first = '', ...rest] = additional;
  const russian = CYRILLIC.test(`${p.family}${p.given}${first}`) || (rest.length === 0 && PATRONYMIC.test(first));
  return russian && rest.length === 0 ? { ...p, patronymic: first, middleNames: [] } : { ...p, patronymic: '', middleNames: additional };
}
