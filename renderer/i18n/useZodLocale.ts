import { useEffect } from 'react';
import { z } from 'zod';

/**
 * zod's own messages ("Too big: expected string to have <=100 characters") in the window's
 * language, through the locale packs zod ships (z.locales), so a Russian window never shows one in
 * English. Messages the shared schemas give themselves come from the catalogs (issueText).
 */
export function useZodLocale(locale: 'en' | 'ru'): void {
  useEffect(() => {
    z.config(locale === 'ru' ? z.locales.ru() : z.locales.en());
  }, [locale]);
}
