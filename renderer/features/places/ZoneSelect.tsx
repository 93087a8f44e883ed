import { useMemo } from 'react';
import { partnersMatching, searchZones, zoneChoices, type ZoneChoice } from '../../../electron/shared/dates/zoneChoices';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { ComboBox } from '../../components/ComboBox';
import { useT } from '../../i18n/useT';
import { allZones } from '../interactions/zoneName';
import { useDateLocale } from '../timelines/dateLocale';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  /** Offered first: the zones the user works with. */
  suggested: readonly string[];
  error?: string | undefined;
  onChange: (zone: string) => void;
}

const areaKeys: Readonly<Record<string, MessageKey>> = {
  Africa: 'zones.area.Africa',
  America: 'zones.area.America',
  Antarctica: 'zones.area.Antarctica',
  Arctic: 'zones.area.Arctic',
  Asia: 'zones.area.Asia',
  Atlantic: 'zones.area.Atlantic',
  Australia: 'zones.area.Australia',
  Europe: 'zones.area.Europe',
  Indian: 'zones.area.Indian',
  Pacific: 'zones.area.Pacific',
  Etc: 'zones.area.Etc',
};

/**
 * A time zone picked by a city in either language ("Волгоград", "Volgo", "Cleveland" for New
 * York's zone through the partner-city table), each choice with its name in the window's language
 * and its UTC offset; the usual zones come first, then every zone the runtime knows.
 */
export function ZoneSelect({ id, label, hint, value, suggested, error, onChange }: Props) {
  const t = useT();
  const locale = useDateLocale();
  const usual = suggested.join('\n');
  const choices = useMemo(() => {
    const first = [...new Set(usual.split('\n'))];
    const ordered = [...first, ...allZones().filter((zone) => !first.includes(zone))];
    const area = (name: string) => (Object.hasOwn(areaKeys, name) ? t(areaKeys[name] as MessageKey) : name);
    return zoneChoices(ordered, locale, new Date(), area);
  }, [locale, t, usual]);
  const chosen = choices.find((choice) => choice.zone === value);
  const shown = chosen ? `${chosen.city} (${chosen.offset})` : value;
  return (
    <ComboBox<ZoneChoice>
      id={id}
      label={label}
      hint={hint ?? t('zones.pickerHint')}
      error={error}
      value={shown}
      search={(typed) => searchZones(choices, typed)}
      keyOf={(choice) => choice.zone}
      listLabel={t('zones.found')}
      noMatch={t('zones.noMatch')}
      render={(choice, typed) => {
        const via = partnersMatching(choice, typed);
        return (
          <>
            <span>
              {choice.city} <span className="muted">{choice.offset}</span>
              {via.length > 0 && <> · {t('zones.partnerCities', { cities: via.join(', ') })}</>}
            </span>
            <span className="combobox-detail">{[choice.generic, choice.area, choice.zone].filter(Boolean).join(' · ')}</span>
          </>
        );
      }}
      onSelect={(choice) => onChange(choice.zone)}
    />
  );
}
