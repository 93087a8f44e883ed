import { useZodLocale } from '../i18n/useZodLocale';
import { useEffect } from 'react';
import { toLocale } from '../i18n/catalogs';
import { TContext } from '../i18n/TContext';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { AppCommands } from './AppCommands';
import { RecoveryBanner } from './RecoveryBanner';
import { preloadSections } from './lazySection';
import { SectionBoundary } from './SectionBoundary';
import { findSection, sections } from './sections';
import { Sidebar } from './Sidebar';
import { TaskTray } from './TaskTray';
import { ToastView } from './ToastView';
import { TopBar } from './TopBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** Sidebar, top bar, the app-wide banners and toast, and the current section. */
export function AppShell() {
  const store = useAppStoreApi();
  const t = useAppStore((s) => s.t);
  const sectionId = useAppStore((s) => s.section);
  const loadError = useAppStore((s) => s.loadError);
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const locale = useAppStore((s) => toLocale(s.settings?.locale));

  useEffect(() => {
    const unsubscribe = store.getState().connect();
    void store
      .getState()
      .load()
      .then(() => {
        // Reopen where the user left off, unless they have already moved on while it loaded.
        const { settings, sectionChosen } = store.getState();
        const last = settings?.lastSection;
        if (last && !sectionChosen && findSection(last)) store.setState({ section: last });
        // The other screens' chunks, once the first screen has what it needs.
        void preloadSections();
      });
    return unsubscribe;
  }, [store]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useZodLocale(locale === 'ru' ? 'ru' : 'en');

  useGlobalShortcuts(store);

  const Section = (findSection(sectionId) ?? sections[0])?.component;
  return (
    <TContext.Provider value={t}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus moves without a navigation: the window refuses every navigation.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <div className="app">
        <Sidebar />
        <div className="app-main">
          <TopBar />
          <RecoveryBanner />
          <TaskTray />
          {loadError && (
            <p className="banner banner-error" role="alert">
              {loadError}
            </p>
          )}
          <main id="main" className="content" tabIndex={-1}>
            <SectionBoundary key={sectionId} t={t}>
              {Section && <Section />}
            </SectionBoundary>
          </main>
        </div>
      </div>
      <ToastView />
      <AppCommands />
    </TContext.Provider>
  );
}
