import type { MessageKey } from '../../../electron/shared/i18n/en';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { isStandardLabel, standardLabels, type StandardLabel } from './ContactFormValues';

const labelKeys: Record<StandardLabel, MessageKey> = {
  work: 'contactForm.label.work',
  home: 'contactForm.label.home',
  mobile: 'contactForm.label.mobile',
  other: 'contactForm.label.other',
};

interface Props {
  id: string;
  /** The entry's accessible name ("Email 2"), so the select reads "Email 2 type". */
  entry: string;
  label: string;
  custom: boolean;
  error?: string | undefined;
  onChange: (next: { label: string; custom: boolean }) => void;
}

/** The type of an email, phone or address: work, home, mobile, other, or a label of one's own. */
export function EntryTypeSelect({ id, entry, label, custom, error, onChange }: Props) {
  const t = useT();
  const value = custom ? 'custom' : isStandardLabel(label) ? label : '';
  return (
    <>
      <Field id={id} label={t('contactForm.entryType', { entry })} error={error} className="entry-type">
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => {
              const chosen = event.target.value;
              if (chosen === 'custom') onChange({ label: custom || !isStandardLabel(label) ? label : '', custom: true });
              else onChange({ label: chosen, custom: false });
            }}
          >
            <option value="">{t('contactForm.label.none')}</option>
            {standardLabels.map((standard) => (
              <option key={standard} value={standard}>
                {t(labelKeys[standard])}
              </option>
            ))}
            <option value="custom">{t('contactForm.label.custom')}</option>
          </select>
        )}
      </Field>
      {custom && (
        <Field id={`${id}-custom`} label={t('contactForm.entryTypeName', { entry })} className="entry-type-name">
          {(control) => <input {...control} type="text" maxLength={40} autoComplete="off" value={label} onChange={(event) => onChange({ label: event.target.value, custom: true })} />}
        </Field>
      )}
    </>
  );
}
