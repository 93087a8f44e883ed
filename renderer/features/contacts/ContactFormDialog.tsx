import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Result } from '../../../electron/shared/contract';
import type { Api } from '../../../electron/shared/createApi';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { GenderSchema, type Gender } from '../../../electron/shared/schemas/contact';
import type { City } from '../../../electron/shared/schemas/city';
import type { Organization } from '../../../electron/shared/schemas/organization';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { Field, type FieldControlProps } from '../../components/Field';
import { useT } from '../../i18n/useT';
import type { ContactFormTarget } from '../../store/contactsSlice';
import { useAppStore } from '../../store/useAppStore';
import { buildContactCommands } from './buildContactCommands';
import { cityLabel } from './cityLabel';
import { fieldErrorsFromFailure, type FieldErrors } from './contactFieldErrors';
import {
  contactFormFields,
  contactFormValuesFrom,
  emptyContactFormValues,
  latinTouchedFrom,
  withNamePart,
  type ContactFormField,
  type LatinTouched,
  type NamePart,
} from './ContactFormValues';

interface Lists {
  organizations: Organization[];
  cities: City[];
}

interface Props {
  target: ContactFormTarget;
  onCancel: () => void;
  onSaved: (saved: { id: string; name: string; mode: ContactFormTarget['mode'] }) => void;
}

const latinOf: Partial<Record<ContactFormField, NamePart>> = { familyLatin: 'family', givenLatin: 'given', patronymicLatin: 'patronymic' };
const labelKeys: Record<ContactFormField, MessageKey> = {
  family: 'contact.family',
  given: 'contact.given',
  patronymic: 'contact.patronymic',
  gender: 'contact.gender',
  familyLatin: 'contact.familyLatin',
  givenLatin: 'contact.givenLatin',
  patronymicLatin: 'contact.patronymicLatin',
  email: 'contact.email',
  phone: 'contact.phone',
  organization: 'contact.organization',
  title: 'contact.title',
  city: 'contact.city',
  tags: 'contact.tags',
  notes: 'contact.notes',
};
const genderKeys: Record<Gender, MessageKey> = {
  female: 'contact.gender.female',
  male: 'contact.gender.male',
  unspecified: 'contact.gender.unspecified',
};

/**
 * Creates or edits one contact. Validated with the shared ContactInputSchema before anything is
 * sent; a new organisation or city name becomes a create command in the same commands:run call,
 * so the whole save is one transaction and one undo step. The dialog stays open until the save is
 * acknowledged, and any failure lands beside the field it concerns.
 */
