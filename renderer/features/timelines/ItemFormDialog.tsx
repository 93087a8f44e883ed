import { useId, useState } from 'react';
import type { TimelineItem } from '../../../electron/shared/contracts/timelineChannels';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { fuzzyDateInputText } from '../../../electron/shared/dates/fuzzyDateInputText';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { WorkStatusSchema } from '../../../electron/shared/schemas/milestone';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { ContactPicker, type PickedContact } from './ContactPicker';
import { useDateLocale } from './dateLocale';
import { itemCommand, valuesOf, type ItemValues } from './itemCommands';
import { labelText } from '../../i18n/labelText';

type When = 'relative' | 'absolute' | 'none';

interface Props {
  conferenceId: string;
  /** The item edited; null for a new one. */
  item: TimelineItem | null;
  /** Every item of the conference, for "depends on". */
  items: TimelineItem[];
  onClose: () => void;
}

/**
 * Adds or edits a milestone or task: absolute ("mid July 2019", "Q3 2019") or relative to the
 * conference ("90 days before"), with an owner, a status and what it depends on. Checked here
 * first; the backend's refusals (a circular dependency) land in the alert at the top.
 */
export function ItemFormDialog({ conferenceId, item, items, onClose }: Props) {
  const t = useT();
  const locale = useDateLocale();
  const store = useAppStoreApi();
  const id = useId();
  // Liaison's own title and notes ("Tell Kazan the decision") are shown in the window's language;
  // saved unchanged, the stored English stays (and so does the translation).
  const shownTitle = item ? labelText(t, locale, item.titlePhrase, item.title) : '';
  const shownNotes = item ? labelText(t, locale, item.notesPhrase, item.notes) : '';
  const initial: ItemValues = item
    ? { ...valuesOf(item, conferenceId), title: shownTitle, notes: shownNotes }
    : { kind: 'milestone', conferenceId, title: '', schedule: { kind: 'relative', daysBefore: 90 }, ownerId: null, status: 'planned', dependsOnIds: [], notes: '', milestoneId: null };
  const [kind, setKind] = useState(initial.kind);
  const [title, setTitle] = useState(initial.title);
  const [when, setWhen] = useState<When>(initial.schedule?.kind ?? 'none');
  const [days, setDays] = useState(initial.schedule?.kind === 'relative' ? String(initial.schedule.daysBefore) : '90');
  const [dateText, setDateText] = useState(initial.schedule?.kind === 'absolute' ? fuzzyDateInputText(initial.schedule.date, locale) : '');
  const [status, setStatus] = useState(initial.status);
  const [owner, setOwner] = useState<PickedContact | null>(item?.owner ?? null);
  const [dependsOn, setDependsOn] = useState(new Set(initial.dependsOnIds));
  const [notes, setNotes] = useState(initial.notes);
  const [errors, setErrors] = useState<Partial<Record<'title' | 'days' | 'date' | 'when', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const parsedDate = dateText.trim() ? parseFuzzyDate(dateText) : null;
  const candidates = items.filter((other) => other.kind === kind && other.id !== item?.id);

  const submit = async () => {
    if (saving) return;
    const found: typeof errors = {};
    if (!title.trim()) found.title = t('itemForm.titleRequired');
    let schedule: ItemValues['schedule'] = null;
    if (when === 'relative') {
      if (!/^-?\d{1,4}$/.test(days.trim())) found.days = t('itemForm.daysInvalid');
      else schedule = { kind: 'relative', daysBefore: Number(days.trim()) };
    } else if (when === 'absolute') {
      const parsed = parseFuzzyDate(dateText);
      if (!parsed.ok) found.date = parsed.reason;
      else schedule = { kind: 'absolute', date: parsed.value };
    } else if (kind === 'milestone') found.when = t('itemForm.milestoneNeedsDate');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFormError(t('form.fixErrors'));
      return;
    }
    const values: ItemValues = {
      ...initial,
      kind,
      title: item && title.trim() === shownTitle ? item.title : title.trim(),
      schedule,
      ownerId: owner?.id ?? null,
      status,
      dependsOnIds: [...dependsOn].filter((dep) => candidates.some((c) => c.id === dep)),
      notes: item && notes === shownNotes ? item.notes : notes,
    };
    setSaving(true);
    // Changing a milestone into a task (or back) is a delete and a create: one commit, one undo step.
    const commands =
      item && item.kind !== kind
        ? [{ type: item.kind === 'milestone' ? ('milestone.delete' as const) : ('task.delete' as const), at: new Date().toISOString(), ids: [item.id] }, itemCommand(values, crypto.randomUUID(), 'create')]
        : [itemCommand(values, item?.id ?? crypto.randomUUID(), item ? 'update' : 'create')];
    const result = await store.getState().runCommands(commands);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('timelines.saved', { title: values.title }), undo: true });
    onClose();
  };

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onClose} className="item-form-dialog">
      <EditForm
        titleId={titleId}
        title={item ? t('itemForm.editTitle', { title: shownTitle }) : t('itemForm.newTitle')}
        error={formError}
        saving={saving}
        onSubmit={() => void submit()}
        onCancel={onClose}
      >
        <div className="form-grid">
          <SelectField
            id={`${id}-kind`}
            label={t('itemForm.kind')}
            value={kind}
            options={[
              { value: 'milestone', label: t('timelines.kind.milestone') },
              { value: 'task', label: t('timelines.kind.task') },
            ]}
            onChange={(value) => setKind(value === 'task' ? 'task' : 'milestone')}
          />
          <Field id={`${id}-name`} label={t('itemForm.title')} error={errors.title}>
            {(control) => <input {...control} type="text" value={title} autoComplete="off" onChange={(event) => setTitle(event.target.value)} />}
          </Field>
          <fieldset className="field-wide when-fieldset" aria-describedby={errors.when ? `${id}-when-error` : undefined}>
            <legend>{t('itemForm.when')}</legend>
            {(['relative', 'absolute', 'none'] as const).map((option) => (
              <label key={option} className="radio">
                <input type="radio" name={`${id}-when`} value={option} checked={when === option} onChange={() => setWhen(option)} />
                {t(`itemForm.when.${option}`)}
              </label>
            ))}
            {errors.when && (
              <p id={`${id}-when-error`} className="field-error">
                {errors.when}
              </p>
            )}
          </fieldset>
          {when === 'relative' && (
            <Field id={`${id}-days`} label={t('itemForm.days')} hint={t('itemForm.daysHint')} error={errors.days}>
              {(control) => <input {...control} type="text" inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} />}
            </Field>
          )}
          {when === 'absolute' && (
            <Field
              id={`${id}-date`}
              label={t('itemForm.date')}
              error={errors.date}
              hint={
                parsedDate?.ok
                  ? t('timelines.readsAs', {
                      words: formatFuzzyDate(parsedDate.value, locale),
                      span: parsedDate.value.earliest === parsedDate.value.latest ? parsedDate.value.earliest : `${parsedDate.value.earliest} – ${parsedDate.value.latest}`,
                    })
                  : t('timelines.dateHint')
              }
            >
              {(control) => <input {...control} type="text" value={dateText} autoComplete="off" onChange={(event) => setDateText(event.target.value)} />}
            </Field>
          )}
          <SelectField
            id={`${id}-status`}
            label={t('itemForm.status')}
            value={status}
            options={WorkStatusSchema.options.map((option) => ({ value: option, label: t(`timelines.status.${option}`) }))}
            onChange={(value) => setStatus(WorkStatusSchema.catch(status).parse(value))}
          />
          <div className="field-wide">
            <ContactPicker id={`${id}-owner`} label={t('itemForm.owner')} searchLabel={t('itemForm.findOwner')} value={owner} onChange={setOwner} allowNone />
          </div>
          {candidates.length > 0 && (
            <fieldset className="field-wide depends-fieldset">
              <legend>{t('itemForm.dependsOn')}</legend>
              {candidates.map((other) => (
                <label key={other.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={dependsOn.has(other.id)}
                    onChange={(event) => {
                      const next = new Set(dependsOn);
                      if (event.target.checked) next.add(other.id);
                      else next.delete(other.id);
                      setDependsOn(next);
                    }}
                  />
                  {other.title}
                </label>
              ))}
            </fieldset>
          )}
          <Field id={`${id}-notes`} label={t('itemForm.notes')} className="field-wide">
            {(control) => <textarea {...control} value={notes} rows={3} onChange={(event) => setNotes(event.target.value)} />}
          </Field>
        </div>
      </EditForm>
    </Dialog>
  );
}
