import { contactSalutations } from '../../../electron/shared/names/salutation';
import type { Contact } from '../../../electron/shared/schemas/contact';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

/**
 * The salutations for a letter, Russian and English (as typed, else made from the name), each with
 * a button that copies it: the first line of a letter is written a dozen times a day.
 */
export function SalutationCopy({ contact, labelId }: { contact: Contact; labelId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const salutations = contactSalutations(contact);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      store.getState().showToast({ message: t('contactPage.copied', { text }) });
    } catch {
      store.getState().showToast({ message: t('contactPage.copyFailed'), tone: 'error' });
    }
  };
  const lines = [
    { lang: 'ru', text: salutations.ru, label: t('contactPage.copyRu') },
    { lang: 'en', text: salutations.en, label: t('contactPage.copyEn') },
  ].filter((line) => line.text.trim() !== '');
  if (lines.length === 0) return null;
  return (
    <div className="salutation-copy" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="salutation-label">
        {t('contactPage.salutation')}
      </span>
      {lines.map((line) => (
        <span key={line.lang} className="salutation-line">
          <span lang={line.lang}>{line.text}</span>
          <button type="button" className="button button-quiet button-small" aria-label={line.label} title={line.label} onClick={() => void copy(line.text)}>
            <CopyIcon />
          </button>
        </span>
      ))}
    </div>
  );
}

function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
