import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { phrase } from '../../shared/i18n/Phrase';
import type { Conference } from '../../shared/schemas/conference';
import { CommandError } from '../commands/CommandError';
import { overdueReplies } from '../program/overdueReplies';
import { programView } from '../program/programView';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

type ProgramChannel = 'program:get' | 'program:overdueReplies';

export function programHandlers(service: WorkspaceService): HandlersOf<ProgramChannel> {
  const ws = () => service.store.state;
  const today = () => calendarDateInZone(service.now(), ws().settings.homeZone);
  const conference = (id: string): Conference => {
    const found = Object.hasOwn(ws().conferences, id) ? ws().conferences[id] : undefined;
    if (!found) throw new CommandError('not-found', phrase('errors.conferenceGone'));
    return found;
  };
  return {
    'program:get': ({ conferenceId }) => programView(ws(), conference(conferenceId), today()),
    'program:overdueReplies': () => overdueReplies(ws(), today()),
  };
}
