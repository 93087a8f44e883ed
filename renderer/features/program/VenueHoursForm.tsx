import { useId, useState } from 'react';
import type { ProgramView } from '../../../electron/shared/contracts/programChannels';
import { formatMinuteOfDay, parseMinuteOfDay } from '../../../electron/shared/program/programDays';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

/**
 * When the venue opens and closes (host city time): items at the venue outside these hours are
 * shown as a clash. One program.setVenueHours command, one undo step; empty both to clear.
 */
export function VenueHoursForm({ conference }: { conference: ProgramView['conference'] }) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const hours = conference.venueHours;
  const [opens, setOpens] = useState(hours ? formatMinuteOfDay(hours.opens) : '');
  const [closes, setCloses] = useState(hours ? formatMinuteOfDay(hours.closes % 1440) : '');
  const [errors, setErrors] = useState<{ opens?: string; closes?: string }>({});

  const save = async () => {
    const clear = opens.trim() === '' && closes.trim() === '';
    const from = parseMinuteOfDay(opens);
    const to = parseMinuteOfDay(closes);
    const found: typeof errors = {};
    if (!clear && from === null) found.opens = t('program.form.startInvalid');
    if (!clear && to === null) found.closes = t('program.form.startInvalid');
    else if (!clear && from !== null && to !== null && to <= from) found.closes = t('errors.program.venueHours');
    setErrors(found);
    if (found.opens || found.closes) return;
    const next = clear || from === null || to === null ? null : { opens: from, closes: to };
    const ack = await store.getState().runCommands([{ type: 'program.setVenueHours', at: new Date().toISOString(), conferenceId: conference.id, hours: next }]);
    if (!ack.ok) setErrors({ closes: ack.error.message });
    else store.getState().showToast({ message: ack.value.summaries[0] ?? '', undo: true });
  };

  return (
    <form
      className="venue-hours-form no-print"
      noValidate
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <span id={`${id}-legend`} className="muted">
        {t('program.venue.title')}
      </span>
      <Field id={`${id}-opens`} label={t('program.venue.opens')} error={errors.opens}>
        {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" size={6} value={opens} onChange={(event) => setOpens(event.target.value)} />}
      </Field>
      <Field id={`${id}-closes`} label={t('program.venue.closes')} error={errors.closes}>
        {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" size={6} value={closes} onChange={(event) => setCloses(event.target.value)} />}
      </Field>
      <button type="submit" className="button">
        {t('program.venue.save')}
      </button>
    </form>
  );
}
