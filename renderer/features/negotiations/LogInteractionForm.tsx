import { useId, useState } from 'react';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { PersonRef } from '../../../electron/shared/contracts/negotiationChannels';
import { calendarDateInZone, instantFromWallClock, wallClockInZone } from '../../../electron/shared/dates/instantInZone';
import { InteractionInputSchema, InteractionKindSchema, type Interaction } from '../../../electron/shared/schemas/interaction';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { interactionKindKeys } from './negotiationLabels';

/** What the interaction is about: the candidacy, its conference and city. */
export interface InteractionContext {
  candidacyId: string;
  conferenceId: string;
  cityId: string;
  city: string;
  people?: PersonRef[];
}

export interface InteractionPreset {
  kind: Interaction['kind'];
  subject: string;
  notes: string;
}

interface Props {
  titleId: string;
  title: string;
  context: InteractionContext;
  preset?: InteractionPreset;
  /** A "tell them" task this interaction fulfils: marked done in the same save. */
  completesTaskId?: string;
  onSaved: () => void;
  onCancel: () => void;
}

type Errors = Partial<Record<'when' | 'subject' | 'stepText' | 'stepDue', string>>;

/**
 * Logs a meeting, call, letter or email with a candidacy, and the next step it leads to. The
 * time is the wall clock in the home zone; the interaction keeps that zone so it reads the same
 * on both sides. One save, one undo step (with the task it fulfils, if any).
 */
export function LogInteractionForm({ titleId, title, context, preset, completesTaskId, onSaved, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const runCommands = useAppStore((s) => s.runCommands);
  const [now] = useState(() => wallClockInZone(new Date(), homeZone));
  const [values, setValues] = useState({
    kind: preset?.kind ?? 'call',
    date: now.date,
    time: now.time,
    subject: preset?.subject ?? '',
    notes: preset?.notes ?? '',
    contactIds: [] as string[],
    stepText: '',
    stepDue: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async () => {
    if (saving) return;
    const found: Errors = {};
    const at = instantFromWallClock(values.date, values.time, homeZone);
    if (!at) found.when = t('neg.log.whenInvalid');
    const stepText = values.stepText.trim();
    if (stepText && !values.stepDue) found.stepDue = t('neg.log.stepDueMissing');
    if (!stepText && values.stepDue) found.stepText = t('neg.log.stepTextMissing');
    const parsed = InteractionInputSchema.safeParse({
      kind: values.kind,
      at: at ?? new Date().toISOString(),
      zone: homeZone,
      subject: values.subject,
      contactIds: values.contactIds,
      cityIds: context.cityId ? [context.cityId] : [],
      conferenceIds: [context.conferenceId],
      candidacyIds: [context.candidacyId],
      notes: values.notes,
      nextStep: stepText && values.stepDue ? { text: stepText, due: values.stepDue, done: false } : null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'subject' ? 'subject' : issue.path[0] === 'nextStep' ? (issue.path[1] === 'due' ? 'stepDue' : 'stepText') : 'when';
        found[field] ??= issue.message;
      }
    }
    if (Object.keys(found).length > 0 || !parsed.success) {
      setErrors(found);
      setFormError(t('form.fixErrors'));
      return;
    }
    setErrors({});
    setFormError(null);
    const stamp = new Date().toISOString();
    const commands: CommandInput[] = [{ type: 'interaction.create', at: stamp, id: crypto.randomUUID(), data: parsed.data }];
    if (completesTaskId) commands.push({ type: 'candidacy.taskDone', at: stamp, taskId: completesTaskId, done: true });
    setSaving(true);
    const result = await runCommands(commands);
    setSaving(false);
    if (result.ok) onSaved();
    else setFormError(result.error.message);
  };

  const fid = (name: string) => `${id}-${name}`;
  return (
    <EditForm className="neg-form" titleId={titleId} title={title} error={formError} saving={saving} saveLabel={t('neg.log.save')} onSubmit={() => void submit()} onCancel={onCancel}>
      <div className="form-grid">
        <SelectField
          id={fid('kind')}
          label={t('neg.log.kind')}
          value={values.kind}
          options={InteractionKindSchema.options.map((kind) => ({ value: kind, label: t(interactionKindKeys[kind]) }))}
          onChange={(value) => set('kind', InteractionKindSchema.catch('call').parse(value))}
        />
        <Field id={fid('date')} label={t('neg.log.date')} error={errors.when}>
          {(control) => <input {...control} type="date" value={values.date} onChange={(event) => set('date', event.target.value)} />}
        </Field>
        <Field id={fid('time')} label={t('neg.log.time')} hint={t('neg.log.timeHint', { zone: homeZone })}>
          {(control) => <input {...control} type="time" value={values.time} onChange={(event) => set('time', event.target.value)} />}
        </Field>
        <Field id={fid('subject')} label={t('neg.log.subject')} error={errors.subject} className="field-wide">
          {(control) => <input {...control} type="text" value={values.subject} onChange={(event) => set('subject', event.target.value)} />}
        </Field>
        <Field id={fid('notes')} label={t('neg.log.notes')} className="field-wide">
          {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(event) => set('notes', event.target.value)} />}
        </Field>
        {context.people && context.people.length > 0 && (
          <fieldset className="field-wide neg-fieldset">
            <legend>{t('neg.log.people')}</legend>
            {context.people.map((person) => (
              <label key={person.id} className="neg-check">
                <input
                  type="checkbox"
                  checked={values.contactIds.includes(person.id)}
                  onChange={(event) =>
                    set('contactIds', event.target.checked ? [...values.contactIds, person.id] : values.contactIds.filter((c) => c !== person.id))
                  }
                />
                <span>{person.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        <Field id={fid('stepText')} label={t('neg.log.stepText')} error={errors.stepText} className="field-wide">
          {(control) => <input {...control} type="text" value={values.stepText} onChange={(event) => set('stepText', event.target.value)} />}
        </Field>
        <Field id={fid('stepDue')} label={t('neg.log.stepDue')} error={errors.stepDue} hint={t('neg.log.stepDueHint', { today: calendarDateInZone(new Date(), homeZone) })}>
          {(control) => <input {...control} type="date" value={values.stepDue} onChange={(event) => set('stepDue', event.target.value)} />}
        </Field>
      </div>
    </EditForm>
  );
}
