import { useId, useState } from 'react';
import { settle } from '../../api/api';
import { Avatar } from '../../components/Avatar';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  /** The contact's id (a stand-in for a new one): the initials' colour. */
  contactId: string;
  name: string;
  /** The photo's file, or null. */
  value: string | null;
  onChange: (file: string | null) => void;
}

/**
 * The form's photo: the avatar as it will look, "Choose photo…" (a file dialog in main, which
 * copies a smaller picture into the photos folder and answers with its name) and "Remove photo".
 * Nothing is saved until the form is: Cancel keeps the photo the contact had, and a saved change
 * is one undo step with the rest of the edit.
 */
export function ContactPhotoField({ contactId, name, value, onChange }: Props) {
  const t = useT();
  const legendId = useId();
  const api = useAppStore((s) => s.api);
  const [chosen, setChosen] = useState<{ file: string; dataUrl: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setBusy(true);
    setError(null);
    const result = await settle(api.contacts.choosePhoto({}), t('error.requestFailed'));
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.photo) {
      setChosen(result.value.photo);
      onChange(result.value.photo.file);
    }
  };

  return (
    <fieldset className="contact-photo-field" aria-labelledby={legendId}>
      <legend id={legendId}>{t('contactField.photo')}</legend>
      <Avatar contactId={contactId} name={name} photo={value} dataUrl={chosen && chosen.file === value ? chosen.dataUrl : null} size="large" decorative />
      <div className="contact-photo-actions">
        <button type="button" className="button" disabled={busy} aria-busy={busy || undefined} onClick={() => void choose()}>
          {t('contactField.choosePhoto')}
        </button>
        {value && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setError(null);
              onChange(null);
            }}
          >
            {t('contactField.removePhoto')}
          </button>
        )}
      </div>
      <FormError message={error} />
    </fieldset>
  );
}
