import { useId, useState } from 'react';
import { CityInputSchema, CountrySchema, type City } from '../../../electron/shared/schemas/city';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ZoneSelect } from './ZoneSelect';

type Country = (typeof CountrySchema.options)[number];
const countryKeys: Record<Country, MessageKey> = { US: 'cities.country.US', RU: 'cities.country.RU', other: 'cities.country.other' };
const defaultZone: Record<Country, string> = { US: 'America/New_York', RU: 'Europe/Moscow', other: 'UTC' };

interface Props {
  editing: City | null;
  onCancel: () => void;
  onSaved: (city: { id: string; summary: string }) => void;
}

/** Adds or edits a city: both spellings, region or state, country and IANA zone. One command. */
export function CityDialog({ editing, onCancel, onSaved }: Props) {
  const t = useT();
  const id = useId();
  const runCommands = useAppStore((s) => s.runCommands);
  const settings = useAppStore((s) => s.settings);
  const [values, setValues] = useState(() => ({
    nameLatin: editing?.nameLatin ?? '',
    nameCyrillic: editing?.nameCyrillic ?? '',
    region: editing?.region ?? '',
    country: editing?.country ?? 'RU',
    zone: editing?.zone ?? 'Europe/Moscow',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (saving) return;
    const parsed = CityInputSchema.safeParse(values);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      setFormError(t('form.fixErrors'));
      document.getElementById(`${id}-${Object.keys(found)[0] ?? 'nameLatin'}`)?.focus();
      return;
    }
    setSaving(true);
    const cityId = editing?.id ?? crypto.randomUUID();
    const at = new Date().toISOString();
    const result = await runCommands([editing ? { type: 'city.update', at, id: cityId, data: parsed.data } : { type: 'city.create', at, id: cityId, data: parsed.data }]);
    setSaving(false);
    if (result.ok) onSaved({ id: cityId, summary: result.value.summaries.at(-1) ?? '' });
    else setFormError(result.error.message);
  };

  const text = (field: 'nameLatin' | 'nameCyrillic' | 'region', label: MessageKey, lang?: string) => (
    <Field id={`${id}-${field}`} label={t(label)} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          type="text"
          lang={lang}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => {
            setValues((v) => ({ ...v, [field]: event.target.value }));
            setErrors(({ [field]: _fixed, ...rest }) => rest);
          }}
        />
      )}
    </Field>
  );

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onCancel}>
      <EditForm titleId={titleId} title={t(editing ? 'cities.editTitle' : 'cities.newTitle')} error={formError} saving={saving} onSubmit={() => void submit()} onCancel={onCancel}>
        <div className="form-grid">
          {text('nameLatin', 'cities.nameLatin', 'en')}
          {text('nameCyrillic', 'cities.nameCyrillic', 'ru')}
          {text('region', 'cities.region')}
          <SelectField
            id={`${id}-country`}
            label={t('cities.country')}
            value={values.country}
            options={CountrySchema.options.map((country) => ({ value: country, label: t(countryKeys[country]) }))}
            onChange={(value) => {
              const country = CountrySchema.catch('other').parse(value);
              // A new city takes its country's usual zone until one is chosen.
              setValues((v) => ({ ...v, country, zone: editing ? v.zone : defaultZone[country] }));
            }}
          />
          <ZoneSelect
            id={`${id}-zone`}
            label={t('cities.zone')}
            value={values.zone}
            suggested={[settings?.homeZone ?? 'Europe/Moscow', ...(settings?.counterpartZones ?? []), 'Europe/Moscow', 'Europe/Volgograd', 'Europe/Samara', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']}
            error={errors.zone}
            onChange={(zone) => setValues((v) => ({ ...v, zone }))}
          />
        </div>
      </EditForm>
    </Dialog>
  );
}
