import { cachedSearchKeys as keysOf } from './cachedSearchKeys';

/**
 * True when two names are the same name in any script or romanisation: "Volgograd" and
 * "Волгоград", "Nizhny Novgorod" and "Нижний Новгород". Compared word by word on search
 * skeletons, so case, ё/е and spelling systems do not matter.
 */
export function sameName(a: string, b: string): boolean {
  const words = (text: string) => text.split(/[\s\-–]+/u).filter((w) => w.length > 0);
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wa.length !== wb.length) return false;
  return wa.every((word, i) => {
    const kb = keysOf(wb[i] ?? '');
    return keysOf(word).some((key) => kb.includes(key));
  });
}
