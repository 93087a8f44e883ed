import { contactFieldKeys } from '../duplicates/contactFieldKeys';
import { startTransition, useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ContactRow, Result } from '../../../electron/shared/contract';
import type { Api } from '../../../electron/shared/createApi';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { autoSalutationEn, autoSalutationRu } from '../../../electron/shared/names/salutation';
import { emailWarning } from '../../../electron/shared/email/emailWarning';
import { isDialable } from '../../../electron/shared/phone/isDialable';
import { ContactKindSchema, GenderSchema, type Gender } from '../../../electron/shared/schemas/contact';
import type { City } from '../../../electron/shared/schemas/city';
import type { Organization } from '../../../electron/shared/schemas/organization';
import { settle } from '../../api/api';
import { ChipsField } from '../../components/ChipsField';
import { pickByName } from '../../components/matchesName';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field, type FieldControlProps } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { afterPaint } from '../../store/afterPaint';
import { whenIdle } from '../../store/whenIdle';
import type { ContactFormTarget } from '../../store/contactsSlice';
import { useAppStore } from '../../store/useAppStore';
import { AddressesField } from './AddressesField';
import { ContactPhotoField } from './ContactPhotoField';
import { buildContactCommands } from './buildContactCommands';
import type { ShownEdit } from './ContactListSource';
import { editedRow } from './editedRow';
import { cityLabel } from './cityLabel';
import { fieldErrorsFromFailure } from './contactFieldErrors';
import {
  contactFormValuesFrom,
  emptyContactFormValues,
  fieldOrder,
  latinTouchedFrom,
  withNamePart,
  type ContactFormValues,
  type FieldErrors,
  type FieldKey,
  type LatinTouched,
  type NamePart,
  type TextField,
} from './ContactFormValues';
import { TypedEntriesField } from './TypedEntriesField';
import { EmailOwnerNote } from './EmailOwnerNote';
import { useEmailOwners } from './useEmailOwners';

interface Lists {
  organizations: Organization[];
  cities: City[];
  partnerships: { id: string; label: string }[];
}

interface Props {
  target: ContactFormTarget;
  onCancel: () => void;
  onSaved: (saved: { id: string; name: string; mode: ContactFormTarget['mode'] }) => void;
  /** Shows an edit in the list while it saves (the list's row repaints in the next frame). */
  onSaving?: (row: ContactRow) => ShownEdit;
  /** Opens another contact (one that already holds a typed email); the form is left first. */
  onOpenContact?: (id: string) => void;
}

const latinOf: Partial<Record<TextField, NamePart>> = { familyLatin: 'family', givenLatin: 'given', patronymicLatin: 'patronymic' };
// The form's labels are the merge view's, with the three fields the form names differently.
const labelKeys: Record<Exclude<TextField, 'city' | 'partnership'>, MessageKey> = {
  ...contactFieldKeys,
  organization: 'contact.organization',
  languages: 'contactForm.languages',
  followUpDays: 'contactForm.followUpDays',
};
const genderKeys: Record<Gender, MessageKey> = {
  female: 'contact.gender.female',
  male: 'contact.gender.male',
  unspecified: 'contact.gender.unspecified',
};
const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Creates or edits one contact: names with their Latin forms and salutations, typed emails, phones
 * and addresses, organisation and title, cities and partnerships, languages, tags, notes and the
 * follow-up cadence. Validated with the shared ContactInputSchema before anything is sent; new
 * organisation and city names become create commands in the same commands:run call, so the whole
 * save is one transaction and one undo step. The dialog stays open until the save is acknowledged,
 * and any failure lands beside the field (and row) it concerns.
 */
