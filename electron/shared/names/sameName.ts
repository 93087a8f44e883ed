import { cachedSearchKeys as keysOf } from './cachedSearchKeys';

/**
 * True when two names are the same name in any script or romanisation: "Volgograd" and
 * "Волгоград", "Nizhny Novgorod" and "Нижний Новгород". Compared word by word on search
 * skeletons, so case, ё/е and spelling systems do not matter.
 */
export function sameName(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 0 || wa.length !== wb.length) return false;
  return wa.every((word, i) => {
    const kb = keysOf(wb[i] ?? '');
    return keysOf(word).some((key) => kb.includes(key));
  });
}

/**
 * Keys to find a name by without comparing it with every other: its word count with each key of
 * its first word. Two names sameName accepts always share one (same count, a shared first-word key).
 */
export function sameNameKeys(name: string): string[] {
  const words = wordsOf(name);
  const first = words[0];
  return first === undefined ? [] : keysOf(first).map((key) => `${words.length}:${key}`);
}

function wordsOf(text: string): string[] {
  return text.split(/[\s\-–]+/u).filter((word) => word.length > 0);
}
