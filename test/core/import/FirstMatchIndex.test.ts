import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstMatchIndex } from '../../../electron/core/import/FirstMatchIndex';
import { sameName, sameNameKeys } from '../../../electron/shared/names/sameName';

const NAMES = ['Volgograd', 'Волгоград', 'Nizhny Novgorod', 'Нижний Новгород', 'Nizhniy Novgorod', 'Fyodorov', 'Фёдоров', 'Fedorov', 'Schukina', 'Щукина', 'Shchukina', 'Smith', 'Смит', 'Johnson', 'Джонсон', 'Rimsky-Korsakov', 'Римский-Корсаков', 'City Duma', 'Городская дума', 'Iuliia', 'Юлия', 'Yulia', ''];

describe('finding by name without comparing with every record', () => {
  it('sameNameKeys: two names sameName accepts always share a key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), (a, b) => {
        if (!sameName(a, b)) return;
        const keys = new Set(sameNameKeys(a));
        expect(sameNameKeys(b).some((key) => keys.has(key)), `${a} / ${b}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('returns what a scan in order finds: the first item that passes, whichever key lists it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NAMES), { maxLength: 30 }), fc.constantFrom(...NAMES), (names, wanted) => {
        const items = names.map((name, position) => ({ name, position }));
        const index = new FirstMatchIndex(items, (item) => sameNameKeys(item.name));
        const scan = items.find((item) => sameName(item.name, wanted));
        expect(index.find(sameNameKeys(wanted), (item) => sameName(item.name, wanted))).toBe(scan);
      }),
      { numRuns: 300 },
    );
  });
});
