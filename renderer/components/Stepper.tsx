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
  return (
    <span className="stepper">
      <button type="button" className="stepper-button" aria-label={lowerLabel} disabled={value <= min} onClick={() => onChange(value - 1)}>
        <span aria-hidden="true">−</span>
      </button>
      <output className="stepper-value" aria-label={label} aria-live="polite">
        {value}
      </output>
      <button type="button" className="stepper-button" aria-label={raiseLabel} disabled={value >= max} onClick={() => onChange(value + 1)}>
        <span aria-hidden="true">+</span>
      </button>
    </span>
  );
}
