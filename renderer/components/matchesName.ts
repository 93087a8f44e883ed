import { foldForSearch, searchKeys, searchKeysForPrefix } from '../../electron/shared/transliteration/searchKey';

/**
 * Whether every word typed starts a word of `names` in either script: "volg", "волг" and "Volgo"
 * all find "Volgograd / Волгоград"; "Frid" finds "Friedman" by its skeleton, as the contacts index does.
 */
export function matchesName(names: readonly string[], query: string): boolean {
  const typed = query.split(/\s+/).filter(Boolean);
  if (typed.length === 0) return true;
  const words = names.flatMap((name) => name.split(/[\s,–—/()-]+/)).filter(Boolean);
  const folded = words.map(foldForSearch);
  const keys = words.flatMap(searchKeys);
  return typed.every((part) => {
    const plain = foldForSearch(part);
    if (folded.some((word) => word.startsWith(plain))) return true;
    const prefixes = searchKeysForPrefix(part);
    return prefixes.some((prefix) => keys.some((key) => key.startsWith(prefix)));
  });
}

/**
 * What a picker adds for the text typed: the option named exactly so, else the first whose label
 * the text starts words of ("Volgo", "Cleveland", "Summit"), as the hint promises.
 */
export function pickByName<T extends { label: string }>(options: readonly T[], typed: string, names: (option: T) => readonly string[] = (o) => [o.label]): T | undefined {
  const exact = foldForSearch(typed.trim());
  return options.find((option) => names(option).some((name) => foldForSearch(name) === exact)) ?? options.find((option) => matchesName(names(option), typed));
}
