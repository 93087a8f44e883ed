import type { ReactNode } from 'react';
import { FormActions } from './FormActions';
import { FormError } from './FormError';

interface Props {
  /** Id of the heading, which names the dialog the form sits in. */
  titleId: string;
  title: string;
  /** The form-wide failure line (validation summary or a refused command). */
  error: string | null;
  saving: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  saveLabel?: string;
  className?: string;
  children: ReactNode;
}

/**
 * An edit form as every record dialog lays it out: its heading, the failure line, the fields, and
 * Cancel / Save. The browser's own validation is off so messages show beside the fields instead.
 */
export function EditForm({ titleId, title, error, saving, onSubmit, onCancel, saveLabel, className, children }: Props) {
  return (
    <form
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <FormError message={error} />
      {children}
      <FormActions onCancel={onCancel} saving={saving} saveLabel={saveLabel} onSubmit={onSubmit} />
    </form>
  );
}
