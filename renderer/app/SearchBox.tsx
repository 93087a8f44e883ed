import { useId, useState } from 'react';
import { useDebouncedCallback } from '../components/useDebouncedCallback';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/** Results follow typing after this pause, so a fast typist sends one query, not one per key. */
export const SEARCH_DEBOUNCE_MS = 100;

/** The top bar's contact search: typing anywhere in the app shows the matching contacts. */
export function SearchBox() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => '');
  const setContactQuery = useAppStore((s) => s.setContactQuery);
  // A segment sets the search from elsewhere: show its text here, as if it had been typed.
  const filterRevision = useAppStore((s) => s.filterRevision);
  const contactQuery = useAppStore((s) => s.contactQuery);
  const [shownRevision, setShownRevision] = useState(filterRevision);
  if (shownRevision !== filterRevision) {
    setShownRevision(filterRevision);
    setText(contactQuery);
  }
  const navigate = useAppStore((s) => s.navigate);
  const send = useDebouncedCallback((query: string) => setContactQuery(query), SEARCH_DEBOUNCE_MS);
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('contacts.search')}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('contacts.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          navigate('contacts');
          send(event.target.value);
        }}
      />
    </div>
  );
}
