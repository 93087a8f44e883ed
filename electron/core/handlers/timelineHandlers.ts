import { addCalendarDays } from '../../shared/dates/calendarDate';
import { compareFuzzyDates } from '../../shared/dates/compareFuzzyDates';
import { calendarFileName, exportCalendar } from '../calendar/exportCalendar';
import { exportParticipants } from '../timelines/exportParticipants';
import { recruitmentView } from '../timelines/recruitmentView';
import { timelineConference } from '../timelines/timelineConference';
import { timelineItems } from '../timelines/timelineItems';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';
import { conferenceScope } from './conferenceScope';
import { DUE_SOON_DAYS } from '../../shared/dates/dueSoon';

type TimelineChannel = 'timelines:conferences' | 'timelines:timeline' | 'timelines:attention' | 'recruitment:get' | 'calendar:export' | 'recruitment:exportParticipants';

export function timelineHandlers(service: WorkspaceService): HandlersOf<TimelineChannel> {
  const { ws, today, conference } = conferenceScope(service);
  return {
    'timelines:conferences': () =>
      Object.values(ws().conferences)
        .map((c) => timelineConference(ws(), c))
        // By date (compareFuzzyDates), undated last, then by name.
        .sort((a, b) => (a.date && b.date ? compareFuzzyDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0) || a.name.localeCompare(b.name)),
    'timelines:timeline': ({ conferenceId }) => {
      const day = today();
      return { conference: timelineConference(ws(), conference(conferenceId)), today: day, items: timelineItems(ws(), day, conferenceId) };
    },
    'timelines:attention': () => {
      const day = today();
      const soon = addCalendarDays(day, DUE_SOON_DAYS);
      const open = timelineItems(ws(), day, null).filter((item) => item.status !== 'done' && item.span);
      return {
        today: day,
        overdue: open.filter((item) => item.overdue),
        upcoming: open.filter((item) => !item.overdue && item.span !== null && item.span.earliest <= soon),
      };
    },
    'recruitment:get': ({ conferenceId }) => recruitmentView(ws(), conference(conferenceId), today()),
    'calendar:export': async ({ conferenceId }) => {
      if (conferenceId) conference(conferenceId);
      const path = await service.platform.chooseSavePath({
        title: 'Export calendar',
        defaultName: calendarFileName(ws(), conferenceId),
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      });
      if (!path) return { path: null, events: 0 };
      return service.tasks.run('export', (task) => exportCalendar(ws(), path, conferenceId, service.now(), task), { subject: 'calendar' });
    },
    'recruitment:exportParticipants': ({ conferenceId, format }) => exportParticipants(ws(), service.platform, conference(conferenceId), format, service.tasks),
  };
}
