import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

/** Offered once, in an empty workspace: the sample, or a first contact. */
export function GettingStartedCard() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const openSample = useAppStore((s) => s.openSample);
  const navigate = useAppStore((s) => s.navigate);
  const openContactForm = useAppStore((s) => s.openContactForm);
  const [opening, setOpening] = useState(false);
  const titleId = useId();
  if (!status?.isEmpty || status.sampleOffered) return null;
  return (
    <section className="card card-wide" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('home.welcome')}</h2>
      <p>{t('home.emptyIntro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-busy={opening}
          onClick={() => {
            if (opening) return;
            setOpening(true);
            void openSample().finally(() => setOpening(false));
          }}
        >
          {t('home.openSample')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            navigate('contacts');
            openContactForm({ mode: 'new' });
          }}
        >
          {t('home.addContact')}
        </button>
      </div>
    </section>
  );
}
