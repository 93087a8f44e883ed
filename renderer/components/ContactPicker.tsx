import { useEffect, useRef, useState } from 'react';
import type { ContactRow } from '../../electron/shared/contract';
import type { PersonRef } from '../../electron/shared/contracts/placeChannels';
import { settle } from '../api/api';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';
import { ChipsField } from './ChipsField';

interface Props {
  id: string;
  label: string;
  hint?: string;
  listLabel: string;
  people: readonly PersonRef[];
  onChange: (people: PersonRef[]) => void;
}

const SUGGESTIONS = 20;

/** What a suggestion reads: the name, then what tells namesakes apart. */
function optionLabel(row: ContactRow): string {
  return [row.name, row.organization, row.city].filter((part) => part.length > 0).join(' — ');
}

/**
 * Picks contacts by typing any part of a name in either script: the list's own search suggests the
 * best matches, Enter adds the one typed or the best one, and each pick shows as a removable chip.
 * Only one window of rows is ever read, however many contacts the workspace holds.
 */
export function ContactPicker({ id, label, hint, listLabel, people, onChange }: Props) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const [text, setText] = useState('');
  const [found, setFound] = useState<ContactRow[]>([]);
  const [error, setError] = useState<string | undefined>();
  const latest = useRef('');
  const failed = t('error.requestFailed');

  useEffect(() => {
    const query = text.trim();
    latest.current = query;
    if (!query) return;
    void settle(api.contacts.list({ query, offset: 0, limit: SUGGESTIONS }), failed).then((result) => {
      if (latest.current === query && result.ok) setFound(result.value.rows);
    });
  }, [api, text, failed]);

  const add = async (typed: string) => {
    const exact = found.find((row) => optionLabel(row) === typed || row.name === typed);
    let pick = exact ?? (latest.current === typed ? found[0] : undefined);
    if (!pick) {
      const result = await settle(api.contacts.list({ query: typed, offset: 0, limit: 1 }), failed);
      pick = result.ok ? result.value.rows[0] : undefined;
    }
    if (!pick) {
      setError(t('picker.noMatch', { name: typed }));
      return;
    }
    setError(undefined);
    setText('');
    if (!people.some((person) => person.id === pick.id)) onChange([...people, { id: pick.id, name: pick.name }]);
  };

  return (
    <ChipsField
      id={id}
      label={label}
      hint={hint ?? t('picker.hint')}
      error={error}
      chips={people.map((person) => ({ key: person.id, label: person.name }))}
      listLabel={listLabel}
      removeLabel={(chip) => t('contactForm.removeChip', { name: chip.label })}
      text={text}
      options={text.trim() ? found.map(optionLabel) : []}
      onText={(next) => {
        setText(next);
        setError(undefined);
      }}
      onAdd={(typed) => void add(typed)}
      onRemove={(chip) => onChange(people.filter((person) => person.id !== chip.key))}
    />
  );
}
