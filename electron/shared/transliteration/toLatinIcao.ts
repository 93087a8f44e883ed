// ICAO Doc 9303 (7th ed., Part 3), the table printed in Russian passports since 2014. Ukrainian and
// Belarusian letters from the same table are included because Russian officials' names carry them.
const ICAO: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  і: 'i', ї: 'i', є: 'ie', ґ: 'g', ў: 'u',
};

const CYRILLIC = /[\u0400-\u04ff]/u;

// A cased letter changes under case mapping; that is all the capitals rule below needs to know.
const isCased = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string | undefined): boolean => ch !== undefined && isCased(ch) && ch !== ch.toLowerCase();

// A multi-letter rendering of a capital is shouted (ЩУКИН -> SHCHUKIN) inside an all-caps word and
// title-cased (Щукин -> Shchukin, initial Ж. -> Zh.) otherwise.
function inCapsWord(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && isCased(next)) return isUpper(next);
  return isUpper(text[i - 1]);
}

/**
 * Russian Cyrillic to Latin as a Russian passport writes it (ICAO Doc 9303): Щукин -> Shchukin,
 * Юрий -> Iurii, Подъячев -> Podieiachev. Anything that is not Cyrillic is left as it is.
 */
export function toLatinIcao(cyrillic: string): string {
  if (!CYRILLIC.test(cyrillic)) return cyrillic;
  // NFC first: a name pasted in decomposed form (и + combining breve) must still read as й.
  // Every letter in the table is one UTF-16 unit, so walking by unit is safe.
  const text = cyrillic.normalize('NFC');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const lower = ch.toLowerCase();
    const latin = ICAO[lower];
    if (latin === undefined) out += ch;
    else if (ch === lower || latin === '') out += latin;
    else if (inCapsWord(text, i)) out += latin.toUpperCase();
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
