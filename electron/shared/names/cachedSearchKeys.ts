import { searchKeys } from '../transliteration/searchKey';

// An import compares every record's names, organisation and city with the workspace's: the same
// few thousand words, transcribed once each instead of once per comparison. Bounded, since the
// words are the user's.
const MAX_CACHED = 50_000;
const cached = new Map<string, readonly string[]>();

/** searchKeys(text), remembered: for scans that read the same names many times over. */
export function cachedSearchKeys(text: string): readonly string[] {
  let keys = cached.get(text);
  if (keys === undefined) {
    if (cached.size >= MAX_CACHED) cached.clear();
    keys = searchKeys(text);
    cached.set(text, keys);
  }
  return keys;
}
