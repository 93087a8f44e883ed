import type { KeyboardEvent } from 'react';
import { Field, type FieldFrameProps } from './Field';

export interface Chip {
  key: string;
  label: string;
}

interface Props extends Omit<FieldFrameProps, 'className'> {
  chips: readonly Chip[];
  /** The accessible name of a chip's remove button ("Remove Волгоград / Volgograd"). */
  removeLabel: (chip: Chip) => string;
  listLabel: string;
  text: string;
  /** Suggestions offered while typing (a datalist). */
  options: readonly string[];
  onText: (text: string) => void;
  /** Enter adds what was typed; the owner decides what it means (or refuses it with `error`). */
  onAdd: (text: string) => void;
  onRemove: (chip: Chip) => void;
}

/**
 * Several values picked by typing: each one added shows as a chip with its own remove button; the
 * text box suggests known values. Enter adds the text instead of submitting the form.
 */
export function ChipsField({ id, label, hint, error, chips, removeLabel, listLabel, text, options, onText, onAdd, onRemove }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (text.trim()) onAdd(text.trim());
  };
  return (
    <div className="chips-field field-wide">
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <input {...control} type="text" list={`${id}-options`} autoComplete="off" value={text} onChange={(event) => onText(event.target.value)} onKeyDown={onKeyDown} />
        )}
      </Field>
      {chips.length > 0 && (
        <ul className="chips" aria-label={listLabel}>
          {chips.map((chip) => (
            <li key={chip.key} className="chip">
              <span>{chip.label}</span>
              <button type="button" className="chip-remove" aria-label={removeLabel(chip)} onClick={() => onRemove(chip)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <datalist id={`${id}-options`}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}
