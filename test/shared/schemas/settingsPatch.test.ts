import { describe, expect, it } from 'vitest';
import { SettingsPatchSchema, SettingsSchema } from '../../../electron/shared/schemas/settings';

describe('SettingsPatchSchema', () => {
  it('keeps a patch to the fields it names, so saving one setting leaves the others alone', () => {
    expect(SettingsPatchSchema.parse({ lastSection: 'contacts' })).toEqual({ lastSection: 'contacts' });
    const saved = SettingsSchema.parse({ locale: 'ru', homeZone: 'Europe/Volgograd' });
    const next = SettingsSchema.parse({ ...saved, ...SettingsPatchSchema.parse({ lastSection: 'contacts' }) });
    expect(next).toMatchObject({ locale: 'ru', homeZone: 'Europe/Volgograd', lastSection: 'contacts' });
  });

  it('still checks every field it is given, and refuses unknown ones', () => {
    expect(SettingsPatchSchema.safeParse({ locale: 'de' }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ theme: 'dark', colour: 'red' }).success).toBe(false);
    expect(SettingsPatchSchema.parse({ window: { x: 1, y: 2, width: 800, height: 600 } })).toEqual({ window: { x: 1, y: 2, width: 800, height: 600, maximized: false } });
  });
});
