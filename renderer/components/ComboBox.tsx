import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { Field } from './Field';

interface Props<T> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** What the box shows while the user is not typing: the chosen item's name. */
  value: string;
  /** The items a typed text finds, best first ('' finds the usual ones). */
  search: (typed: string) => readonly T[];
  keyOf: (item: T) => string;
  /** What an option reads, to the eye and to a screen reader. */
  render: (item: T, typed: string) => ReactNode;
  /** The list's own name ("Time zones found"): not the box's label, which names the box alone. */
  listLabel: string;
  /** Said in the list when the text finds nothing. */
  noMatch: string;
  onSelect: (item: T) => void;
}

/** Enough to scroll through; a longer list means the text should narrow it. */
const SHOWN = 60;

/**
 * A text box that finds an item by any part of its names and a list to pick it from (the ARIA
 * 1.2 combobox pattern): typing opens the list, Up and Down move through it, Enter picks, Escape
 * closes it and puts back the chosen item's name (a second Escape reaches the dialog), and
 * leaving the box keeps the choice as it was. Written here rather than taken from a library: the
 * pickers need this one pattern, and the app's Field already ties label, hint and error to it.
 */
export function ComboBox<T>({ id, label, hint, error, value, search, keyOf, render, listLabel, noMatch, onSelect }: Props<T>) {
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = typed !== null;
  const found = open ? search(typed).slice(0, SHOWN) : [];
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => {
    setTyped(null);
    setActive(0);
  };
  const pick = (item: T | undefined) => {
    if (item === undefined) return;
    onSelect(item);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setTyped('');
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (found.length === 0 ? 0 : (current + step + found.length) % found.length));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(found[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <Field id={id} label={label} hint={hint} error={error} className="combobox">
      {(control) => (
        <div className="combobox-box">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && found.length > 0 ? optionId(active) : undefined}
            value={open ? typed : value}
            onChange={(event) => {
              setTyped(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={close}
          />
          <ul id={listId} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!open}>
            {found.map((item, index) => (
              <li
                key={keyOf(item)}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'combobox-option is-active' : 'combobox-option'}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(item);
                }}
              >
                {render(item, typed ?? '')}
              </li>
            ))}
            {open && found.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled="true" className="combobox-none">
                {noMatch}
              </li>
            )}
          </ul>
        </div>
      )}
    </Field>
  );
}
