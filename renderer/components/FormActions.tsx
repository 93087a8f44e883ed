import { useT } from '../i18n/useT';
import { useGuardedCancel } from './Dialog';

interface Props {
  onCancel: () => void;
  /** Marks the primary button busy while the command runs. */
  saving?: boolean;
  /** The primary button's text; "Save" unless the dialog names its action. */
  saveLabel?: string;
  /** A dialog without a form runs its action from the button instead of submitting. */
  onSave?: () => void;
  /** The action cannot run yet (nothing to export, a preview still loading). */
  disabled?: boolean;
  /**
   * Set by EditForm: the submit button runs the form's action from its click (Enter in a field
   * clicks it too) and cancels the browser's own submission, which in Chromium spent 5 to 9 ms in
   * native code on a large form before the submit event even fired, delaying the click's frame.
   */
  onSubmit?: () => void;
}

/** The footer of a dialog: Cancel, then the primary action (the form's submit button unless `onSave`). */
export function FormActions({ onCancel, saving = false, saveLabel, onSave, disabled = false, onSubmit }: Props) {
  const t = useT();
  const cancel = useGuardedCancel(onCancel);
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={cancel}>
        {t('form.cancel')}
      </button>
      {onSave ? (
        <button type="button" className="button button-primary" disabled={disabled} onClick={onSave}>
          {saveLabel ?? t('form.save')}
        </button>
      ) : (
        <button
          type="submit"
          className="button button-primary"
          aria-busy={saving}
          onClick={
            onSubmit &&
            ((event) => {
              event.preventDefault();
              onSubmit();
            })
          }
        >
          {saveLabel ?? t('form.save')}
        </button>
      )}
    </div>
  );
}
