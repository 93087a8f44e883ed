import { useState } from 'react';

interface Props {
  /** What is stepped, for the buttons' names: "Weight of Venue". */
  label: string;
  value: number;
  min: number;
  max: number;
  /** "Lower {label}" / "Raise {label}", from the window's catalog. */
  lowerLabel: string;
  raiseLabel: string;
  onChange: (value: number) => void;
}

/**
 * A small number changed one step per click: −, the value, +. Each click is one change (one undo
 * step), where a spin box's typing would send one per keystroke. The value is an output named by
 * `label`, so a screen reader says "Weight of Venue, 3" after a click. See RatingControl for why
 * Liaison's widgets are its own.
 */
export function Stepper({ label, value, min, max, lowerLabel, raiseLabel, onChange }: Props) {
  // A second click before the first change comes back steps on from the value asked for, not the
  // one still shown: a quick double click on + from 1 means 3, not 2 twice.
  // The ask holds while the value it started from is still the one given; a new value ends it.
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(null);
  const shown = asked && asked.from === value ? asked.to : value;
  const step = (next: number) => {
    setAsked({ from: value, to: next });
    onChange(next);
  };
  return (
    <span className="stepper">
      <button type="button" className="stepper-button" aria-label={lowerLabel} disabled={shown <= min} onClick={() => step(shown - 1)}>
        <span aria-hidden="true">−</span>
      </button>
      <output className="stepper-value" aria-label={label} aria-live="polite">
        {shown}
      </output>
      <button type="button" className="stepper-button" aria-label={raiseLabel} disabled={shown >= max} onClick={() => step(shown + 1)}>
        <span aria-hidden="true">+</span>
      </button>
    </span>
  );
}
