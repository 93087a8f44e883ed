import { issueText } from '../i18n/issueText';
import { useT } from '../i18n/useT';

interface Props {
  message: string | null;
}

/** The form-wide failure line, announced as it appears; nothing while there is none. */
export function FormError({ message }: Props) {
  const t = useT();
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {issueText(t, message)}
    </p>
  );
}
