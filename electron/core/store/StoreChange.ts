import type { Kind } from '../../shared/schemas/collections';

/** What one applied command changed; sent to the renderer as `store:changed`. */
export interface StoreChange {
  seq: number;
  type: string;
  ids: { kind: Kind; id: string }[];
}
