// Shared with core, which names cities the same way in the lists it returns.
export { cityLabel } from '../../../electron/shared/names/cityLabel';
