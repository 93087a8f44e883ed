import { sniffImage } from '../../shared/photo/sniffImage';
import type { PortablePhoto } from '../export/PortableContact';
import type { Property } from './parseVcards';

export type CardPhoto = { kind: 'photo'; photo: PortablePhoto } | { kind: 'url'; url: string } | { kind: 'unreadable' };

/**
 * A card's PHOTO: inline base64 (2.1 `ENCODING=BASE64`, 3.0 `ENCODING=b`, 4.0 `data:` URI) gives
 * the picture's bytes, taken for what their first bytes say they are (JPEG, PNG, GIF or WebP),
 * whatever TYPE the card claims; anything else is refused. A photo given as a web address is never
 * fetched: the import keeps the address in the note.
 */
export function photoFromCard(property: Property): CardPhoto {
  const value = property.value.trim();
  const encoding = property.params.get('ENCODING')?.[0] ?? '';
  let base64: string | null = null;
  if (encoding === 'B' || encoding === 'BASE64') base64 = value;
  else {
    const data = /^data:[^,;]*(?:;[^,;]*)*;base64,(.*)$/is.exec(value);
    if (data) base64 = data[1] ?? '';
    else if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { kind: 'url', url: value };
  }
  if (base64 === null) return { kind: 'unreadable' };
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  const mediaType = sniffImage(bytes);
  return mediaType ? { kind: 'photo', photo: { mediaType, bytes: new Uint8Array(bytes) } } : { kind: 'unreadable' };
}
