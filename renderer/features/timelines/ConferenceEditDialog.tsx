import { useEffect, useId, useState } from 'react';
import type { TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import type { City } from '../../../electron/shared/schemas/city';
import type { Organization } from '../../../electron/shared/schemas/organization';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';

interface Props {
  conference: TimelineConference;
  onClose: () => void;
}

/**
 * Name, host city (none while it is being negotiated), organisers and notes. The date has its own
 * form; fields other features keep on a conference (comparison weights) are left as stored.
 */
export function ConferenceEditDialog({ conference, onClose }: Props) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const id = useId();
  const [name, setName] = useState(conference.name);
  const [cityId, setCityId] = useState(conference.city?.id ?? '');
  const [organizerIds, setOrganizerIds] = useState(conference.organizers.map((o) => o.id));
  const [notes, setNotes] = useState(conference.notes);
  const [lists, setLists] = useState<{ cities: City[]; organizations: Organization[] } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    void Promise.all([settle(api.cities.list({}), failed), settle(api.organizations.list({}), failed)]).then(([cities, organizations]) => {
      if (!current) return;
      if (cities.ok && organizations.ok) setLists({ cities: cities.value, organizations: organizations.value });
      else setFormError(cities.ok ? (organizations.ok ? failed : organizations.error.message) : cities.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, failed]);

  const submit = async () => {
    if (saving) return;
    if (!name.trim()) {
      setError(t('conferenceForm.nameRequired'));
      setFormError(t('form.fixErrors'));
      return;
    }
    setSaving(true);
    const result = await store.getState().runCommands([
      {
        type: 'conference.update',
        at: new Date().toISOString(),
        id: conference.id,
        data: { name: name.trim(), date: conference.date, cityId: cityId || null, tentativeCityIds: conference.tentativeCities.map((c) => c.id), organizerIds, notes },
      },
    ]);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('timelines.saved', { title: name.trim() }), undo: true });
    onClose();
  };

  const titleId = `${id}-title`;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return (
    <Dialog titleId={titleId} onCancel={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t('conferenceForm.editTitle', { name: conference.name })}</h2>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Field id={`${id}-name`} label={t('conferenceForm.name')} error={error} className="field-wide">
            {(control) => <input {...control} type="text" value={name} autoComplete="off" onChange={(event) => setName(event.target.value)} />}
          </Field>
          <Field id={`${id}-city`} label={t('conferenceForm.hostCity')} hint={t('conferenceForm.hostCityHint')} className="field-wide">
            {(control) => (
              <select {...control} value={cityId} onChange={(event) => setCityId(event.target.value)}>
                <option value="">{t('timelines.negotiating')}</option>
                {(lists?.cities ?? [])
                  .map((c) => ({ id: c.id, name: c.nameCyrillic ? `${c.nameLatin} (${c.nameCyrillic})` : c.nameLatin }))
                  .sort(byName)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
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
            {(control) => <textarea {...control} rows={4} value={notes} onChange={(event) => setNotes(event.target.value)} />}
          </Field>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
