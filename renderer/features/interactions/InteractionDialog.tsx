import { useEffect, useId, useState } from 'react';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { InteractionLinkOptions, InteractionRow, LinkRef } from '../../../electron/shared/contracts/interactionChannels';
import type { PersonRef } from '../../../electron/shared/contracts/placeChannels';
import { formatInZone, instantFromWallClock, wallClockInZone } from '../../../electron/shared/dates/instantInZone';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { InteractionInputSchema, InteractionKindSchema } from '../../../electron/shared/schemas/interaction';
import { settle } from '../../api/api';
import { ChipsField } from '../../components/ChipsField';
import { ContactPicker } from '../../components/ContactPicker';
import { pickByName } from '../../components/matchesName';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ZoneSelect } from '../places/ZoneSelect';
import { zoneName } from './zoneName';

type Kind = (typeof InteractionKindSchema.options)[number];
type LinkKind = 'cities' | 'partnerships' | 'conferences' | 'candidacies';
const linkKinds: readonly LinkKind[] = ['cities', 'partnerships', 'conferences', 'candidacies'];

export const kindKeys: Record<Kind, MessageKey> = {
  meeting: 'interactions.kind.meeting',
  call: 'interactions.kind.call',
  letter: 'interactions.kind.letter',
  email: 'interactions.kind.email',
};
const linkLabelKeys: Record<LinkKind, MessageKey> = {
  cities: 'interactions.city',
  partnerships: 'interactions.partnership',
  conferences: 'interactions.conference',
  candidacies: 'interactions.candidacy',
};
const linkListKeys: Record<LinkKind, MessageKey> = {
  cities: 'interactions.cities',
  partnerships: 'interactions.partnerships',
  conferences: 'interactions.conferences',
  candidacies: 'interactions.candidacies',
};

/** What a new entry starts with: the contact, partnership or city whose log it is opened from. */
export interface InteractionPrefill {
  participants?: PersonRef[];
  cities?: LinkRef[];
  partnerships?: LinkRef[];
}

interface Props {
  /** The entry being changed, or null for a new one. */
  editing: InteractionRow | null;
  prefill: InteractionPrefill;
  onCancel: () => void;
  onSaved: (summary: string) => void;
}


/**
 * Logs a meeting, call, letter or email: when it happened, in the zone it happened in (the home
 * zone unless chosen otherwise; the instant is computed from that zone's wall clock, clock changes
 * included, and shown back in the home zone), who took part, what it concerned, notes and an
 * optional next step. One interaction.create or interaction.update: one undo step.
 */
