import { useEffect, useId, useState } from 'react';
import type { ContactRow } from '../../../electron/shared/contract';
import { settle } from '../../api/api';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

const RESULTS = 8;

/** Finds a contact by any spelling (the contacts search) and offers to link the first few matches. */
export function ContactPicker({ exclude, onPick }: { exclude: readonly string[]; onPick: (contact: ContactRow) => void }) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; rows: ContactRow[]; error: string | null } | null>(null);
  const send = useDebouncedCallback((value: string) => setQuery(value.trim()), 150);
  const failed = t('contacts.loadFailed');

  useEffect(() => {
    if (!query) return;
    let current = true;
    void settle(api.contacts.list({ query, offset: 0, limit: RESULTS + exclude.length }), failed).then((result) => {
      if (!current) return;
      setFound(result.ok ? { query, rows: result.value.rows, error: null } : { query, rows: [], error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, query, failed, exclude.length]);

  const rows = found && found.query === query && query ? found.rows.filter((row) => !exclude.includes(row.id)).slice(0, RESULTS) : [];
  return (
    <div className="neg-picker">
      <label htmlFor={id}>{t('neg.people.find')}</label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          send(event.target.value);
        }}
      />
      {found?.error && <p role="alert">{found.error}</p>}
      {query && found?.query === query && rows.length === 0 && !found.error && <p className="muted">{t('neg.people.noMatch', { query })}</p>}
      {rows.length > 0 && (
        <ul className="neg-picker-results" aria-label={t('neg.people.results')}>
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onPick(row);
                  setText('');
                  setQuery('');
                }}
              >
                {t('neg.people.add', { name: row.name })}
              </button>
              <span className="muted neg-small">{[row.organization, row.city].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
