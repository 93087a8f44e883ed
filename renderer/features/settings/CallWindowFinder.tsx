import { useId, useState } from 'react';
import { findCallWindows } from '../../../electron/shared/dates/findCallWindows';
import { calendarDateInZone, wallClockInZone } from '../../../electron/shared/dates/instantInZone';
import { utcOffsetLabel, wallTimeToInstant } from '../../../electron/shared/dates/zonedDate';
import { zoneCityName } from '../../../electron/shared/dates/zoneCityName';
import type { Settings } from '../../../electron/shared/schemas/settings';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useDateLocale } from '../timelines/dateLocale';

/**
 * For a chosen day, when both sides are within working hours: each counterpart zone against the
 * home zone, shown in both (2019-10-03: New York 09:00–10:00 is Volgograd 17:00–18:00).
 */
export function CallWindowFinder({ settings }: { settings: Settings }) {
  const t = useT();
  const locale = useDateLocale();
  const id = useId();
  const [day, setDay] = useState(() => calendarDateInZone(new Date(), settings.homeZone));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const home = settings.homeZone;
  const city = (zone: string) => zoneCityName(zone, locale);
  const now = new Date();

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('zones.callWindows')}</h2>
      <div className="settings-form">
        <Field id={`${id}-day`} label={t('zones.callDay')} hint={t('zones.callDayHint')}>
          {(control) => <input {...control} type="date" value={day} onChange={(event) => setDay(event.target.value)} />}
        </Field>
      </div>
      {valid &&
        settings.counterpartZones
          .filter((zone) => zone !== home)
          .map((zone) => {
            const windows = findCallWindows(day, home, zone, settings.workingHours);
            // The offsets of the chosen day, not of today: Volgograd was UTC+4 in 2019.
            const noon = wallTimeToInstant(day, 12, 0, home);
            return (
              <div key={zone} className="call-pair">
                <h3>{t('zones.callPair', { home: `${city(home)} (${utcOffsetLabel(noon, home)})`, other: `${city(zone)} (${utcOffsetLabel(noon, zone)})` })}</h3>
                <p className="muted">
                  {t('zones.nowIn', { time: `${wallClockInZone(now, home).time} ${city(home)} · ${wallClockInZone(now, zone).time} ${city(zone)}` })}
                </p>
                {windows.length === 0 ? (
                  <p>{t('zones.noWindow')}</p>
                ) : (
                  <ul>
                    {windows.map((w) => (
                      <li key={w.start.toISOString()} data-testid="call-window">
                        {t('zones.window', {
                          homeFrom: wallClockInZone(w.start, home).time,
                          homeTo: wallClockInZone(w.end, home).time,
                          home: `${city(home)} (${utcOffsetLabel(w.start, home)})`,
                          otherFrom: wallClockInZone(w.start, zone).time,
                          otherTo: wallClockInZone(w.end, zone).time,
                          other: `${city(zone)} (${utcOffsetLabel(w.start, zone)})`,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
    </section>
  );
}
