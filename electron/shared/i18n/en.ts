import { base } from './en/base';

/**
 * The English catalog: every string the UI shows, merged from one file per feature under en/
 * (a feature adds its file and one spread here). Keys are stable ids; a value with `one` and
 * `other` is chosen by Intl.PluralRules; `{name}` placeholders are filled by translate().
 * The Russian catalog must have exactly these keys; a test compares them.
 */
export const en = {
  ...base,
} as const;

export type MessageKey = keyof typeof en;
export type Message = string | { readonly one: string; readonly other: string; readonly few?: string; readonly many?: string };
export type Catalog = { readonly [K in MessageKey]: Message };
