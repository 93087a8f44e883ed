import { lazy, type ComponentType } from 'react';

const preloads: (() => Promise<unknown>)[] = [];

/** `React.lazy` over a module's named export, remembered so that preloadSections can fetch it. */
export function lazySection<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ComponentType {
  let loading: Promise<Record<Name, ComponentType>> | null = null;
  const once = (): Promise<Record<Name, ComponentType>> => (loading ??= load());
  preloads.push(once);
  return lazy<ComponentType>(async () => ({ default: (await once())[name] }));
}

/**
 * Loads every lazy screen, one after another, so that the first visit to one shows it at once. Run
 * after the first screen is up; a failure here is left to the visit, whose Suspense shows it.
 */
export async function preloadSections(): Promise<void> {
  for (const preload of preloads) await preload().catch(() => undefined);
}
