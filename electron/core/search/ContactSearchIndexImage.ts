import type { AddressCorpusImage } from './AddressCorpus';
import type { BigramCorpusImage } from './BigramCorpus';
import type { KeyDictionaryImage } from './KeyDictionary';
import type { SlotOrderImage } from './SlotOrder';
import type { SlotTableImage } from './SlotTable';
import type { ValueTableImage } from './ValueTable';

/** Bumped whenever the image's shape or the index's keys change: an image of another version is rebuilt. */
export const IMAGE_VERSION = 5;

/**
 * A prepared index as plain data: strings and typed arrays, no Map (those are rebuilt from the
 * texts) and no cache, so it can be written to a file and read back (indexImageCodec.ts). Each
 * part of the index images its own fields.
 */
export interface ContactSearchIndexImage extends SlotTableImage, KeyDictionaryImage, ValueTableImage {
  version: typeof IMAGE_VERSION;
  addresses: AddressCorpusImage;
  /** Without its keys, which are the slot table's number entries (SlotTable.numberKeysOf). */
  numbers: BigramCorpusImage;
  looseNames: number;
  slots: SlotOrderImage;
}
