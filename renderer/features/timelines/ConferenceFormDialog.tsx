import { useId, useState } from 'react';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

interface Props {
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** A new conference: a name and, if known at all, a date as the user would say it. */
export function ConferenceFormDialog({ onClose, onCreated }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const [name, setName] = useState('');
  const [dateText, setDateText] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ name?: string; date?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (saving) return;
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('conferenceForm.nameRequired');
    const parsed = dateText.trim() ? parseFuzzyDate(dateText) : null;
    if (parsed && !parsed.ok) found.date = parsed.reason;
    if (found.name || found.date) {
      setErrors(found);
      setFormError(t('form.fixErrors'));
      return;
    }
    const conferenceId = crypto.randomUUID();
    setSaving(true);
    const result = await store.getState().runCommands([
      {
        type: 'conference.create',
        at: new Date().toISOString(),
        id: conferenceId,
        data: { name: name.trim(), date: parsed?.ok ? parsed.value : null, cityId: null, tentativeCityIds: [], organizerIds: [], notes },
      },
    ]);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('conferenceForm.created', { name: name.trim() }), undo: true });
    onCreated(conferenceId);
  };

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t('conferenceForm.newTitle')}</h2>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Field id={`${id}-name`} label={t('conferenceForm.name')} error={errors.name} className="field-wide">
            {(control) => <input {...control} type="text" value={name} autoComplete="off" onChange={(event) => setName(event.target.value)} />}
          </Field>
          <Field id={`${id}-date`} label={t('conferenceForm.date')} hint={t('timelines.dateHint')} error={errors.date} className="field-wide">
            {(control) => <input {...control} type="text" value={dateText} autoComplete="off" onChange={(event) => setDateText(event.target.value)} />}
          </Field>
          <Field id={`${id}-notes`} label={t('timelines.notes')} className="field-wide">
            {(control) => <textarea {...control} rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />}
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
