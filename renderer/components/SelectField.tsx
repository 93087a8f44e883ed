import { Field, type FieldFrameProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

interface Props extends FieldFrameProps {
  value: string;
  options: readonly SelectOption[];
  /** A first, empty choice ("Choose a city…") for a value not picked yet. */
  placeholder?: string;
  /** The chosen option's value as the select gives it; the owner parses it into its own type. */
  onChange: (value: string) => void;
}

/** A labelled drop-down with its hint and validation message, one option per choice. */
export function SelectField({ id, label, hint, error, className, value, options, placeholder, onChange }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
