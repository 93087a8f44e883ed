import type { ReactNode } from 'react';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { emptyEntry, type FieldErrors, type TypedEntry } from './ContactFormValues';
import { EntryTypeSelect } from './EntryTypeSelect';

interface Props {
  kind: 'emails' | 'phones' | 'websites';
  /** The first entry's name ("Email"); the next ones are numbered ("Email 2"). */
  name: string;
  legend: string;
  addLabel: string;
  entries: readonly TypedEntry[];
  errors: FieldErrors;
  idFor: (key: string) => string;
  /** Shared by the entries' preferred radios. */
  radioGroup: string;
  /** A remark under a value that is kept but unusual ("not dialable"), never an error. */
  hintFor?: (value: string) => string | undefined;
  /** A warning under a value that may hold a control ("already the email of … Open"). */
  noteFor?: (value: string) => ReactNode;
  onChange: (entries: TypedEntry[]) => void;
}

const inputType = { emails: 'email', phones: 'tel', websites: 'url' } as const;

/** A list of emails, phones or websites, each with its type and a preferred mark; rows left empty are not saved. */
export function TypedEntriesField({ kind, name, legend, addLabel, entries, errors, idFor, radioGroup, hintFor, noteFor, onChange }: Props) {
  const t = useT();
  const update = (index: number, patch: Partial<TypedEntry>) => onChange(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  return (
    <fieldset className="entry-list field-wide">
      <legend>{legend}</legend>
      {entries.map((entry, index) => {
        const entryName = index === 0 ? name : t('contactForm.nth', { entry: name, n: index + 1 });
        const key = `${kind}.${index}`;
        return (
          <div className="entry-row" key={index}>
            <Field id={idFor(`${key}.value`)} label={entryName} error={errors[`${key}.value`]} hint={hintFor?.(entry.value)} note={noteFor?.(entry.value)} className="entry-value">
              {(control) => (
                <input
                  {...control}
                  type={inputType[kind]}
                  autoComplete="off"
                  value={entry.value}
                  onChange={(event) => update(index, { value: event.target.value })}
                />
              )}
            </Field>
            <EntryTypeSelect
              id={idFor(`${key}.label`)}
              entry={entryName}
              label={entry.label}
              custom={entry.custom}
              error={errors[`${key}.label`]}
              onChange={(next) => update(index, next)}
            />
            <label className="entry-preferred">
              <input
                type="radio"
                name={radioGroup}
                aria-label={t('contactForm.isPreferred', { entry: entryName })}
                checked={entry.preferred}
                onChange={() => onChange(entries.map((other, i) => ({ ...other, preferred: i === index })))}
              />
              <span aria-hidden="true">{t('contactForm.preferred')}</span>
            </label>
            <button
              type="button"
              className="button button-quiet entry-remove"
              aria-label={t('contactForm.removeEntry', { entry: entryName })}
              onClick={() => onChange(entries.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...entries, emptyEntry()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
