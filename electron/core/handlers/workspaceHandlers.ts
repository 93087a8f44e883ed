import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function workspaceHandlers(
  service: WorkspaceService,
): HandlersOf<'workspace:status' | 'workspace:openSample' | 'commands:run' | 'history:status' | 'history:undo' | 'history:redo' | 'settings:get' | 'settings:set'> {
  const at = () => service.now().toISOString();
  return {
    'workspace:status': () => service.status(),
    'workspace:openSample': () => service.openSample(),
    'commands:run': ({ commands }) => service.commit(commands),
    'history:status': () => service.historyStatus(),
    'history:undo': () => service.commit([{ type: 'history.undo', at: at() }]),
    'history:redo': () => service.commit([{ type: 'history.redo', at: at() }]),
    'settings:get': () => service.store.state.settings,
    'settings:set': (patch) => service.store.updateSettings(patch),
  };
}
