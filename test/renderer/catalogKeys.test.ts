import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';

// Vite reads the renderer's sources as text; no Node fs needed in this browser-typed project.
const sources = import.meta.glob<string>(['../../renderer/**/*.ts', '../../renderer/**/*.tsx'], { query: '?raw', import: 'default', eager: true });
const namespaces = new Set(Object.keys(en).map((key) => key.split('.')[0]));

describe('the i18n catalog', () => {
  it('has every key the renderer uses', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      // t('key'), t(cond ? 'a' : 'b'), titleKey: 'nav.home', Record<…, MessageKey> maps: any quoted
      // dotted literal in a catalog namespace is a key, except command types (`type: 'contact.create'`).
      for (const match of text.matchAll(/(?<!type: )'([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)'/g)) {
        const key = match[1] ?? '';
        if (namespaces.has(key.split('.')[0])) used.add(key);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !Object.hasOwn(en, key));
    expect(missing).toEqual([]);
  });

  it('finds the keys passed straight to t()', () => {
    const direct = new Set<string>();
    for (const text of Object.values(sources)) for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) direct.add(match[1] ?? '');
    expect(direct.size).toBeGreaterThan(30);
    expect([...direct].filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });
});
