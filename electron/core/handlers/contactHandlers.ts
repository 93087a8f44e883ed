import { chooseContactPhoto } from '../photos/chooseContactPhoto';
import { readContactPhoto } from '../photos/contactPhotos';
import { nodeFsOps } from '../store/nodeFsOps';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function contactHandlers(service: WorkspaceService): HandlersOf<'contacts:list' | 'contacts:get' | 'contacts:photo' | 'contacts:choosePhoto' | 'cities:list' | 'organizations:list'> {
  return {
    'contacts:list': (input) => service.contactList.run(input),
    'contacts:get': ({ id }) => service.contactDetail(id),
    'contacts:photo': async ({ id }) => {
      const file = Object.hasOwn(service.store.state.contacts, id) ? service.store.state.contacts[id]?.photo : null;
      const photo = file ? await readContactPhoto(service.store.dir, file) : null;
      return { dataUrl: photo ? `data:${photo.mediaType};base64,${Buffer.from(photo.bytes).toString('base64')}` : null };
    },
    'contacts:choosePhoto': async () => ({ photo: await chooseContactPhoto(nodeFsOps, service.platform, service.store.dir, () => crypto.randomUUID()) }),
    'cities:list': () => Object.values(service.store.state.cities),
    'organizations:list': () => Object.values(service.store.state.organizations),
  };
}
