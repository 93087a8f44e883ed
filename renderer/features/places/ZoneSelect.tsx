import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { allZones } from '../interactions/zoneName';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Offered first: the zones the user works with. */
  suggested: readonly string[];
  error?: string | undefined;
  onChange: (zone: string) => void;
}

/** An IANA time zone, the usual ones first, then every zone the runtime knows. */
export function ZoneSelect({ id, label, value, suggested, error, onChange }: Props) {
  const t = useT();
  const first = [...new Set([value, ...suggested])];
  const rest = allZones().filter((zone) => !first.includes(zone));
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {first.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
          {rest.length > 0 && (
            <optgroup label={t('interactions.allZones')}>
              {rest.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      )}
    </Field>
  );
}
