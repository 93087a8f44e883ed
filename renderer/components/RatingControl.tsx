import { useId, useState } from 'react';

interface Props {
  /** The group's accessible name: "Rating of Venue for Kazan". */
  label: string;
  value: number | null;
  /** The choices, lowest first (0–5 for a rating). */
  options: readonly number[];
  /** The name of the "none" choice ("Not rated"), shown as "–"; left out, there is no such choice. */
  noneLabel?: string;
  onChange: (value: number | null) => void;
  className?: string;
}

/**
 * A one-click rating: a row of segments, each a native radio button, so the browser gives it the
 * keyboard (Tab into the group, arrows move and choose, Space picks) and screen readers the group's
 * name, each choice's number and which one is checked. Rating an offer item happens dozens of
 * times a review; a dropdown took two clicks and hid the other values.
 *
 * Liaison's widgets are its own, built on native elements and the tokens in styles/tokens.css,
 * rather than react-aria-components (weighed in session 6): the handful it needs (this control, a
 * menu button, a stepper, the existing Dialog with its unsaved-changes guard, the toast stack and
 * pickers that match through the contact search's keys) take a few hundred lines, get keyboard and
 * names from native radios and buttons, and are tested here; RAC 1.22.1 for the same set (radio
 * group, menu, combobox, date field, dialog) bundles to 333 KB minified, 101 KB gzipped, a third
 * of the renderer again, and its date field does not read the fuzzy dates ("late September or
 * early October") the app's own parser reads.
 */
export function RatingControl({ label, value, options, noneLabel, onChange, className }: Props) {
  const name = useId();
  // The choice shows at once, before the saved value comes back: otherwise the old one is checked
  // again meanwhile, and a quick arrow key back onto it would change nothing.
  const [asked, setAsked] = useState<{ from: number | null; to: number | null } | null>(null);
  const shown = asked && asked.from === value ? asked.to : value;
  const choose = (option: number | null) => {
    setAsked({ from: value, to: option });
    onChange(option);
  };
  const choice = (option: number | null, text: string, srText?: string) => {
    const checked = shown === option;
    return (
      <label key={option ?? 'none'} className={`rating-segment${checked ? ' is-checked' : ''}${option === null ? ' is-none' : ''}`}>
        <input type="radio" className="rating-input" name={name} checked={checked} onChange={() => choose(option)} aria-label={srText} />
        <span aria-hidden={srText ? 'true' : undefined}>{text}</span>
      </label>
    );
  };
  return (
    <div role="radiogroup" aria-label={label} className={`rating${className ? ` ${className}` : ''}`}>
      {noneLabel !== undefined && choice(null, '–', noneLabel)}
      {options.map((option) => choice(option, String(option)))}
    </div>
  );
}
