import { useId, useState } from 'react';
import type { ProgramRow, ProgramView } from '../../../electron/shared/contracts/programChannels';
import { phraseText, type Phrase } from '../../../electron/shared/i18n/Phrase';
import { ProgramKindSchema, ProgramStatusSchema } from '../../../electron/shared/schemas/programItem';
import { programStatuses } from '../../../electron/shared/program/programStatus';
import { ChipsField } from '../../components/ChipsField';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';
import { checkProgramForm, invitationAfter, programFormOf, type ProgramForm, type ProgramFormField } from './programForm';
import { noInvitation, ProgramPeopleField } from './ProgramPeopleField';
import { MAX_DAYS } from './timetablePlacement';

interface Props {
  view: ProgramView;
  /** The item edited; null for a new one. */
  item: ProgramRow | null;
  onClose: () => void;
}

/**
 * Adds or edits a program item: both languages, kind, topics, day and hour, place, speakers and
 * moderators with their invitations, who proposed it, and its status (a reason when dropped).
 * Checked here as the rules will be; a refusal from core lands in the alert at the top. Escape
 * or Cancel with changes asks first (Dialog).
 */
export function ProgramItemDialog({ view, item, onClose }: Props) {
  const t = useT();
  const locale = useDateLocale();
  const store = useAppStoreApi();
  const id = useId();
  const [form, setForm] = useState<ProgramForm>(() => programFormOf(item));
  const [errors, setErrors] = useState<{ fields: Partial<Record<ProgramFormField, Phrase>>; declineReasons: Record<string, Phrase> }>({ fields: {}, declineReasons: {} });
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [topicText, setTopicText] = useState('');
  const set = <K extends keyof ProgramForm>(key: K, value: ProgramForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setFormError(null);
    // A message is about what was there: it goes once the field changes (a title in either language).
    const field: string = key === 'titleRu' ? 'titleEn' : key;
    setErrors((current) => (field in current.fields ? { ...current, fields: Object.fromEntries(Object.entries(current.fields).filter(([name]) => name !== field)) } : current));
  };
  const say = (said: Phrase | undefined) => (said ? (phraseText(t, said, locale) ?? '') : undefined);
  const knownTopics = [...new Set(view.items.flatMap((row) => row.topics))].filter((topic) => !form.topics.includes(topic));
  const places = [...new Set(view.items.map((row) => row.place).filter(Boolean))];
  const dayCount = Math.min(MAX_DAYS, Math.max(view.conference.days, Number(form.day) || 0));

  const submit = async () => {
    if (saving) return;
    const checked = checkProgramForm(form, view.conference.id, item?.status ?? 'idea');
    if (!checked.ok) {
      setErrors({ fields: checked.errors, declineReasons: checked.declineReasons });
      setFormError(t('form.fixErrors'));
      return;
    }
    setErrors({ fields: {}, declineReasons: {} });
    setSaving(true);
    const data = checked.data;
    // A US speaker is also a participant: fresh ids for the funnel, used only for those not in it yet.
    const participantIds = Object.fromEntries([...data.speakerIds, ...data.moderatorIds].map((contactId) => [contactId, crypto.randomUUID()]));
    const at = new Date().toISOString();
    const command = item ? ({ type: 'program.update', at, id: item.id, data, participantIds } as const) : ({ type: 'program.create', at, id: crypto.randomUUID(), data, participantIds } as const);
    const result = await store.getState().runCommands([command]);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('program.saved', { title: locale === 'ru' ? data.titleRu || data.titleEn : data.titleEn || data.titleRu }), undo: true });
    onClose();
  };

  const remove = async () => {
    if (!item) return;
    const result = await store.getState().runCommands([{ type: 'program.delete', at: new Date().toISOString(), ids: [item.id] }]);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('program.deleted', { title: item.titleEn || item.titleRu }), undo: true });
    onClose();
  };

  const invite = (contactId: string, next: { status: ProgramForm['invitations'][string]['status']; reason: string }) =>
    setForm((current) => ({ ...current, invitations: { ...current.invitations, [contactId]: invitationAfter(current.invitations[contactId] ?? noInvitation, next, view.today) } }));
  const declineErrors = Object.fromEntries(Object.entries(errors.declineReasons).map(([key, said]) => [key, say(said) ?? '']));
  const titleId = `${id}-title`;
  const text = (field: 'titleEn' | 'titleRu' | 'place', label: string, extra: { error?: string | undefined; hint?: string; list?: string; lang?: string } = {}) => (
    <Field id={`${id}-${field}`} label={label} error={extra.error} hint={extra.hint}>
      {(control) => <input {...control} type="text" lang={extra.lang} list={extra.list} autoComplete="off" value={form[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );
  const area = (field: 'descriptionEn' | 'descriptionRu' | 'notes', label: string, lang?: string) => (
    <Field id={`${id}-${field}`} label={label} className={field === 'notes' ? 'field-wide' : undefined}>
      {(control) => <textarea {...control} lang={lang} rows={3} value={form[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );

  return (
    <Dialog titleId={titleId} onCancel={onClose} className="program-item-dialog">
      <EditForm
        titleId={titleId}
        title={item ? t('program.form.editTitle', { title: (locale === 'ru' ? item.titleRu : item.titleEn) || item.titleEn || item.titleRu }) : t('program.form.newTitle')}
        error={formError}
        saving={saving}
        onSubmit={() => void submit()}
        onCancel={onClose}
      >
        <div className="form-grid">
          {text('titleEn', t('program.form.titleEn'), { error: say(errors.fields.titleEn), lang: 'en' })}
          {text('titleRu', t('program.form.titleRu'), { lang: 'ru' })}
          {area('descriptionEn', t('program.form.descriptionEn'), 'en')}
          {area('descriptionRu', t('program.form.descriptionRu'), 'ru')}
          <SelectField
            id={`${id}-kind`}
            label={t('program.form.kind')}
            value={form.kind}
            options={ProgramKindSchema.options.map((kind) => ({ value: kind, label: t(`program.kind.${kind}`) }))}
            onChange={(value) => set('kind', ProgramKindSchema.catch(form.kind).parse(value))}
          />
          <SelectField
            id={`${id}-proposer`}
            label={t('program.form.proposedBy')}
            value={form.proposedById}
            placeholder={t('program.form.notSaid')}
            options={view.conference.organizers.map((org) => ({ value: org.id, label: org.name }))}
            onChange={(value) => set('proposedById', value)}
          />
          <ChipsField
            id={`${id}-topics`}
            label={t('program.form.topics')}
            hint={t('program.form.topicsHint')}
            chips={form.topics.map((topic) => ({ key: topic, label: topic }))}
            listLabel={t('program.form.topics')}
            removeLabel={(chip) => t('contactForm.removeChip', { name: chip.label })}
            text={topicText}
            options={knownTopics}
            onText={setTopicText}
            onAdd={(topic) => {
              if (!form.topics.includes(topic)) set('topics', [...form.topics, topic]);
              setTopicText('');
            }}
            onRemove={(chip) => set('topics', form.topics.filter((topic) => topic !== chip.key))}
          />
          <SelectField
            id={`${id}-day`}
            label={t('program.form.day')}
            value={form.day}
            placeholder={t('program.unplaced')}
            options={Array.from({ length: dayCount }, (_, i) => ({ value: String(i + 1), label: t('program.day', { day: i + 1 }) }))}
            onChange={(value) => set('day', value)}
          />
          <Field id={`${id}-start`} label={t('program.form.start')} hint={t('program.form.startHint')} error={say(errors.fields.start)}>
            {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={form.start} onChange={(event) => set('start', event.target.value)} />}
          </Field>
          <Field id={`${id}-minutes`} label={t('program.form.minutes')} error={say(errors.fields.minutes)}>
            {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={form.minutes} onChange={(event) => set('minutes', event.target.value)} />}
          </Field>
          {text('place', t('program.form.place'), { hint: t('program.form.placeHint'), list: `${id}-places` })}
          <datalist id={`${id}-places`}>
            {places.map((place) => (
              <option key={place} value={place} />
            ))}
          </datalist>
          {(['speakers', 'moderators'] as const).map((role) => (
            <ProgramPeopleField
              key={role}
              id={`${id}-${role}`}
              label={t(`program.form.${role}`)}
              people={form[role]}
              invitations={form.invitations}
              errors={declineErrors}
              onPeople={(people) => set(role, people)}
              onInvitation={invite}
            />
          ))}
          <SelectField
            id={`${id}-status`}
            label={t('program.form.status')}
            value={form.status}
            error={say(errors.fields.status)}
            options={programStatuses.map((status) => ({ value: status, label: t(`program.status.${status}`) }))}
            onChange={(value) => set('status', ProgramStatusSchema.catch(form.status).parse(value))}
          />
          {form.status === 'dropped' && (
            <Field id={`${id}-reason`} label={t('program.form.reason')} error={say(errors.fields.statusReason)}>
              {(control) => <input {...control} type="text" value={form.statusReason} onChange={(event) => set('statusReason', event.target.value)} />}
            </Field>
          )}
          {area('notes', t('program.form.notes'))}
          {item && (
            <div className="field-wide">
              <button type="button" className="button button-danger" onClick={() => void remove()}>
                {t('program.form.delete')}
              </button>
            </div>
          )}
        </div>
      </EditForm>
    </Dialog>
  );
}
