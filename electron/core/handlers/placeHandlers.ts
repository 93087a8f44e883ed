import { cityOverview, partnershipRows } from '../queries/partnershipRows';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function placeHandlers(service: WorkspaceService): HandlersOf<'cities:overview' | 'partnerships:list'> {
  return {
    'cities:overview': () => cityOverview(service.store.state),
    'partnerships:list': () => partnershipRows(service.store.state, service.now()),
  };
}
