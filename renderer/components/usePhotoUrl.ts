import { useEffect, useState } from 'react';
import { settle } from '../api/api';
import { useAppStore } from '../store/useAppStore';

// A photo's file name is new for every picture (a uuid), so what a name showed once it shows for
// good: photos are cached by name, and a changed photo is a new name, fetched afresh. The cap
// keeps a long scroll through the list from holding every picture in memory.
const CACHE_LIMIT = 200;
const cache = new Map<string, string>();

function remember(file: string, dataUrl: string): void {
  cache.delete(file);
  cache.set(file, dataUrl);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? file);
}

/** The contact's photo as a data: URL, or null while it loads, when it has none or when it cannot be read. */
export function usePhotoUrl(contactId: string, file: string | null): string | null {
  const api = useAppStore((s) => s.api);
  const [loaded, setLoaded] = useState<{ file: string; dataUrl: string } | null>(null);
  useEffect(() => {
    if (!file || cache.has(file)) return;
    let current = true;
    void settle(api.contacts.photo({ id: contactId }), '').then((result) => {
      if (!result.ok || !result.value.dataUrl) return;
      remember(file, result.value.dataUrl);
      if (current) setLoaded({ file, dataUrl: result.value.dataUrl });
    });
    return () => {
      current = false;
    };
  }, [api, contactId, file]);
  if (!file) return null;
  return cache.get(file) ?? (loaded?.file === file ? loaded.dataUrl : null);
}
