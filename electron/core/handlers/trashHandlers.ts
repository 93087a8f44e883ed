import { trashPage } from '../queries/trashPage';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function trashHandlers(service: WorkspaceService): HandlersOf<'trash:list' | 'trash:purgeExpired'> {
  return {
    'trash:list': ({ offset, limit }) => trashPage(service.store.state, offset, limit, service.inTrash.contacts()),
    'trash:purgeExpired': () => service.purgeExpiredTrash(),
  };
}
