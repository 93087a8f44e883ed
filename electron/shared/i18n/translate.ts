import type { Catalog, MessageKey } from './en';

export type Params = Record<string, string | number>;

/**
 * Looks a key up in a catalog, picks the plural form for `count` (Intl.PluralRules handles
 * Russian one/few/many), and fills `{name}` placeholders.
 */
export function translate(catalog: Catalog, locale: string, key: MessageKey, params: Params = {}): string {
  const message = catalog[key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = typeof params.count === 'number' ? params.count : 0;
    const form = new Intl.PluralRules(locale).select(count) as 'one' | 'few' | 'many' | 'other';
    text = message[form] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
