import { useT } from '../i18n/useT';

/** Shown when the page runs without the preload's window.api: nothing else can work. */
export function NoBridge() {
  const t = useT();
  return (
    <main className="no-bridge">
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('error.noBridge')}</p>
    </main>
  );
}
