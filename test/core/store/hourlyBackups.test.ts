import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/core/store/backups';
import { HOURLY_CHECK_MS } from '../../../electron/core/store/HourlyBackups';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { Store } from '../../../electron/core/store/Store';
import { createContact } from '../../helpers/commands';
import { useTempDirs } from './fsTestKit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const familiesIn = (path: string): string[] =>
  Object.values((JSON.parse(readFileSync(path, 'utf8')) as { contacts: Record<string, { family: string }> }).contacts)
    .map((c) => c.family)
    .sort();

describe('hourly backups while the app runs', () => {
  const temp = useTempDirs();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes one per hour when something changed, holding every saved change, and keeps the rotation', async () => {
    // Only the app's check timer is faked; file-system work runs for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = temp();
    let now = Date.parse('2026-09-01T08:00:00.000Z');
    const store = await Store.open({ dir, owner: 'app', clock: () => new Date(now) });
    const hourly = async () => (await listBackups(nodeFsOps, dir)).filter((b) => b.reason === 'hourly');
    /** Time passes: the clock moves and the check timer fires as it would meanwhile. */
    const pass = async (ms: number) => {
      now += ms;
      vi.advanceTimersByTime(HOURLY_CHECK_MS);
      await store.whenIdle();
    };

    await store.commit([createContact({ family: 'First', given: 'F' })]);
    await pass(10 * MINUTE);
    const [first, ...others] = await hourly();
    // No backup existed yet: the first is taken at once, with the change that is only in the journal.
    expect(others).toEqual([]);
    expect(first && familiesIn(first.path)).toEqual(['First']);

    await store.commit([createContact({ family: 'Second', given: 'S' })]);
    await pass(30 * MINUTE);
    expect(await hourly()).toHaveLength(1); // within the hour: none
    await pass(31 * MINUTE);
    const [second] = await hourly();
    expect(second && familiesIn(second.path)).toEqual(['First', 'Second']);

    await pass(2 * HOUR);
    expect(await hourly()).toHaveLength(2); // nothing changed: no copy of the same state

    // Two and a half days with a change every hour: hourly for the last day, then one per day.
    for (let hour = 0; hour < 60; hour++) {
      await store.commit([createContact({ family: `H${hour}`, given: 'H' })]);
      await pass(HOUR);
    }
    const kept = await listBackups(nodeFsOps, dir);
    const newest = kept[0];
    expect(newest && familiesIn(newest.path)).toHaveLength(62);
    const ages = kept.map((b) => now - b.time.getTime());
    const lastDay = kept.filter((_, i) => (ages[i] ?? 0) < DAY);
    const older = kept.filter((_, i) => (ages[i] ?? 0) >= DAY);
    const distinct = (list: typeof kept, bucket: number) => new Set(list.map((b) => Math.floor(b.time.getTime() / bucket))).size;
    expect(lastDay.length).toBeGreaterThanOrEqual(23);
    expect(distinct(lastDay, HOUR)).toBe(lastDay.length);
    expect(older.length).toBeGreaterThan(0);
    expect(distinct(older, DAY)).toBe(older.length);
    await store.close();
  }, 60_000);

  it('never runs from a CLI command (it exits at once)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = temp();
    let now = Date.parse('2026-09-01T08:00:00.000Z');
    const store = await Store.open({ dir, owner: 'cli', clock: () => new Date(now) });
    await store.commit([createContact({ family: 'First', given: 'F' })]);
    now += 2 * HOUR;
    vi.advanceTimersByTime(HOURLY_CHECK_MS);
    await store.whenIdle();
    expect((await listBackups(nodeFsOps, dir)).filter((b) => b.reason === 'hourly')).toEqual([]);
    await store.close();
  });
});
