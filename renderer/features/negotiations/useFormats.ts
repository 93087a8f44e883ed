import { useMemo } from 'react';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { formatCalendarDate, formatInZone } from '../../../electron/shared/dates/instantInZone';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';
import { toLocale } from '../../i18n/catalogs';
import { useAppStore } from '../../store/useAppStore';

export interface Formats {
  locale: string;
  homeZone: string;
  /** A calendar date, "5 Dec 2026". */
  day: (date: string) => string;
  /** An instant in the home zone, "28 Nov 2026, 13:30". */
  instant: (at: string) => string;
  fuzzy: (date: FuzzyDate) => string;
}

/** Dates as the user reads them: in the UI's language, instants in the home zone. */
export function useFormats(): Formats {
  const locale = useAppStore((s) => toLocale(s.settings?.locale));
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  return useMemo(
    () => ({
      locale,
      homeZone,
      day: (date: string) => formatCalendarDate(date, locale),
      instant: (at: string) => formatInZone(at, homeZone, locale),
      fuzzy: (date: FuzzyDate) => formatFuzzyDate(date, locale),
    }),
    [locale, homeZone],
  );
}
