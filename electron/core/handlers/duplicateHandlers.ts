import { findDuplicates } from '../queries/findDuplicates';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function duplicateHandlers(service: WorkspaceService): HandlersOf<'duplicates:list'> {
  return {
    'duplicates:list': ({ limit }) => findDuplicates(service.store.state, limit),
  };
}
