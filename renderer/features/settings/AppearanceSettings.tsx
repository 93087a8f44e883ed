import { useId } from 'react';
import type { Settings } from '../../../electron/shared/schemas/settings';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

const locales = ['en', 'ru'] as const satisfies readonly Settings['locale'][];
const themes = ['system', 'light', 'dark'] as const satisfies readonly Settings['theme'][];

/**
 * Language and theme: applied and saved the moment they change (a preference, not an undoable
 * edit), so the whole window switches language or colours at once.
 */
export function AppearanceSettings({ settings }: { settings: Settings }) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('appearance.title')}</h2>
      <div className="settings-form">
        <Field id={`${id}-locale`} label={t('appearance.language')}>
          {(control) => (
            <select
              {...control}
              value={settings.locale}
              onChange={(event) => {
                const locale = locales.find((l) => l === event.target.value);
                if (locale) void store.getState().saveSetting({ locale });
              }}
            >
              {locales.map((locale) => (
                // Each language is named in itself, so a reader of either can find their own.
                <option key={locale} value={locale} lang={locale}>
                  {t(`appearance.language.${locale}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-theme`} label={t('appearance.theme')}>
          {(control) => (
            <select
              {...control}
              value={settings.theme}
              onChange={(event) => {
                const theme = themes.find((th) => th === event.target.value);
                if (theme) void store.getState().saveSetting({ theme });
              }}
            >
              {themes.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`appearance.theme.${theme}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
