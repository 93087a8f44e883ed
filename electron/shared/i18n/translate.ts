import type { Catalog, MessageKey } from './en';

export type Params = Record<string, string | number>;

/**
 * Looks a key up in a catalog, picks the plural form for `count` (Intl.PluralRules handles
 * Russian one/few/many), and fills `{name}` placeholders, the count in the locale's digits.
 */
export function translate(catalog: Catalog, locale: string, key: MessageKey, params: Params = {}): string {
  const message = catalog[key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = typeof params.count === 'number' ? params.count : 0;
    const form = pluralRules(locale).select(count) as 'one' | 'few' | 'many' | 'other';
    text = message[form] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? show(params, name, locale) : whole));
}

/**
 * Quantities (`{count}`, `{total}`, ...) are written the locale's way ("12,500" in English,
 * "12 500" in Russian); other numbers (years, ids, item numbers, ratings) stay as they are,
 * since "1,991" would be wrong for a year.
 */
const quantities = new Set(['count', 'total', 'shown', 'merged', 'done', 'overdue', 'reached', 'target', 'max', 'days', 'inRace']);

function show(params: Params, name: string, locale: string): string {
  const value = params[name];
  return quantities.has(name) && typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
}

// One of each per locale: making an Intl object costs tens of microseconds, and a list of
// counted labels asks for hundreds in one render.
const pluralRulesOf = new Map<string, Intl.PluralRules>();
const numberFormatOf = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesOf.get(locale);
  if (!rules) pluralRulesOf.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormatOf.get(locale);
  if (!format) numberFormatOf.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}
