import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';

interface Props {
  title: string;
  initial: string;
  /** A sentence when the name cannot be used (empty, taken), else null. */
  validate: (name: string) => string | null;
  onCancel: () => void;
  onSubmit: (name: string) => Promise<void>;
}

/** Names a segment: saving the current filter, or renaming one. */
export function SegmentNameDialog({ title, initial, validate, onCancel, onSubmit }: Props) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onCancel}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = validate(name);
          setError(problem);
          if (!problem) void onSubmit(name.trim());
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <Field id={`${id}-name`} label={t('segments.name')} error={error ?? undefined}>
          {(control) => <input {...control} type="text" maxLength={80} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('segments.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
