import { useEffect, useId, useState } from 'react';
import type { TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';

interface Props {
  contactId: string;
  name: string;
  /** Conferences the contact already takes part in: not offered again. */
  already: readonly string[];
  onDone: () => void;
}

/**
 * The contact page's "Add to a conference…": picks a conference and adds the contact to its
 * participants at the first stage, with the same participant.add command recruitment uses (one
 * undo step; the command itself refuses a second place in the same conference).
 */
export function AddToConferenceDialog({ contactId, name, already, onDone }: Props) {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const [conferences, setConferences] = useState<TimelineConference[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = t('addToConference.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.timelines.conferences({}), failed).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      const open = result.value.filter((c) => !already.includes(c.id));
      setConferences(open);
      setChosen(open[0]?.id ?? '');
      if (result.value.length === 0) setError(t('addToConference.noConference'));
      else if (open.length === 0) setError(t('addToConference.already', { name }));
    });
    return () => {
      current = false;
    };
  }, [api, already, failed, name, t]);

  const add = async () => {
    const conference = conferences?.find((c) => c.id === chosen);
    if (!conference || busy) return;
    setBusy(true);
    const ack = await store.getState().runCommands([
      {
        type: 'participant.add',
        at: new Date().toISOString(),
        id: crypto.randomUUID(),
        data: { conferenceId: conference.id, contactId, stage: 'identified', stageReason: '', partnershipId: null, notes: '' },
      },
    ]);
    setBusy(false);
    if (!ack.ok) return setError(ack.error.message);
    store.getState().showToast({ message: t('addToConference.added', { name, conference: conference.name }), undo: true });
    onDone();
  };

  const titleId = `${id}-title`;
  return (
    <Dialog titleId={titleId} onCancel={onDone}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <h2 id={titleId}>{t('addToConference.title', { name })}</h2>
        {conferences && conferences.length > 0 && (
          <Field id={`${id}-conference`} label={t('addToConference.conference')}>
            {(control) => (
              <select {...control} value={chosen} onChange={(event) => setChosen(event.target.value)}>
                {conferences.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onDone}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary" aria-busy={busy} disabled={!conferences || conferences.length === 0}>
            {t('addToConference.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
