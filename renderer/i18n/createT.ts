import type { MessageKey } from '../../electron/shared/i18n/en';
import { translate, type Params } from '../../electron/shared/i18n/translate';
import { catalogs, type Locale } from './catalogs';

export type T = (key: MessageKey, params?: Params) => string;

/** `t` bound to one locale's catalog. */
export function createT(locale: Locale): T {
  const catalog = catalogs[locale];
  return (key, params) => translate(catalog, locale, key, params);
}