export function ContactFormDialog({ target, onCancel, onSaved }: Props) {
  const t = useT();
  const formId = useId();
  const api = useAppStore((s) => s.api);
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const runCommands = useAppStore((s) => s.runCommands);
  const editing = target.mode === 'edit' ? target.detail : null;
  const [form, setForm] = useState(() => {
    const values = editing ? contactFormValuesFrom(editing) : emptyContactFormValues;
    return { values, touched: latinTouchedFrom(values) };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [lists, setLists] = useState<Result<Lists> | null>(null);
  const listsPromise = useRef<Promise<Result<Lists>> | null>(null);
  const requestFailed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    const pending = loadLists(api, requestFailed);
    listsPromise.current = pending;
    void pending.then((result) => {
      if (current) setLists(result);
    });
    return () => {
      current = false;
    };
  }, [api, requestFailed]);

  const fieldId = (field: ContactFormField) => `${formId}-${field}`;

  const change = (field: ContactFormField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const text = event.target.value;
    setForm(({ values, touched }) => {
      if (field === 'family' || field === 'given' || field === 'patronymic') return { values: withNamePart(values, field, text, touched), touched };
      const part = latinOf[field];
      // Clearing a Latin form hands it back to the automatic transliteration.
      const nextTouched: LatinTouched = part ? { ...touched, [part]: text !== '' } : touched;
      if (field === 'gender') return { values: { ...values, gender: GenderSchema.catch('unspecified').parse(text) }, touched };
      return { values: { ...values, [field]: text }, touched: nextTouched };
    });
    if (errors[field]) setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  /** Shows the messages (beside their fields, the rest in the alert) and focuses the first bad field. */
  const showErrors = (fieldErrors: FieldErrors, unmatched: string[], fallback: string) => {
    const first = contactFormFields.find((field) => fieldErrors[field] !== undefined);
    const summary = [first ? t('form.fixErrors') : '', ...unmatched].filter(Boolean).join(' ');
    flushSync(() => {
      setErrors(fieldErrors);
      setFormError(summary || fallback);
    });
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async () => {
    if (saving) return;
    // Matching typed names against existing records needs the lists; wait for them if still loading.
    const loaded = lists ?? (await listsPromise.current) ?? null;
    if (!loaded?.ok) {
      setFormError(loaded?.error.message ?? requestFailed);
      return;
    }
    const built = buildContactCommands(form.values, editing, {
      ...loaded.value,
      homeZone,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    if (!built.ok) {
      showErrors(built.errors, built.unmatched, t('form.fixErrors'));
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    const result = await runCommands(built.commands);
    setSaving(false);
    if (result.ok) {
      onSaved({ id: built.contactId, name: contactDisplayName(built.data), mode: target.mode });
      return;
    }
    const mapped = fieldErrorsFromFailure(result.error.fields ?? {}, built.roles);
    const anyField = contactFormFields.some((field) => mapped.errors[field] !== undefined);
    showErrors(mapped.errors, anyField ? mapped.unmatched : [result.error.message], result.error.message);
  };

  const text = (field: Exclude<ContactFormField, 'gender'>, options: { type?: string; list?: string; autoComplete?: string; hint?: string; lang?: string } = {}) => (
    <Field id={fieldId(field)} label={t(labelKeys[field])} error={errors[field]} hint={options.hint}>
      {(control: FieldControlProps) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          list={options.list}
          lang={options.lang}
          autoComplete={options.autoComplete ?? 'off'}
          value={form.values[field]}
          onChange={change(field)}
        />
      )}
    </Field>
  );

  const titleId = `${formId}-title`;
  const organizationsId = `${formId}-organizations`;
  const citiesId = `${formId}-cities`;
  const loadedLists = lists?.ok ? lists.value : null;

  return (
    <Dialog titleId={titleId} onCancel={onCancel} className="contact-form-dialog">
      <form
        className="contact-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t(editing ? 'form.editTitle' : 'form.newTitle')}</h2>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          {text('family', { autoComplete: 'off' })}
          {text('given')}
          {text('patronymic')}
          <Field id={fieldId('gender')} label={t('contact.gender')} error={errors.gender}>
            {(control) => (
              <select {...control} value={form.values.gender} onChange={change('gender')}>
                {GenderSchema.options.map((gender) => (
                  <option key={gender} value={gender}>
                    {t(genderKeys[gender])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('familyLatin', { lang: 'en' })}
          {text('givenLatin', { lang: 'en' })}
          {text('patronymicLatin', { lang: 'en' })}
          {text('email', { type: 'email' })}
          {text('phone', { type: 'tel' })}
          {text('organization', { list: organizationsId })}
          {text('title')}
          {text('city', { list: citiesId })}
          {text('tags', { hint: t('contact.tagsHint') })}
          <Field id={fieldId('notes')} label={t('contact.notes')} error={errors.notes} className="field-wide">
            {(control) => <textarea {...control} rows={4} value={form.values.notes} onChange={change('notes')} />}
          </Field>
        </div>
        <datalist id={organizationsId}>
          {loadedLists?.organizations.map((org) => (
            <option key={org.id} value={org.name} />
          ))}
        </datalist>
        <datalist id={citiesId}>
          {loadedLists?.cities.map((city) => (
            <option key={city.id} value={cityLabel(city)} />
          ))}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary" aria-busy={saving}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

async function loadLists(api: Api, failed: string): Promise<Result<Lists>> {
  const [organizations, cities] = await Promise.all([settle(api.organizations.list({}), failed), settle(api.cities.list({}), failed)]);
  if (!organizations.ok) return organizations;
  if (!cities.ok) return cities;
  return { ok: true, value: { organizations: organizations.value, cities: cities.value } };
}
