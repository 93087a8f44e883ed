import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupSettings } from './BackupSettings';
import { CallWindowFinder } from './CallWindowFinder';
import { ExampleDataSettings } from './ExampleDataSettings';
import { SyncSettings } from '../sync/SyncSettings';
import { ZoneSettingsForm } from './ZoneSettingsForm';
import '../timelines/timelines.css';

/** Settings: language and theme, the home and counterpart time zones, working hours, the visa lead time, and the call-window finder. */
export function SettingsScreen() {
  const t = useT();
  const settings = useAppStore((s) => s.settings);
  return (
    <div className="screen settings">
      <header className="screen-header">
        <h1>{t('zones.title')}</h1>
      </header>
      {settings && (
        <>
          <AppearanceSettings settings={settings} />
          <ZoneSettingsForm key={JSON.stringify([settings.homeZone, settings.counterpartZones, settings.workingHours, settings.visaLeadDays])} settings={settings} />
          <CallWindowFinder settings={settings} />
          <BackupSettings />
          <ExampleDataSettings />
          <SyncSettings />
        </>
      )}
    </div>
  );
}
