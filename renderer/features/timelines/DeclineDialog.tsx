import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';

interface Props {
  name: string;
  onCancel: () => void;
  onDecline: (reason: string) => Promise<string | null>;
}

/** "Declined" keeps its reason: asked for here, refused empty, and the backend's refusal shown. */
export function DeclineDialog({ name, onCancel, onDecline }: Props) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onCancel}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (saving) return;
          if (!reason.trim()) {
            setError(t('recruitment.reasonRequired'));
            return;
          }
          setSaving(true);
          void onDecline(reason.trim()).then((failure) => {
            setSaving(false);
            if (failure) setError(failure);
          });
        }}
      >
        <h2 id={titleId}>{t('recruitment.declineTitle', { name })}</h2>
        <Field id={`${id}-reason`} label={t('recruitment.reason')} error={error} className="field-wide">
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={saving}>
            {t('recruitment.decline')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
