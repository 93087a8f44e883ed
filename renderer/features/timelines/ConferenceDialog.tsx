import { useEffect, useId, useState } from 'react';
import type { TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import type { City } from '../../../electron/shared/schemas/city';
import type { Organization } from '../../../electron/shared/schemas/organization';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';

interface Props {
  /** The conference to edit; null adds a new one. */
  conference: TimelineConference | null;
  onClose: () => void;
  /** After the command is saved, with the conference's id. */
  onSaved: (id: string) => void;
}

type Lists = { cities: City[]; organizations: Organization[] };

/**
 * A new conference: a name and, if known at all, a date as the user would say it. An existing
 * one: name, host city (none while it is being negotiated), organisers and notes; its date has
 * its own form, and fields other features keep on a conference (comparison weights) are left as
 * stored.
 */
export function ConferenceDialog({ conference, onClose, onSaved }: Props) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const id = useId();
  const [name, setName] = useState(conference?.name ?? '');
  const [dateText, setDateText] = useState('');
  const [cityId, setCityId] = useState(conference?.city?.id ?? '');
  const [organizerIds, setOrganizerIds] = useState(conference?.organizers.map((o) => o.id) ?? []);
  const [notes, setNotes] = useState(conference?.notes ?? '');
  const [lists, setLists] = useState<Lists | null>(null);
  const [errors, setErrors] = useState<{ name?: string; date?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const failed = t('error.requestFailed');
  const editing = conference !== null;

  useEffect(() => {
    // Host cities and organisers are chosen only when editing.
    if (!editing) return;
    let current = true;
    void Promise.all([settle(api.cities.list({}), failed), settle(api.organizations.list({}), failed)]).then(([cities, organizations]) => {
      if (!current) return;
      if (cities.ok && organizations.ok) setLists({ cities: cities.value, organizations: organizations.value });
      else setFormError(cities.ok ? (organizations.ok ? failed : organizations.error.message) : cities.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, failed, editing]);

  const submit = async () => {
    if (saving) return;
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('conferenceForm.nameRequired');
    const parsed = !conference && dateText.trim() ? parseFuzzyDate(dateText) : null;
    if (parsed && !parsed.ok) found.date = parsed.reason;
    if (found.name || found.date) {
      setErrors(found);
      setFormError(t('form.fixErrors'));
      return;
    }
    const conferenceId = conference?.id ?? crypto.randomUUID();
    const at = new Date().toISOString();
    setSaving(true);
    const result = await store.getState().runCommands([
      conference
        ? {
            type: 'conference.update',
            at,
            id: conferenceId,
            data: { name: name.trim(), date: conference.date, cityId: cityId || null, tentativeCityIds: conference.tentativeCities.map((c) => c.id), organizerIds, notes },
          }
        : {
            type: 'conference.create',
            at,
            id: conferenceId,
            data: { name: name.trim(), date: parsed?.ok ? parsed.value : null, cityId: null, tentativeCityIds: [], organizerIds: [], notes },
          },
    ]);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: conference ? t('timelines.saved', { title: name.trim() }) : t('conferenceForm.created', { name: name.trim() }), undo: true });
    onSaved(conferenceId);
  };

  const titleId = `${id}-title`;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return (
    <Dialog titleId={titleId} onCancel={onClose}>
      <EditForm
        titleId={titleId}
        title={conference ? t('conferenceForm.editTitle', { name: conference.name }) : t('conferenceForm.newTitle')}
        error={formError}
        saving={saving}
        onSubmit={() => void submit()}
        onCancel={onClose}
      >
        <div className="form-grid">
          <Field id={`${id}-name`} label={t('conferenceForm.name')} error={errors.name} className="field-wide">
            {(control) => <input {...control} type="text" value={name} autoComplete="off" onChange={(event) => setName(event.target.value)} />}
          </Field>
          {!editing && (
            <Field id={`${id}-date`} label={t('conferenceForm.date')} hint={t('timelines.dateHint')} error={errors.date} className="field-wide">
              {(control) => <input {...control} type="text" value={dateText} autoComplete="off" onChange={(event) => setDateText(event.target.value)} />}
            </Field>
          )}
          {editing && (
            <SelectField
              id={`${id}-city`}
              label={t('conferenceForm.hostCity')}
              hint={t('conferenceForm.hostCityHint')}
              className="field-wide"
              value={cityId}
              placeholder={t('timelines.negotiating')}
              options={(lists?.cities ?? [])
                .map((c) => ({ value: c.id, label: c.nameCyrillic ? `${c.nameLatin} (${c.nameCyrillic})` : c.nameLatin }))
                .sort((a, b) => a.label.localeCompare(b.label))}
              onChange={setCityId}
            />
          )}
          {lists && lists.organizations.length > 0 && (
            <fieldset className="field-wide depends-fieldset">
              <legend>{t('timelines.organizers')}</legend>
              {[...lists.organizations].sort(byName).map((org) => (
                <label key={org.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={organizerIds.includes(org.id)}
                    onChange={(event) => setOrganizerIds(event.target.checked ? [...organizerIds, org.id] : organizerIds.filter((o) => o !== org.id))}
                  />
                  {org.name}
                </label>
              ))}
            </fieldset>
          )}
          <Field id={`${id}-notes`} label={t('timelines.notes')} className="field-wide">
            {(control) => <textarea {...control} rows={editing ? 4 : 3} value={notes} onChange={(event) => setNotes(event.target.value)} />}
          </Field>
        </div>
      </EditForm>
    </Dialog>
  );
}