export function InteractionDialog({ editing, prefill, onCancel, onSaved }: Props) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const settings = useAppStore((s) => s.settings);
  const runCommands = useAppStore((s) => s.runCommands);
  const homeZone = settings?.homeZone ?? 'Europe/Moscow';
  const locale = settings?.locale ?? 'en';
  const original = editing?.interaction;
  const [zone, setZone] = useState(original?.zone ?? homeZone);
  const [wall, setWall] = useState(() => wallClockInZone(original?.at ?? new Date(), original?.zone ?? homeZone));
  const [kind, setKind] = useState<Kind>(original?.kind ?? 'meeting');
  const [subject, setSubject] = useState(original?.subject ?? '');
  const [notes, setNotes] = useState(original?.notes ?? '');
  const [people, setPeople] = useState<PersonRef[]>(editing?.participants ?? prefill.participants ?? []);
  const [links, setLinks] = useState<Record<LinkKind, LinkRef[]>>(() => ({
    cities: editing?.cities ?? prefill.cities ?? [],
    partnerships: editing?.partnerships ?? prefill.partnerships ?? [],
    conferences: editing?.conferences ?? [],
    candidacies: editing?.candidacies ?? [],
  }));
  const [linkText, setLinkText] = useState<Record<LinkKind, string>>({ cities: '', partnerships: '', conferences: '', candidacies: '' });
  const [nextStep, setNextStep] = useState({ text: original?.nextStep?.text ?? '', due: original?.nextStep?.due ?? '', done: original?.nextStep?.done ?? false });
  const [options, setOptions] = useState<InteractionLinkOptions | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    void settle(api.interactions.options({}), failed).then((result) => {
      if (current && result.ok) setOptions(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, failed]);

  const fieldId = (key: string) => `${id}-${key}`;
  const instant = instantFromWallClock(wall.date, wall.time, zone);
  const cityZones = links.cities.flatMap((city) => options?.cities.find((option) => option.id === city.id)?.zone ?? []);
  const suggestedZones = [...new Set([homeZone, zone, ...cityZones, ...(settings?.counterpartZones ?? [])])];
  const shownIn = instant ? [...new Set([homeZone, zone, ...cityZones])].map((z) => `${formatInZone(instant, z, locale)} (${zoneName(z)})`) : [];

  const addLink = (kind: LinkKind, typed: string) => {
    const found = pickByName(options?.[kind] ?? [], typed);
    if (!found) {
      setErrors((current) => ({ ...current, [kind]: t('interactions.unknownLink', { name: typed }) }));
      return;
    }
    setErrors(({ [kind]: _fixed, ...rest }) => rest);
    setLinks((current) => ({ ...current, [kind]: current[kind].some((l) => l.id === found.id) ? current[kind] : [...current[kind], { id: found.id, label: found.label }] }));
    setLinkText((current) => ({ ...current, [kind]: '' }));
  };

  const submit = async () => {
    if (saving) return;
    const problems: Record<string, string> = {};
    if (!instant) problems.when = t('interactions.whenInvalid');
    const stepText = nextStep.text.trim();
    if (stepText && !/^\d{4}-\d{2}-\d{2}$/.test(nextStep.due)) problems.nextDue = t('interactions.nextDueMissing');
    if (!stepText && nextStep.due) problems.nextText = t('interactions.nextTextMissing');
    const data = {
      kind,
      at: instant ?? '',
      zone,
      subject,
      contactIds: people.map((p) => p.id),
      cityIds: links.cities.map((l) => l.id),
      partnershipIds: links.partnerships.map((l) => l.id),
      conferenceIds: links.conferences.map((l) => l.id),
      candidacyIds: links.candidacies.map((l) => l.id),
      notes,
      nextStep: stepText ? { text: stepText, due: nextStep.due, done: nextStep.done } : null,
    };
    const parsed = InteractionInputSchema.safeParse(data);
    if (!parsed.success && Object.keys(problems).length === 0) {
      for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? 'form')] ??= issue.message;
    }
    if (Object.keys(problems).length > 0 || !parsed.success) {
      setErrors(problems);
      setFormError(t('form.fixErrors'));
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    const at = new Date().toISOString();
    const command: CommandInput = original
      ? { type: 'interaction.update', at, id: original.id, data: parsed.data }
      : { type: 'interaction.create', at, id: crypto.randomUUID(), data: parsed.data };
    const result = await runCommands([command]);
    setSaving(false);
    if (result.ok) onSaved(result.value.summaries.at(-1) ?? '');
    else setFormError(result.error.message);
  };

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onCancel} className="interaction-dialog">
      <EditForm
        titleId={titleId}
        title={t(original ? 'interactions.editTitle' : 'interactions.newTitle')}
        error={formError}
        saving={saving}
        saveLabel={t('interactions.save')}
        onSubmit={() => void submit()}
        onCancel={onCancel}
      >
        <div className="form-grid">
          <SelectField
            id={fieldId('kind')}
            label={t('interactions.kind')}
            value={kind}
            options={InteractionKindSchema.options.map((option) => ({ value: option, label: t(kindKeys[option]) }))}
            onChange={(value) => setKind(InteractionKindSchema.catch('meeting').parse(value))}
          />
          <Field id={fieldId('subject')} label={t('interactions.subject')} error={errors.subject}>
            {(control) => <input {...control} type="text" value={subject} onChange={(event) => setSubject(event.target.value)} />}
          </Field>
          <Field id={fieldId('date')} label={t('interactions.date')} error={errors.when}>
            {(control) => <input {...control} type="date" value={wall.date} onChange={(event) => setWall((w) => ({ ...w, date: event.target.value }))} />}
          </Field>
          <Field id={fieldId('time')} label={t('interactions.time')}>
            {(control) => <input {...control} type="time" value={wall.time} onChange={(event) => setWall((w) => ({ ...w, time: event.target.value }))} />}
          </Field>
          <ZoneSelect
            id={fieldId('zone')}
            label={t('interactions.zone')}
            hint={shownIn.length > 1 ? t('interactions.shownIn', { times: shownIn.join(' · ') }) : undefined}
            value={zone}
            suggested={suggestedZones}
            onChange={setZone}
          />
          <ContactPicker id={fieldId('people')} label={t('interactions.participant')} listLabel={t('interactions.participants')} people={people} onChange={setPeople} />
          {linkKinds.map((linkKind) => (
            <ChipsField
              key={linkKind}
              id={fieldId(linkKind)}
              label={t(linkLabelKeys[linkKind])}
              error={errors[linkKind]}
              chips={links[linkKind].map((l) => ({ key: l.id, label: l.label }))}
              listLabel={t(linkListKeys[linkKind])}
              removeLabel={(chip) => t('contactForm.removeChip', { name: chip.label })}
              text={linkText[linkKind]}
              options={options?.[linkKind].map((o) => o.label) ?? []}
              onText={(text) => setLinkText((current) => ({ ...current, [linkKind]: text }))}
              onAdd={(typed) => addLink(linkKind, typed)}
              onRemove={(chip) => setLinks((current) => ({ ...current, [linkKind]: current[linkKind].filter((l) => l.id !== chip.key) }))}
            />
          ))}
          <Field id={fieldId('notes')} label={t('interactions.notes')} className="field-wide">
            {(control) => <textarea {...control} rows={4} value={notes} onChange={(event) => setNotes(event.target.value)} />}
          </Field>
          <Field id={fieldId('nextText')} label={t('interactions.nextStep')} error={errors.nextText ?? errors.nextStep}>
            {(control) => <input {...control} type="text" value={nextStep.text} onChange={(event) => setNextStep((s) => ({ ...s, text: event.target.value }))} />}
          </Field>
          <Field id={fieldId('nextDue')} label={t('interactions.nextDue')} error={errors.nextDue}>
            {(control) => <input {...control} type="date" value={nextStep.due} onChange={(event) => setNextStep((s) => ({ ...s, due: event.target.value }))} />}
          </Field>
          {original?.nextStep && (
            <label className="checkbox-field">
              <input type="checkbox" checked={nextStep.done} onChange={(event) => setNextStep((s) => ({ ...s, done: event.target.checked }))} />
              <span>{t('interactions.nextDone')}</span>
            </label>
          )}
        </div>
      </EditForm>
    </Dialog>
  );
}
