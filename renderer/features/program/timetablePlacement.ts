/**
 * Where things sit in the timetable and where a drag or a key press puts them: pure arithmetic
 * kept out of the component, so the rules a user feels (snapping, the hours shown, parallel items
 * side by side) are tested on their own.
 */

/** Minutes a drag snaps to and an Alt+↑/↓ moves by. */
export const STEP = 30;
/** Pixels per minute of the hour rows. */
export const SCALE = 1.2;
/** Days a program can have (the schema's limit). */
export const MAX_DAYS = 14;
const LAST_START = 24 * 60 - STEP;

export interface Placed {
  id: string;
  day: number | null;
  start: number | null;
  minutes: number;
}

/** The hours shown: 08:00–21:00, widened to any item that starts earlier or ends later. */
export function hourRange(items: readonly Placed[]): { first: number; last: number } {
  let first = 8;
  let last = 21;
  for (const item of items) {
    if (item.start === null) continue;
    first = Math.min(first, Math.floor(item.start / 60));
    last = Math.max(last, Math.min(24, Math.ceil((item.start + item.minutes) / 60)));
  }
  return { first, last };
}

/** The start a drop at `offset` pixels below the column's top means, snapped to the step. */
export function startAtOffset(offset: number, firstHour: number): number {
  const start = firstHour * 60 + Math.round(offset / SCALE / STEP) * STEP;
  return Math.max(0, Math.min(LAST_START, start));
}

/**
 * Where Alt+arrow moves an item: ↑/↓ by half an hour within the day, ←/→ to the day before or
 * after (one day past the last shown, so a day can be added from the keyboard too). An item not
 * placed yet goes to Day 1 at the first hour shown, whichever arrow is pressed. Null: not a move.
 */
export function keyboardPlacement(item: Placed, key: string, days: number, firstHour: number): { day: number; start: number } | null {
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key)) return null;
  if (item.day === null || item.start === null) return { day: item.day ?? 1, start: item.start ?? firstHour * 60 };
  const { day, start } = item;
  if (key === 'ArrowUp') return { day, start: Math.max(0, start - STEP) };
  if (key === 'ArrowDown') return { day, start: Math.min(LAST_START, start + STEP) };
  if (key === 'ArrowLeft') return { day: Math.max(1, day - 1), start };
  return { day: Math.min(days + 1, MAX_DAYS, day + 1), start };
}

/**
 * Lanes for one day's items, so parallel sessions sit side by side instead of on top of each
 * other: items that overlap in time form a group, each takes the first lane free at its start,
 * and every item of a group shares the group's lane count (its width).
 */
export function dayLanes(items: readonly Placed[]): Map<string, { lane: number; lanes: number }> {
  const sorted = items.filter((item) => item.start !== null).sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || b.minutes - a.minutes);
  const result = new Map<string, { lane: number; lanes: number }>();
  let group: string[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const close = () => {
    for (const id of group) {
      const placed = result.get(id);
      if (placed) placed.lanes = laneEnds.length;
    }
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = item.start ?? 0;
    const end = start + item.minutes;
    if (start >= groupEnd) close();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = end;
    result.set(item.id, { lane, lanes: 1 });
    group.push(item.id);
    groupEnd = Math.max(groupEnd, end);
  }
  close();
  return result;
}
