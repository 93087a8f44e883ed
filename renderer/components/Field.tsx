import type { ReactNode } from 'react';
import { issueText } from '../i18n/issueText';
import { useT } from '../i18n/useT';

/** The props a Field gives its control, so the label, hint and error are tied to it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/** What a labelled control shows around it: its label, hint and validation message. */
export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  /** A remark that may hold a control (a warning with a link), under the hint and read with the control. */
  note?: ReactNode;
  /** Shown right under the control, and read with it. */
  error?: string | undefined;
  className?: string;
}

interface Props extends FieldFrameProps {
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with its hint and its validation message beside it. A message from a
 * shared schema (English, as zod reports it) is shown in the UI's locale.
 */
export function Field({ id, label, hint, note, error: reported, className, children }: Props) {
  const t = useT();
  const error = reported ? issueText(t, reported) : reported;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  const describedBy = [errorId, hintId, noteId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {note && (
        <div id={noteId} className="field-note">
          {note}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
