// A Russian surname is declined: "письмо Смирновой", "позвонить Иванову", "встреча с Петровым".
// The contact holds the nominative (Смирнова, Иванов, Петров), so a query word in another case is
// also read as the nominatives it may come from. Only the two common surname types are covered:
// possessive (-ов, -ев, -ёв, -ин, -ын) and adjectival (-ский, -цкий); a word that does not end in
// one of their case endings gives nothing, and the genitive in -а is left out on purpose: it is
// also the feminine nominative, and "Иванова" must not list every Иванов.

const POSSESSIVE = /^(.{2,}(?:ов|ев|ёв|ин|ын))(ой|ою|у|ым|е|ы|ых|ыми)$/u;
const ADJECTIVAL_MASCULINE = /^(.{2,}[сц]к)(ого|ому|им|ом)$/u;
const ADJECTIVAL_FEMININE = /^(.{2,}[сц]к)(ой|ую)$/u;

/** The nominatives (lower case) a Cyrillic surname in an oblique case may come from; [] for any other word. */
export function surnameNominatives(word: string): string[] {
  const lower = word.toLowerCase();
  const possessive = POSSESSIVE.exec(lower);
  if (possessive) {
    const [, stem = '', ending = ''] = possessive;
    if (ending === 'е') return [stem]; // о Петрове: masculine only
    if (ending === 'ой' || ending === 'ою') return [`${stem}а`]; // Смирновой: feminine only
    return [stem, `${stem}а`];
  }
  const masculine = ADJECTIVAL_MASCULINE.exec(lower);
  if (masculine) return [`${masculine[1] ?? ''}ий`];
  const feminine = ADJECTIVAL_FEMININE.exec(lower);
  if (feminine) return [`${feminine[1] ?? ''}ая`];
  return [];
}