export function ContactFormDialog({ target, onCancel, onSaved, onSaving, onOpenContact }: Props) {
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
  // Guards a second Save at once; `saving` only marks the button busy, rendered after the row repaint.
  const inFlight = useRef(false);
  const [lists, setLists] = useState<Result<Lists> | null>(null);
  const listsPromise = useRef<Promise<Result<Lists>> | null>(null);
  const requestFailed = t('error.requestFailed');
  const values = form.values;
  const person = values.kind === 'person';
  const emailOwners = useEmailOwners(
    api,
    values.emails.map((entry) => entry.value),
    editing?.contact.id ?? null,
  );
  const emailNote = (value: string) => {
    const owner = emailOwners.find((o) => fold(o.email) === fold(value));
    return owner && <EmailOwnerNote owner={owner} onOpen={onOpenContact} />;
  };

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

  const build = (current: ContactFormValues, loaded: Lists) =>
    buildContactCommands(current, editing, {
      ...loaded,
      homeZone,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
      messages: {
        followUpDays: t('contactForm.followUpInvalid'),
        unknownPartnership: (name) => t('contactForm.unknownPartnership', { name }),
        enterSomething: t('validation.enterSomething'),
      },
    });

  // The first run of the form's checks costs several times a later one (code compiled on first
  // use, the schemas set up): run them once, result unused, while the form sits idle, so the Save
  // click does not pay for it.
  const warmed = useRef(false);
  useEffect(() => {
    if (warmed.current || !lists?.ok) return;
    const handle = whenIdle(() => {
      warmed.current = true;
      try {
        build(values, lists.value);
      } catch {
        // Only a warm-up: the Save click runs the checks for real and shows what they find.
      }
    });
    return () => handle.cancel();
    // Once per form, with whatever values it holds when the lists arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lists]);

  const fieldId = (key: FieldKey) => `${formId}-${key.replaceAll('.', '-')}`;
  const clearError = (...keys: FieldKey[]) => {
    if (keys.some((key) => errors[key] !== undefined)) {
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !keys.includes(key))));
    }
  };
  const patch = (next: Partial<ContactFormValues>, ...cleared: FieldKey[]) => {
    setForm(({ values: current, touched }) => ({ values: { ...current, ...next }, touched }));
    clearError(...cleared);
  };

  const change = (field: TextField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const text = event.target.value;
    setForm(({ values: current, touched }) => {
      if (field === 'family' || field === 'given' || field === 'patronymic') return { values: withNamePart(current, field, text, touched), touched };
      const part = latinOf[field];
      // Clearing a Latin form hands it back to the automatic transliteration.
      const nextTouched: LatinTouched = part ? { ...touched, [part]: text !== '' } : touched;
      return { values: { ...current, [field]: text }, touched: nextTouched };
    });
    clearError(field);
  };

  /** Shows the messages (beside their fields, the rest in the alert) and focuses the first bad field. */
  const showErrors = (fieldErrors: FieldErrors, unmatched: string[], fallback: string) => {
    const first = fieldOrder(values).find((key) => fieldErrors[key] !== undefined);
    const summary = [first ? t('form.fixErrors') : '', ...unmatched].filter(Boolean).join(' ');
    flushSync(() => {
      setErrors(fieldErrors);
      setFormError(summary || fallback);
    });
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async () => {
    if (inFlight.current) return;
    // Matching typed names against existing records needs the lists; wait for them if still loading.
    const loaded = lists ?? (await listsPromise.current) ?? null;
    if (!loaded?.ok) {
      setFormError(loaded?.error.message ?? requestFailed);
      return;
    }
    const built = build(values, loaded.value);
    if (!built.ok) {
      showErrors(built.errors, built.unmatched, t('form.fixErrors'));
      return;
    }
    // Only what changed re-renders in the click's own frame: the edited row (and the save status);
    // the whole form re-rendering to mark its button busy waits for a transition after that paint.
    setErrors((current) => (Object.keys(current).length === 0 ? current : {}));
    setFormError(null);
    inFlight.current = true;
    startTransition(() => setSaving(true));
    // A refused save puts the row back as stored; the form stays open with everything typed.
    const shown = editing ? onSaving?.(editedRow(built, loaded.value, editing.contact.example === true)) : undefined;
    const result = await runCommands(built.commands);
    if (result.ok) {
      shown?.confirm(result.value.version);
      // "Saved" is painted first (the status alone re-renders); closing the form (unmounting it,
      // the screen and the toast re-rendering) follows that frame. Until then a second Save waits.
      afterPaint(() => {
        inFlight.current = false;
        setSaving(false);
        onSaved({ id: built.contactId, name: contactDisplayName(built.data), mode: target.mode });
      });
      return;
    }
    inFlight.current = false;
    setSaving(false);
    shown?.rollback();
    const mapped = fieldErrorsFromFailure(result.error.fields ?? {}, built.roles, built.rows);
    const anyField = Object.keys(mapped.errors).length > 0;
    showErrors(mapped.errors, anyField ? mapped.unmatched : [result.error.message], result.error.message);
  };

  const text = (
    field: Exclude<TextField, 'city' | 'partnership' | 'notes'>,
    options: { type?: string; list?: string; hint?: string; lang?: string; inputMode?: 'numeric'; label?: string } = {},
  ) => (
    <Field id={fieldId(field)} label={options.label ?? t(labelKeys[field])} error={errors[field]} hint={options.hint}>
      {(control: FieldControlProps) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          list={options.list}
          lang={options.lang}
          inputMode={options.inputMode}
          autoComplete="off"
          value={values[field]}
          onChange={change(field)}
        />
      )}
    </Field>
  );

  /** Emails, phones or websites: typed rows, each with a remark when its value is kept but unusual. */
  const entries = (kind: 'emails' | 'phones' | 'websites', name: string, legend: string, addLabel: string, hintFor?: (value: string) => string | undefined, noteFor?: (value: string) => ReactNode) => (
    <TypedEntriesField
      kind={kind}
      name={name}
      legend={legend}
      addLabel={addLabel}
      entries={values[kind]}
      errors={errors}
      idFor={fieldId}
      radioGroup={`${formId}-${kind}-preferred`}
      hintFor={hintFor}
      noteFor={noteFor}
      onChange={(next) => patch({ [kind]: next }, ...Object.keys(errors).filter((key) => key.startsWith(`${kind}.`)))}
    />
  );

  // Not "-title": that is the Title field's id, and two elements with one id leave the field unnamed.
  const titleId = `${formId}-heading`;
  const organizationsId = `${formId}-organizations`;
  const loadedLists = lists?.ok ? lists.value : null;
  const partnershipLabel = (id: string) => loadedLists?.partnerships.find((p) => p.id === id)?.label ?? editing?.partnerships?.find((p) => p.id === id)?.label ?? id;

  const addCity = (typed: string) => {
    // A known city shows under its full name; a new one as typed (it is created on Save).
    const known = pickByName(loadedLists?.cities.map((city) => ({ city, label: cityLabel(city) })) ?? [], typed, ({ city, label }) => [label, city.nameCyrillic, city.nameLatin].filter(Boolean))?.city;
    const name = known ? cityLabel(known) : typed;
    if (!values.cities.some((city) => fold(city) === fold(name))) patch({ cities: [...values.cities, name], city: '' }, 'city');
    else patch({ city: '' }, 'city');
  };
  const addPartnership = (name: string) => {
    const found = pickByName(loadedLists?.partnerships ?? [], name);
    if (!found) {
      setErrors((current) => ({ ...current, partnership: t('contactForm.unknownPartnership', { name }) }));
      return;
    }
    patch({ partnershipIds: values.partnershipIds.includes(found.id) ? values.partnershipIds : [...values.partnershipIds, found.id], partnership: '' }, 'partnership');
  };

  return (
    <Dialog titleId={titleId} onCancel={onCancel} className="contact-form-dialog">
      <EditForm className="contact-form" titleId={titleId} title={t(editing ? 'form.editTitle' : 'form.newTitle')} error={formError} saving={saving} onSubmit={() => void submit()} onCancel={onCancel}>
        <div className="form-grid">
          {person ? (
            <>
              {text('family')}
              {text('given')}
              {text('patronymic')}
            </>
          ) : (
            <>
              {text('fullName', { label: t('contactField.orgName') })}
              {text('nickname')}
            </>
          )}
          {/* In one place for both kinds, so switching keeps focus on it. */}
          <SelectField
            id={fieldId('kind')}
            label={t('contactField.kind')}
            error={errors.kind}
            value={values.kind}
            options={ContactKindSchema.options.map((kind) => ({ value: kind, label: t(kind === 'org' ? 'contactField.kind.org' : 'contactField.kind.person') }))}
            onChange={(kind) => patch({ kind: ContactKindSchema.catch('person').parse(kind) }, 'kind')}
          />
          {person && (
            <>
              <SelectField
                id={fieldId('gender')}
                label={t('contact.gender')}
                error={errors.gender}
                value={values.gender}
                options={GenderSchema.options.map((gender) => ({ value: gender, label: t(genderKeys[gender]) }))}
                onChange={(gender) => patch({ gender: GenderSchema.catch('unspecified').parse(gender) }, 'gender')}
              />
              {text('familyLatin', { lang: 'en' })}
              {text('givenLatin', { lang: 'en' })}
              {text('patronymicLatin', { lang: 'en' })}
              {text('prefix')}
              {text('middleNames', { hint: t('contactForm.middleNamesHint') })}
              {text('suffix')}
              {text('nickname')}
              {text('familyPhonetic', { hint: t('contactForm.phoneticHint') })}
              {text('givenPhonetic')}
              {text('middlePhonetic')}
              {text('fullName', { hint: t('contactForm.fullNameHint') })}
              {text('salutationRu', { lang: 'ru', hint: t('contactForm.salutationHint', { auto: autoSalutationRu(values) }) })}
              {text('salutationEn', { lang: 'en', hint: t('contactForm.salutationHint', { auto: autoSalutationEn(values) }) })}
              {text('birthday', { hint: t('contactField.dateHint') })}
              {text('anniversary', { hint: t('contactField.dateHint') })}
            </>
          )}
          <ContactPhotoField
            contactId={editing?.contact.id ?? formId}
            name={(person ? [values.family, values.given] : [values.fullName]).join(' ').trim()}
            value={values.photo}
            onChange={(photo) => patch({ photo })}
          />
          {entries('emails', t('contact.email'), t('contactForm.emails'), t('contactForm.addEmail'), (value) => (emailWarning(value) ? t('contactForm.singleLabelHint') : undefined), emailNote)}
          {entries('phones', t('contact.phone'), t('contactForm.phones'), t('contactForm.addPhone'), (value) =>
            value.trim() !== '' && !isDialable(value) ? t('contactForm.notDialableHint') : undefined,
          )}
          {entries('websites', t('contactField.website'), t('contactField.websites'), t('contactForm.addWebsite'))}
          {text('organization', { list: organizationsId })}
          {text('title')}
          <ChipsField
            id={fieldId('city')}
            label={t('contact.city')}
            hint={t('contactForm.citiesHint')}
            error={errors.city}
            chips={values.cities.map((city) => ({ key: city, label: city }))}
            listLabel={t('contactForm.cities')}
            removeLabel={(chip) => t('contactForm.removeChip', { name: chip.label })}
            text={values.city}
            options={loadedLists?.cities.map(cityLabel) ?? []}
            onText={(city) => patch({ city }, 'city')}
            onAdd={addCity}
            onRemove={(chip) => patch({ cities: values.cities.filter((city) => city !== chip.key) }, 'city')}
          />
          <ChipsField
            id={fieldId('partnership')}
            label={t('contactForm.partnership')}
            hint={t('contactForm.partnershipsHint')}
            error={errors.partnership}
            chips={values.partnershipIds.map((id) => ({ key: id, label: partnershipLabel(id) }))}
            listLabel={t('contactForm.partnerships')}
            removeLabel={(chip) => t('contactForm.removeChip', { name: chip.label })}
            text={values.partnership}
            options={loadedLists?.partnerships.map((p) => p.label) ?? []}
            onText={(partnership) => patch({ partnership }, 'partnership')}
            onAdd={addPartnership}
            onRemove={(chip) => patch({ partnershipIds: values.partnershipIds.filter((id) => id !== chip.key) }, 'partnership')}
          />
          {text('languages', { hint: t('contactForm.languagesHint') })}
          {text('tags', { hint: t('contact.tagsHint') })}
          {text('followUpDays', { inputMode: 'numeric', hint: t('contactForm.followUpHint') })}
          <AddressesField
            addresses={values.addresses}
            errors={errors}
            idFor={fieldId}
            radioGroup={`${formId}-addresses-preferred`}
            onChange={(addresses) => patch({ addresses }, ...Object.keys(errors).filter((key) => key.startsWith('addresses.')))}
          />
          <Field id={fieldId('notes')} label={t('contact.notes')} error={errors.notes} className="field-wide">
            {(control) => <textarea {...control} rows={4} value={values.notes} onChange={change('notes')} />}
          </Field>
        </div>
        <datalist id={organizationsId}>
          {loadedLists?.organizations.map((org) => (
            <option key={org.id} value={org.name} />
          ))}
        </datalist>
      </EditForm>
    </Dialog>
  );
}

async function loadLists(api: Api, failed: string): Promise<Result<Lists>> {
  const [organizations, cities, partnerships] = await Promise.all([
    settle(api.organizations.list({}), failed),
    settle(api.cities.list({}), failed),
    settle(api.partnerships.list({}), failed),
  ]);
  if (!organizations.ok) return organizations;
  if (!cities.ok) return cities;
  // Without the partnerships the form still works; only the partnership box has no suggestions.
  const named = partnerships.ok ? partnerships.value.map((row) => ({ id: row.partnership.id, label: row.label })) : [];
  return { ok: true, value: { organizations: organizations.value, cities: cities.value, partnerships: named } };
}
