import type { FuzzyDate } from '../schemas/fuzzyDate';
import type { ProgramKind, ProgramStatus } from '../schemas/programItem';
import { conferenceLength, itemInstants } from './programDays';

/** The part of an item the clash rules look at. */
export interface ClashItem {
  id: string;
  kind: ProgramKind;
  status: ProgramStatus;
  day: number | null;
  start: number | null;
  minutes: number;
  place: string;
  speakerIds: readonly string[];
  moderatorIds: readonly string[];
}

export interface ClashContext {
  date: FuzzyDate | null;
  /** The host city's zone; null while the host city is not chosen. */
  zone: string | null;
  venueHours: { opens: number; closes: number } | null;
  /** Planned arrival (an instant) of US participants whose travel is booked, by contact id. */
  arrivals: ReadonlyMap<string, string>;
}

/**
 * One problem with the timetable. `speaker` and `room` name the other item; `arrival` names the
 * speaker and when they land; `hours` and `after-end` concern the item alone.
 */
export type Clash =
  | { kind: 'speaker'; itemId: string; otherId: string; contactId: string }
  | { kind: 'room'; itemId: string; otherId: string; place: string }
  | { kind: 'hours'; itemId: string }
  | { kind: 'after-end'; itemId: string }
  | { kind: 'arrival'; itemId: string; contactId: string; arrivesAt: string };

/** Kinds that happen away from the venue, so its opening hours do not bind them. */
const OFF_SITE: ReadonlySet<ProgramKind> = new Set(['site-visit', 'reception', 'cultural', 'travel']);

/** "Hall A" and " hall a " are one room. */
export function samePlaceKey(place: string): string {
  return place.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/**
 * Every clash in a conference's program, each reported on both items it concerns (a speaker in two
 * places at once shows on both). Dropped items and items without a day and hour clash with nothing.
 */
export function programClashes(items: readonly ClashItem[], context: ClashContext): Clash[] {
  const placed = items.filter((item) => item.status !== 'dropped' && item.day !== null && item.start !== null);
  const clashes: Clash[] = [];
  const length = conferenceLength(context.date);
  for (const item of placed) {
    const start = item.start ?? 0;
    const end = start + item.minutes;
    if (context.venueHours && !OFF_SITE.has(item.kind) && (start < context.venueHours.opens || end > context.venueHours.closes)) {
      clashes.push({ kind: 'hours', itemId: item.id });
    }
    if (length !== null && (item.day ?? 0) > length) clashes.push({ kind: 'after-end', itemId: item.id });
    const when = itemInstants(context.date, context.zone, item);
    if (when) {
      for (const contactId of people(item)) {
        const arrivesAt = context.arrivals.get(contactId);
        if (arrivesAt && when.start.getTime() < new Date(arrivesAt).getTime()) clashes.push({ kind: 'arrival', itemId: item.id, contactId, arrivesAt });
      }
    }
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i];
      const b = placed[j];
      if (!a || !b || !overlap(a, b)) continue;
      const shared = people(a).filter((id) => people(b).includes(id));
      for (const contactId of shared) {
        clashes.push({ kind: 'speaker', itemId: a.id, otherId: b.id, contactId }, { kind: 'speaker', itemId: b.id, otherId: a.id, contactId });
      }
      if (a.place.trim() !== '' && samePlaceKey(a.place) === samePlaceKey(b.place)) {
        clashes.push({ kind: 'room', itemId: a.id, otherId: b.id, place: a.place.trim() }, { kind: 'room', itemId: b.id, otherId: a.id, place: b.place.trim() });
      }
    }
  }
  return clashes;
}

function people(item: ClashItem): string[] {
  return [...new Set([...item.speakerIds, ...item.moderatorIds])];
}

/** Same day and the hours overlap; touching ends (10:00–11:00 and 11:00–12:00) do not. */
function overlap(a: ClashItem, b: ClashItem): boolean {
  if (a.day !== b.day || a.start === null || b.start === null) return false;
  return a.start < b.start + b.minutes && b.start < a.start + a.minutes;
}
