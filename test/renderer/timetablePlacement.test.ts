import { describe, expect, it } from 'vitest';
import { SCALE, dayLanes, hourRange, keyboardPlacement, startAtOffset } from '../../renderer/features/program/timetablePlacement';

const item = (id: string, day: number | null, start: number | null, minutes = 60) => ({ id, day, start, minutes });

describe('timetable placement', () => {
  it('snaps a drop to the half hour under the pointer, within the day', () => {
    // 08:00 is the top; 100 minutes down is nearer 09:30 than 10:00.
    expect(startAtOffset(100 * SCALE, 8)).toBe(9 * 60 + 30);
    expect(startAtOffset(106 * SCALE, 8)).toBe(10 * 60);
    expect(startAtOffset(-60 * SCALE, 8)).toBe(7 * 60);
    expect(startAtOffset(-10_000, 8)).toBe(0);
    expect(startAtOffset(100_000, 8)).toBe(23 * 60 + 30);
  });

  it('moves an item by half an hour with Alt+↑/↓ and by a day with Alt+←/→', () => {
    const placed = item('a', 2, 10 * 60);
    expect(keyboardPlacement(placed, 'ArrowUp', 2, 8)).toEqual({ day: 2, start: 9 * 60 + 30 });
    expect(keyboardPlacement(placed, 'ArrowDown', 2, 8)).toEqual({ day: 2, start: 10 * 60 + 30 });
    expect(keyboardPlacement(placed, 'ArrowLeft', 2, 8)).toEqual({ day: 1, start: 10 * 60 });
    // One day past the last shown: the keyboard can add a day, as a drop on a new column would.
    expect(keyboardPlacement(placed, 'ArrowRight', 2, 8)).toEqual({ day: 3, start: 10 * 60 });
    expect(keyboardPlacement(item('b', 1, 10 * 60), 'ArrowLeft', 2, 8)).toEqual({ day: 1, start: 10 * 60 });
    expect(keyboardPlacement(item('c', 14, 0), 'ArrowRight', 14, 8)).toEqual({ day: 14, start: 0 });
    expect(keyboardPlacement(item('d', 1, 0), 'ArrowUp', 2, 8)).toEqual({ day: 1, start: 0 });
    expect(keyboardPlacement(item('e', 1, 23 * 60 + 30), 'ArrowDown', 2, 8)).toEqual({ day: 1, start: 23 * 60 + 30 });
    expect(keyboardPlacement(placed, 'Enter', 2, 8)).toBeNull();
  });

  it('places an unplaced item on Day 1 at the first hour shown, whatever the arrow', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) expect(keyboardPlacement(item('a', null, null), key, 2, 8)).toEqual({ day: 1, start: 8 * 60 });
    expect(keyboardPlacement(item('a', 2, null), 'ArrowDown', 2, 7)).toEqual({ day: 2, start: 7 * 60 });
  });

  it('shows 08:00–21:00, widened to an early breakfast or a late reception', () => {
    expect(hourRange([item('a', 1, 10 * 60)])).toEqual({ first: 8, last: 21 });
    expect(hourRange([item('a', 1, 7 * 60 + 30), item('b', 2, 21 * 60, 90), item('c', null, null)])).toEqual({ first: 7, last: 23 });
    expect(hourRange([item('a', 1, 23 * 60, 120)])).toEqual({ first: 8, last: 24 });
  });

  it('puts parallel items side by side and leaves lone items the whole width', () => {
    const lanes = dayLanes([item('plenary', 1, 10 * 60, 90), item('panel', 1, 11 * 60), item('workshop', 1, 11 * 60 + 30), item('lunch', 1, 13 * 60), item('unplaced', 1, null)]);
    // The plenary (10:00–11:30) overlaps the panel (11:00–12:00); the workshop (11:30) takes the plenary's freed lane.
    expect(lanes.get('plenary')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('panel')).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get('workshop')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('lunch')).toEqual({ lane: 0, lanes: 1 });
    expect(lanes.has('unplaced')).toBe(false);
  });
});
