import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { englishText } from '../../../electron/shared/i18n/Phrase';
import { programClashes, type ClashItem, type ClashContext } from '../../../electron/shared/program/programClashes';
import { checkStatusMove, type StatusRuleItem } from '../../../electron/shared/program/programStatus';
import { isReplyOverdue } from '../../../electron/shared/program/speakerReplies';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';

function fuzzy(text: string): FuzzyDate {
  const result = parseFuzzyDate(text, new Date('2019-01-01T00:00:00Z'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const base: StatusRuleItem = { status: 'idea', day: null, start: null, speakerIds: [], moderatorIds: [], invitations: {} };
const refusal = (item: StatusRuleItem, to: Parameters<typeof checkStatusMove>[1], reason = ''): string | null => {
  const verdict = checkStatusMove(item, to, reason);
  return verdict.ok ? null : englishText(verdict.phrase);
};

describe('program status rules', () => {
  it('goes idea → proposed → agreed → confirmed, and back', () => {
    expect(refusal(base, 'proposed')).toBeNull();
    expect(refusal({ ...base, status: 'proposed' }, 'agreed')).toBeNull();
    expect(refusal({ ...base, status: 'agreed', day: 1, start: 600 }, 'confirmed')).toBeNull();
    expect(refusal({ ...base, status: 'confirmed' }, 'agreed')).toBeNull();
    expect(refusal({ ...base, status: 'dropped' }, 'proposed')).toBeNull();
  });

  it('refuses a drop without a reason, a repeat, and confirming what is not agreed, placed and accepted', () => {
    expect(refusal(base, 'dropped')).toMatch(/Say why the item is dropped/);
    expect(refusal(base, 'dropped', 'No room')).toBeNull();
    expect(refusal({ ...base, status: 'agreed' }, 'agreed')).toMatch(/already “Agreed by both”/);
    expect(refusal({ ...base, status: 'proposed', day: 1, start: 600 }, 'confirmed')).toMatch(/Only an item agreed by both/);
    expect(refusal({ ...base, status: 'agreed', day: 1 }, 'confirmed')).toMatch(/day and an hour/);
    const withSpeakers: StatusRuleItem = {
      ...base,
      status: 'agreed',
      day: 1,
      start: 600,
      speakerIds: ['a', 'b'],
      invitations: { a: { status: 'accepted', reason: '', invitedOn: null, replyBy: null }, b: { status: 'invited', reason: '', invitedOn: null, replyBy: null } },
    };
    expect(refusal(withSpeakers, 'confirmed')).toMatch(/^1 speaker has not accepted yet/);
  });
});

const item = (id: string, over: Partial<ClashItem>): ClashItem => ({
  id,
  kind: 'panel',
  status: 'proposed',
  day: 1,
  start: 600,
  minutes: 60,
  place: '',
  speakerIds: [],
  moderatorIds: [],
  ...over,
});
const context = (over: Partial<ClashContext> = {}): ClashContext => ({ date: null, zone: null, venueHours: null, arrivals: new Map(), ...over });

describe('program clashes', () => {
  it('a speaker in two places at once shows on both items; touching ends and other days do not clash', () => {
    const clashes = programClashes(
      [
        item('a', { speakerIds: ['ann'] }),
        item('b', { start: 630, moderatorIds: ['ann'] }),
        item('c', { start: 660, speakerIds: ['ann'] }),
        item('d', { day: 2, speakerIds: ['ann'] }),
      ],
      context(),
    );
    expect(clashes.filter((c) => c.kind === 'speaker').map((c) => `${c.itemId}-${'otherId' in c ? c.otherId : ''}`)).toEqual(['a-b', 'b-a', 'b-c', 'c-b']);
  });

  it('two items in one room (however the name is spaced or cased) clash; dropped and unplaced items do not', () => {
    const clashes = programClashes(
      [
        item('a', { place: 'Hall A' }),
        item('b', { place: ' hall  a', start: 650 }),
        item('c', { place: 'Hall A', status: 'dropped' }),
        item('d', { place: 'Hall A', start: null }),
        item('e', { place: 'Hall B' }),
      ],
      context(),
    );
    expect(clashes.map((c) => [c.kind, c.itemId])).toEqual([
      ['room', 'a'],
      ['room', 'b'],
    ]);
  });

  it('venue hours bind sessions at the venue, not a reception or a site visit; a day after the conference is flagged', () => {
    const clashes = programClashes(
      [
        item('early', { start: 8 * 60 }),
        item('late', { start: 17 * 60 + 30 }),
        item('inside', { start: 9 * 60 }),
        item('reception', { kind: 'reception', start: 19 * 60 }),
        item('day3', { day: 3 }),
      ],
      context({ venueHours: { opens: 9 * 60, closes: 18 * 60 }, date: fuzzy('1-2 October 2019') }),
    );
    expect(clashes.map((c) => `${c.kind}:${c.itemId}`)).toEqual(['hours:early', 'hours:late', 'after-end:day3']);
  });

  it('a US speaker placed before their planned arrival, once the days have dates in the host zone', () => {
    const arrivals = new Map([['jen', '2019-10-01T08:00:00.000Z']]); // 12:00 in Volgograd (UTC+4)
    const items = [item('morning', { start: 10 * 60, speakerIds: ['jen'] }), item('afternoon', { start: 13 * 60, speakerIds: ['jen'] })];
    const dated = programClashes(items, context({ date: fuzzy('1-3 October 2019'), zone: 'Europe/Volgograd', arrivals }));
    expect(dated).toEqual([{ kind: 'arrival', itemId: 'morning', contactId: 'jen', arrivesAt: '2019-10-01T08:00:00.000Z' }]);
    // In Moscow (UTC+3) 10:00 is 07:00Z and 13:00 is 10:00Z: again only the morning is before landing.
    expect(programClashes(items, context({ date: fuzzy('1-3 October 2019'), zone: 'Europe/Moscow', arrivals })).map((c) => c.itemId)).toEqual(['morning']);
    // While the date is a range, nobody can say.
    expect(programClashes(items, context({ date: fuzzy('late September – early October 2019'), zone: 'Europe/Volgograd', arrivals }))).toEqual([]);
  });
});

describe('speaker replies', () => {
  it('an invitation is overdue only when invited and the day to reply has passed', () => {
    const invited = { status: 'invited' as const, reason: '', invitedOn: '2019-06-01', replyBy: '2019-06-15' };
    expect(isReplyOverdue(invited, '2019-06-15')).toBe(false);
    expect(isReplyOverdue(invited, '2019-06-16')).toBe(true);
    expect(isReplyOverdue({ ...invited, status: 'accepted' }, '2019-07-01')).toBe(false);
    expect(isReplyOverdue(undefined, '2019-07-01')).toBe(false);
  });
});
