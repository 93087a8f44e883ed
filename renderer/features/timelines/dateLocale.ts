import type { DateLocale } from '../../../electron/shared/dates/formatFuzzyDate';
import { useAppStore } from '../../store/useAppStore';

/** The language dates are written in: the UI language from settings. */
export function useDateLocale(): DateLocale {
  return useAppStore((s) => (s.settings?.locale === 'ru' ? 'ru' : 'en'));
}
