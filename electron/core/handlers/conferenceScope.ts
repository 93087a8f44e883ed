import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { phrase } from '../../shared/i18n/Phrase';
import type { Conference } from '../../shared/schemas/conference';
import type { Workspace } from '../../shared/schemas/workspace';
import { CommandError } from '../commands/CommandError';
import type { WorkspaceService } from '../workspace/WorkspaceService';

/** What the conference handlers (timelines, recruitment, program) read: the workspace now, today in the home zone, a conference by id. */
export interface ConferenceScope {
  ws: () => Readonly<Workspace>;
  today: () => string;
  /** The conference, or a not-found refusal with a sentence. */
  conference: (id: string) => Conference;
}

export function conferenceScope(service: WorkspaceService): ConferenceScope {
  const ws = () => service.store.state;
  return {
    ws,
    today: () => calendarDateInZone(service.now(), ws().settings.homeZone),
    conference: (id) => {
      const found = Object.hasOwn(ws().conferences, id) ? ws().conferences[id] : undefined;
      if (!found) throw new CommandError('not-found', phrase('errors.conferenceGone'));
      return found;
    },
  };
}
