import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function taskHandlers(service: WorkspaceService): HandlersOf<'tasks:list' | 'tasks:cancel'> {
  return {
    'tasks:list': () => service.tasks.list(),
    'tasks:cancel': ({ id }) => ({ cancelled: service.tasks.cancel(id) }),
  };
}
