import { useId, useState } from 'react';
import type { TagCount } from '../../../electron/shared/contracts/contactSelectionChannels';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';

interface Props {
  mode: 'tag' | 'untag';
  /** How many contacts the action will touch. */
  count: number;
  tags: readonly TagCount[];
  onCancel: () => void;
  /** Resolves with a sentence to show beside the field when the action was refused. */
  onSubmit: (tag: string) => Promise<string | null>;
}

/** Asks which tag to add to, or remove from, the selected contacts. */
export function TagDialog({ mode, count, tags, onCancel, onSubmit }: Props) {
  const t = useT();
  const id = useId();
  const [tag, setTag] = useState(mode === 'untag' ? (tags[0]?.tag ?? '') : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `${id}-title`;
  const submit = async () => {
    if (busy) return;
    if (!tag.trim()) {
      setError(t('bulk.tagMissing'));
      return;
    }
    setBusy(true);
    const refused = await onSubmit(tag.trim());
    setBusy(false);
    if (refused) setError(refused);
  };
  return (
    <Dialog titleId={titleId} onCancel={onCancel}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t(mode === 'tag' ? 'bulk.tagTitle' : 'bulk.untagTitle', { count })}</h2>
        <Field id={`${id}-tag`} label={t('bulk.tagField')} error={error ?? undefined}>
          {(control) =>
            mode === 'tag' ? (
              <input {...control} type="text" list={`${id}-tags`} autoComplete="off" value={tag} onChange={(event) => setTag(event.target.value)} />
            ) : (
              <select {...control} value={tag} onChange={(event) => setTag(event.target.value)}>
                {tags.map((option) => (
                  <option key={option.tag} value={option.tag}>
                    {option.tag}
                  </option>
                ))}
              </select>
            )
          }
        </Field>
        <datalist id={`${id}-tags`}>
          {tags.map((option) => (
            <option key={option.tag} value={option.tag} />
          ))}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary" aria-busy={busy}>
            {t(mode === 'tag' ? 'bulk.tagSubmit' : 'bulk.untagSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
