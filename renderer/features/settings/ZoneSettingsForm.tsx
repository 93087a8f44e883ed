import { useId, useMemo, useState } from 'react';
import type { Settings } from '../../../electron/shared/schemas/settings';
import { zoneCityName } from '../../../electron/shared/dates/zoneCityName';
import { Field } from '../../components/Field';
import { ZoneSelect } from '../places/ZoneSelect';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';

/** Every IANA zone the runtime knows (the same database the dates are computed with). */
function allZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/**
 * Home zone, counterpart zones, working hours and the visa lead time: settings (not undoable
 * commands) that apply at once, like the theme and the language beside them, so leaving the
 * screen never loses one. A number not yet valid is said beside its field and not saved.
 */
export function ZoneSettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
  const locale = useDateLocale();
  const store = useAppStoreApi();
  const id = useId();
  const zones = useMemo(() => allZones(), []);
  const [homeZone, setHomeZone] = useState(settings.homeZone);
  const [counterparts, setCounterparts] = useState(settings.counterpartZones);
  const [toAdd, setToAdd] = useState(zones.find((z) => !settings.counterpartZones.includes(z) && z !== settings.homeZone) ?? '');
  const [start, setStart] = useState(String(settings.workingHours.start));
  const [end, setEnd] = useState(String(settings.workingHours.end));
  const [visa, setVisa] = useState(String(settings.visaLeadDays));
  const [errors, setErrors] = useState<{ hours?: string; visa?: string }>({});
  const zoneLabel = (zone: string) => `${zoneCityName(zone, locale)} (${zone})`;

  const apply = (patch: Parameters<ReturnType<typeof store.getState>['saveSetting']>[0]) => void store.getState().saveSetting(patch);
  const hoursError = (startText: string, endText: string): string | undefined => {
    const s = Number(startText);
    const e = Number(endText);
    return !/^\d{1,2}$/.test(startText.trim()) || !/^\d{1,2}$/.test(endText.trim()) || s > 23 || e < 1 || e > 24 || s >= e ? t('zones.hoursInvalid') : undefined;
  };
  const changeHours = (startText: string, endText: string) => {
    setStart(startText);
    setEnd(endText);
    const hours = hoursError(startText, endText);
    setErrors((current) => ({ ...current, hours }));
    if (!hours) apply({ workingHours: { start: Number(startText), end: Number(endText) } });
  };
  const changeVisa = (text: string) => {
    setVisa(text);
    const invalid = !/^\d{1,3}$/.test(text.trim()) || Number(text) > 365;
    setErrors((current) => ({ ...current, visa: invalid ? t('zones.daysInvalid') : undefined }));
    if (!invalid) apply({ visaLeadDays: Number(text) });
  };
  const changeCounterparts = (next: string[]) => {
    setCounterparts(next);
    apply({ counterpartZones: next });
  };

  return (
    <section aria-labelledby={`${id}-zones`}>
      <h2 id={`${id}-zones`}>{t('zones.zones')}</h2>
      <form className="settings-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <ZoneSelect
          id={`${id}-home`}
          label={t('zones.homeZone')}
          hint={t('zones.homeZoneHint')}
          value={homeZone}
          suggested={[homeZone, ...counterparts]}
          onChange={(zone) => {
            setHomeZone(zone);
            apply({ homeZone: zone });
          }}
        />
        <fieldset className="when-fieldset">
          <legend>{t('zones.counterpartZones')}</legend>
          {counterparts.length === 0 && <p className="muted">{t('zones.noCounterparts')}</p>}
          <ul className="zones-list">
            {counterparts.map((zone) => (
              <li key={zone}>
                <span>{zoneLabel(zone)}</span>
                <button type="button" className="button button-quiet" onClick={() => changeCounterparts(counterparts.filter((z) => z !== zone))}>
                  {t('zones.removeZone', { zone: zoneCityName(zone, locale) })}
                </button>
              </li>
            ))}
          </ul>
          <div className="contact-picker">
            <ZoneSelect id={`${id}-add`} label={t('zones.zoneToAdd')} hint="" value={toAdd} suggested={[toAdd]} onChange={setToAdd} />
            <button
              type="button"
              className="button"
              disabled={!toAdd || counterparts.includes(toAdd) || counterparts.length >= 20}
              onClick={() => changeCounterparts([...counterparts, toAdd])}
            >
              {t('zones.addZone')}
            </button>
          </div>
        </fieldset>
        <Field id={`${id}-start`} label={t('zones.workStart')} error={errors.hours}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={start} onChange={(event) => changeHours(event.target.value, end)} />}
        </Field>
        <Field id={`${id}-end`} label={t('zones.workEnd')}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={end} onChange={(event) => changeHours(start, event.target.value)} />}
        </Field>
        <Field id={`${id}-visa`} label={t('zones.visaLeadDays')} hint={t('zones.visaLeadHint')} error={errors.visa}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={visa} onChange={(event) => changeVisa(event.target.value)} />}
        </Field>
      </form>
    </section>
  );
}
