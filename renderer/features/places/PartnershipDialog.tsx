import { useEffect, useId, useState } from 'react';
import type { PartnershipRow, PersonRef } from '../../../electron/shared/contracts/placeChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { cityLabel } from '../../../electron/shared/names/cityLabel';
import type { City } from '../../../electron/shared/schemas/city';
import { PartnershipInputSchema, PartnershipStatusSchema } from '../../../electron/shared/schemas/partnership';
import { settle } from '../../api/api';
import { ContactPicker } from '../../components/ContactPicker';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

type Status = (typeof PartnershipStatusSchema.options)[number];
export const statusKeys: Record<Status, MessageKey> = {
  active: 'partnerships.status.active',
  dormant: 'partnerships.status.dormant',
  suspended: 'partnerships.status.suspended',
  ended: 'partnerships.status.ended',
};

interface Props {
  editing: PartnershipRow | null;
  onCancel: () => void;
  onSaved: (saved: { id: string; summary: string }) => void;
}

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base' });

/**
 * Adds or edits a partnership: the US and the Russian city, its status, the year it was
 * established, coordinators on both sides, the last exchange known from elsewhere, source and
 * notes. One partnership.create or partnership.update: one undo step.
 */
export function PartnershipDialog({ editing, onCancel, onSaved }: Props) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const runCommands = useAppStore((s) => s.runCommands);
  const p = editing?.partnership;
  const [cities, setCities] = useState<City[]>([]);
  const [values, setValues] = useState({
    usCityId: p?.usCityId ?? '',
    ruCityId: p?.ruCityId ?? '',
    status: p?.status ?? 'active',
    establishedYear: p?.establishedYear ? String(p.establishedYear) : '',
    lastExchange: p?.lastExchange ?? '',
    source: p?.source ?? '',
    notes: p?.notes ?? '',
  });
  const [usCoordinators, setUsCoordinators] = useState<PersonRef[]>(editing?.usCoordinators ?? []);
  const [ruCoordinators, setRuCoordinators] = useState<PersonRef[]>(editing?.ruCoordinators ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    void settle(api.cities.list({}), failed).then((result) => {
      if (current && result.ok) setCities([...result.value].sort((a, b) => collator.compare(a.nameLatin, b.nameLatin)));
    });
    return () => {
      current = false;
    };
  }, [api, failed]);

  const set = (field: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const submit = async () => {
    if (saving) return;
    const problems: Record<string, string> = {};
    if (!values.usCityId) problems.usCityId = t('partnerships.cityMissing');
    if (!values.ruCityId) problems.ruCityId = t('partnerships.cityMissing');
    const year = values.establishedYear.trim();
    if (year && !/^\d{4}$/.test(year)) problems.establishedYear = t('partnerships.yearInvalid');
    const parsed = PartnershipInputSchema.safeParse({
      ...p,
      usCityId: values.usCityId,
      ruCityId: values.ruCityId,
      status: values.status,
      establishedYear: year ? Number(year) : null,
      lastExchange: values.lastExchange || null,
      source: values.source,
      notes: values.notes,
      usCoordinatorIds: usCoordinators.map((c) => c.id),
      ruCoordinatorIds: ruCoordinators.map((c) => c.id),
    });
    if (!parsed.success) for (const issue of parsed.error.issues) problems[String(issue.path[0])] ??= issue.message;
    if (Object.keys(problems).length > 0 || !parsed.success) {
      setErrors(problems);
      setFormError(t('form.fixErrors'));
      document.getElementById(`${id}-${Object.keys(problems)[0] ?? 'usCityId'}`)?.focus();
      return;
    }
    setSaving(true);
    const partnershipId = p?.id ?? crypto.randomUUID();
    const at = new Date().toISOString();
    const result = await runCommands([
      p ? { type: 'partnership.update', at, id: partnershipId, data: parsed.data } : { type: 'partnership.create', at, id: partnershipId, data: parsed.data },
    ]);
    setSaving(false);
    if (result.ok) onSaved({ id: partnershipId, summary: result.value.summaries.at(-1) ?? '' });
    else setFormError(result.error.message);
  };

  const citySelect = (field: 'usCityId' | 'ruCityId', label: MessageKey, country: 'US' | 'RU') => (
    <SelectField
      id={`${id}-${field}`}
      label={t(label)}
      error={errors[field]}
      value={values[field]}
      placeholder={t('partnerships.chooseCity')}
      // The country's own cities first; any other city can still be chosen.
      options={[...cities.filter((c) => c.country === country), ...cities.filter((c) => c.country !== country)].map((city) => ({ value: city.id, label: cityLabel(city) }))}
      onChange={set(field)}
    />
  );
  const text = (field: 'establishedYear' | 'lastExchange' | 'source', label: MessageKey, type = 'text', hint?: string) => (
    <Field id={`${id}-${field}`} label={t(label)} error={errors[field]} hint={hint}>
      {(control) => <input {...control} type={type} inputMode={field === 'establishedYear' ? 'numeric' : undefined} value={values[field]} onChange={(event) => set(field)(event.target.value)} />}
    </Field>
  );

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onCancel} className="contact-form-dialog">
      <EditForm titleId={titleId} title={t(p ? 'partnerships.editTitle' : 'partnerships.newTitle')} error={formError} saving={saving} onSubmit={() => void submit()} onCancel={onCancel}>
        <div className="form-grid">
          {citySelect('usCityId', 'partnerships.usCity', 'US')}
          {citySelect('ruCityId', 'partnerships.ruCity', 'RU')}
          <SelectField
            id={`${id}-status`}
            label={t('partnerships.status')}
            value={values.status}
            options={PartnershipStatusSchema.options.map((status) => ({ value: status, label: t(statusKeys[status]) }))}
            onChange={(value) => set('status')(PartnershipStatusSchema.catch('active').parse(value))}
          />
          {text('establishedYear', 'partnerships.established')}
          <ContactPicker id={`${id}-us`} label={t('partnerships.usCoordinator')} listLabel={t('partnerships.usCoordinators')} people={usCoordinators} onChange={setUsCoordinators} />
          <ContactPicker id={`${id}-ru`} label={t('partnerships.ruCoordinator')} listLabel={t('partnerships.ruCoordinators')} people={ruCoordinators} onChange={setRuCoordinators} />
          {text('lastExchange', 'partnerships.lastExchangeStored', 'date', t('partnerships.lastExchangeHint'))}
          {text('source', 'partnerships.source')}
          <Field id={`${id}-notes`} label={t('partnerships.notes')} className="field-wide">
            {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(event) => set('notes')(event.target.value)} />}
          </Field>
        </div>
      </EditForm>
    </Dialog>
  );
}
