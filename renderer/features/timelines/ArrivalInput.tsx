import { useId, useState } from 'react';
import { instantFromWallClock, wallClockInZone } from '../../../electron/shared/dates/instantInZone';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

interface Props {
  participantId: string;
  name: string;
  arrivesAt: string | null;
  /** The host city's zone: the arrival is typed and shown on its wall clock. */
  zone: string;
}

/**
 * A participant's planned arrival in the host city, once travel is booked ("2019-09-30 14:30",
 * host city time), edited in place: Enter or leaving the box saves it, an empty box clears it.
 * The program shows a clash for a speaker placed before it.
 */
export function ArrivalInput({ participantId, name, arrivesAt, zone }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const shown = arrivesAt ? Object.values(wallClockInZone(arrivesAt, zone)).join(' ') : '';
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (text.trim() === shown) return;
    const [date = '', time = ''] = text.trim().split(/\s+/u);
    const instant = text.trim() === '' ? null : instantFromWallClock(date, time, zone);
    if (text.trim() !== '' && instant === null) {
      setError(t('recruitment.arrivalInvalid'));
      return;
    }
    const ack = await store.getState().runCommands([{ type: 'participant.setArrival', at: new Date().toISOString(), id: participantId, arrivesAt: instant }]);
    if (!ack.ok) setError(ack.error.message);
    else setError(null);
  };

  return (
    <>
      <input
        type="text"
        aria-label={t('recruitment.arrivalOf', { name })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        size={16}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void save();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
