import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function contactHandlers(service: WorkspaceService): HandlersOf<'contacts:list' | 'contacts:get' | 'cities:list' | 'organizations:list'> {
  return {
    'contacts:list': (input) => service.contactList.run(input),
    'contacts:get': ({ id }) => service.contactDetail(id),
    'cities:list': () => Object.values(service.store.state.cities),
    'organizations:list': () => Object.values(service.store.state.organizations),
  };
}
