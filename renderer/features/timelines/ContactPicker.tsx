import { useEffect, useState } from 'react';
import type { ContactRow } from '../../../electron/shared/contract';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

export interface PickedContact {
  id: string;
  name: string;
}

interface Props {
  id: string;
  label: string;
  searchLabel: string;
  value: PickedContact | null;
  onChange: (contact: PickedContact | null) => void;
  /** Offers "Nobody" (an owner is optional; a participant is not). */
  allowNone: boolean;
}

/**
 * Chooses one contact from a workspace of any size: a search box feeds the windowed contacts
 * query (never the whole list), and a select offers the matches.
 */
export function ContactPicker({ id, label, searchLabel, value, onChange, allowNone }: Props) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<ContactRow[]>([]);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void settle(api.contacts.list({ query, offset: 0, limit: 30 }), failed).then((result) => {
        if (current && result.ok) setRows(result.value.rows);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, failed]);

  const options = value && !rows.some((row) => row.id === value.id) ? [{ id: value.id, name: value.name }, ...rows] : rows;
  return (
    <div className="contact-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input id={`${id}-search`} type="search" value={query} placeholder={t('contactPicker.placeholder')} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value?.id ?? ''}
          onChange={(event) => {
            const chosen = options.find((row) => row.id === event.target.value);
            onChange(chosen ? { id: chosen.id, name: chosen.name } : null);
          }}
        >
          <option value="">{allowNone ? t('itemForm.noOwner') : options.length === 0 ? t('contactPicker.none') : t('contactPicker.choose')}</option>
          {options.map((row) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
