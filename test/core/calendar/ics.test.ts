import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../../electron/core/calendar/calendarEvents';
import { exportCalendar } from '../../../electron/core/calendar/exportCalendar';
import { escapeIcsText, foldIcsLine } from '../../../electron/core/calendar/icsText';
import { writeIcs } from '../../../electron/core/calendar/writeIcs';
import { at, fuzzy, newId, openTimelineFixture } from '../timelines/timelineFixture';

const run = promisify(execFile);
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets, never inside a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'я', 'ё', '€', '😀', ' ', ',') , maxLength: 400 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldIcsLine(line);
        const physical = folded.split('\r\n');
        for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
        for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
        // No replacement characters: each piece is whole UTF-8.
        for (const part of physical) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      }),
    );
  });

  it('writes the exact bytes: CRLF, PRODID, VERSION, DTSTAMP, all-day with an exclusive end, timed in UTC', () => {
    const text = writeIcs(
      [
        {
          uid: 'conference-1@liaison.local',
          summary: 'Саммит городов-побратимов России и США, Волгоград; конец сентября – начало октября',
          description: 'Date not fixed: late September – early October 2019.',
          location: '',
          when: { kind: 'all-day', start: '2019-09-21', endExclusive: '2019-10-11' },
          status: 'TENTATIVE',
          categories: ['Conference'],
          sequence: 3,
          lastModified: '2019-06-01T10:00:00.000Z',
        },
        {
          uid: 'meeting-2@liaison.local',
          summary: 'Call, Volgograd',
          description: '',
          location: 'Volgograd',
          when: { kind: 'timed', start: '2019-10-03T13:00:00.000Z', end: '2019-10-03T14:00:00.000Z' },
          status: 'CONFIRMED',
          categories: ['Meeting'],
          sequence: 4,
          lastModified: '2019-06-02T10:00:00.000Z',
        },
      ],
      new Date('2019-06-15T09:00:00.000Z'),
      'Liaison',
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Liaison//Liaison Conference Timelines//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Liaison',
        'BEGIN:VEVENT',
        'UID:conference-1@liaison.local',
        'DTSTAMP:20190615T090000Z',
        'DTSTART;VALUE=DATE:20190921',
        'DTEND;VALUE=DATE:20191011',
        // 75 octets exactly; the continuation's space counts, so the next one stops at 74 rather
        // than split the two-octet "о".
        'SUMMARY:Саммит городов-побратимов России и С',
        ' ША\\, Волгоград\\; конец сентября – начало ',
        ' октября',
        'DESCRIPTION:Date not fixed: late September – early October 2019.',
        'CATEGORIES:Conference',
        'STATUS:TENTATIVE',
        'TRANSP:TRANSPARENT',
        'SEQUENCE:3',
        'LAST-MODIFIED:20190601T100000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:meeting-2@liaison.local',
        'DTSTAMP:20190615T090000Z',
        'DTSTART:20191003T130000Z',
        'DTEND:20191003T140000Z',
        'SUMMARY:Call\\, Volgograd',
        'LOCATION:Volgograd',
        'CATEGORIES:Meeting',
        'STATUS:CONFIRMED',
        'TRANSP:OPAQUE',
        'SEQUENCE:4',
        'LAST-MODIFIED:20190602T100000Z',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

async function summitWorkspace() {
  const f = await openTimelineFixture('2019-06-15T09:00:00.000Z');
  const summit = newId();
  const rivers = newId();
  const volgograd = newId();
  const contact = newId();
  const milestone = newId();
  const meeting = newId();
  await f.run(
    { type: 'city.create', at: at(), id: volgograd, data: { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', country: 'RU', zone: 'Europe/Volgograd', region: 'Volgograd Oblast' } },
    { type: 'contact.create', at: at(), id: contact, data: { family: 'Образцова', given: 'Анна', familyLatin: 'Obraztsova', givenLatin: 'Anna' } },
    {
      type: 'conference.create',
      at: at(),
      id: summit,
      data: { name: 'US–Russia Sister Cities Summit', date: fuzzy('late September – early October 2019'), notes: 'Recruiting, a big challenge; see notes.' },
    },
    { type: 'conference.create', at: at(), id: rivers, data: { name: 'Great Rivers Conference', date: fuzzy('probably 2020'), tentativeCityIds: [volgograd] } },
    { type: 'milestone.create', at: at(), id: milestone, data: { conferenceId: summit, title: 'Send invitations', schedule: { kind: 'relative', daysBefore: 90 }, ownerId: contact } },
    { type: 'task.create', at: at(), id: newId(), data: { conferenceId: summit, title: 'Undated task' } },
    {
      type: 'interaction.create',
      at: at(),
      id: meeting,
      data: { kind: 'meeting', at: '2019-10-03T13:00:00.000Z', zone: 'Europe/Volgograd', subject: 'Host city visit', contactIds: [contact], cityIds: [volgograd], conferenceIds: [summit] },
    },
    { type: 'interaction.create', at: at(), id: newId(), data: { kind: 'call', at: '2019-10-04T13:00:00.000Z', zone: 'Europe/Volgograd', subject: 'A call is no meeting' } },
  );
  return { ...f, summit, rivers, milestone, meeting };
}

describe('calendar export', () => {
  it('dates ranges as TENTATIVE all-day spans, fixed dates as CONFIRMED days, meetings in UTC, with stable UIDs', async () => {
    const f = await summitWorkspace();
    const events = calendarEvents(f.service.store.state, null);
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    expect(events).toHaveLength(4);
    expect(byUid[`conference-${f.summit}@liaison.local`]).toMatchObject({ when: { kind: 'all-day', start: '2019-09-21', endExclusive: '2019-10-11' }, status: 'TENTATIVE' });
    expect(byUid[`conference-${f.rivers}@liaison.local`]).toMatchObject({ when: { start: '2020-01-01', endExclusive: '2021-01-01' }, status: 'TENTATIVE' });
    expect(byUid[`milestone-${f.milestone}@liaison.local`]).toMatchObject({ when: { start: '2019-06-23', endExclusive: '2019-07-13' }, status: 'TENTATIVE' });
    expect(byUid[`meeting-${f.meeting}@liaison.local`]).toMatchObject({ when: { kind: 'timed', start: '2019-10-03T13:00:00.000Z' }, location: 'Volgograd, Volgograd Oblast' });
    expect(byUid[`meeting-${f.meeting}@liaison.local`]?.description).toContain('October 3, 2019, 16:00 Moscow (UTC+3) · 17:00 Volgograd (UTC+4)');

    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('2019-10-03') });
    const again = calendarEvents(f.service.store.state, f.summit);
    expect(again.map((e) => e.uid).sort()).toEqual([`conference-${f.summit}@liaison.local`, `meeting-${f.meeting}@liaison.local`, `milestone-${f.milestone}@liaison.local`].sort());
    expect(again.find((e) => e.uid.startsWith('conference-'))).toMatchObject({ when: { start: '2019-10-03', endExclusive: '2019-10-04' }, status: 'CONFIRMED' });
    expect(again.find((e) => e.uid.startsWith('milestone-'))).toMatchObject({ when: { start: '2019-07-05', endExclusive: '2019-07-06' }, status: 'CONFIRMED' });
  });

  it('is read back by python3-icalendar (Debian) with the same events, dates and statuses', async () => {
    const f = await summitWorkspace();
    const path = join(f.dir, 'summit.ics');
    const written = await exportCalendar(f.service.store.state, path, null, new Date('2019-06-15T09:00:00.000Z'));
    expect(written.events).toBe(4);
    const bytes = await readFile(path);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    expect(bytes.toString('utf8').split('\r\n').every((line) => octets(line) <= 75)).toBe(true);

    const script = `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {'prodid': str(cal.get('prodid')), 'version': str(cal.get('version')), 'events': []}
for e in cal.walk('VEVENT'):
    start, end = e.decoded('dtstart'), e.decoded('dtend')
    out['events'].append({'uid': str(e.get('uid')), 'summary': str(e.get('summary')), 'status': str(e.get('status')),
        'start': start.isoformat(), 'end': end.isoformat(), 'description': str(e.get('description', ''))})
print(json.dumps(out, ensure_ascii=False))
`;
    // Debian's python (with python3-icalendar); a pyenv python may come first on PATH.
    const { stdout } = await run('/usr/bin/python3', ['-c', script, path]);
    const read = JSON.parse(stdout) as { prodid: string; version: string; events: { uid: string; summary: string; status: string; start: string; end: string; description: string }[] };
    expect(read.prodid).toBe('-//Liaison//Liaison Conference Timelines//EN');
    expect(read.version).toBe('2.0');
    const byUid = Object.fromEntries(read.events.map((e) => [e.uid, e]));
    expect(byUid[`conference-${f.summit}@liaison.local`]).toMatchObject({
      summary: 'US–Russia Sister Cities Summit',
      status: 'TENTATIVE',
      start: '2019-09-21',
      end: '2019-10-11',
    });
    expect(byUid[`conference-${f.summit}@liaison.local`]?.description).toContain('Recruiting, a big challenge; see notes.');
    expect(byUid[`milestone-${f.milestone}@liaison.local`]).toMatchObject({ summary: 'Send invitations (US–Russia Sister Cities Summit)', start: '2019-06-23', end: '2019-07-13' });
    expect(byUid[`meeting-${f.meeting}@liaison.local`]).toMatchObject({ start: '2019-10-03T13:00:00+00:00', end: '2019-10-03T14:00:00+00:00', status: 'CONFIRMED' });
    expect(read.events).toHaveLength(4);
  });
});
