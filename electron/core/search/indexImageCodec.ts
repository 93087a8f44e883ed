import { crc32 } from 'node:zlib';
import { IMAGE_VERSION, type ContactSearchIndexImage } from './ContactSearchIndexImage';

/**
 * A search index image as bytes: an 12-byte header (magic, the manifest's length, a CRC of all that
 * follows), a JSON manifest holding the strings and the shape, then the typed arrays' bytes, each
 * 4-byte aligned. Reading it back is one JSON.parse and a view per array: no number is parsed from
 * text, which is what makes loading an index much cheaper than building it.
 */
const MAGIC = 0x4c494958; // "LIIX"
const HEADER = 12;

type Ref = { $t: 'i32' | 'u8'; o: number; n: number };
/**
 * A long list of strings none of which holds a newline, joined by newlines and stored as UTF-8
 * among the arrays: one decode and one split read it back, far cheaper than parsing a JSON array.
 */
type Joined = { $j: number; n: number };
const JOIN_FROM = 1024;
/** A long string (keys already joined by the index), stored as UTF-8 among the arrays, not escaped into the JSON. */
type Text = { $s: number; n: number };
const TEXT_FROM = 4096;

export interface IndexFile<Meta> {
  meta: Meta;
  image: ContactSearchIndexImage;
}

export function encodeIndexImage<Meta>(image: ContactSearchIndexImage, meta: Meta): Buffer {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const add = (bytes: Uint8Array): number => {
    const at = offset;
    chunks.push(bytes);
    offset += bytes.byteLength;
    const pad = (4 - (offset % 4)) % 4;
    if (pad > 0) {
      chunks.push(new Uint8Array(pad));
      offset += pad;
    }
    return at;
  };
  const manifest = JSON.stringify({ meta, image }, (_key, value: unknown) => {
    if (value instanceof Int32Array || value instanceof Uint8Array) {
      const ref: Ref = { $t: value instanceof Int32Array ? 'i32' : 'u8', o: add(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)), n: value.length };
      return ref;
    }
    if (typeof value === 'string' && value.length >= TEXT_FROM) {
      const bytes = Buffer.from(value, 'utf8');
      const text: Text = { $s: add(bytes), n: bytes.byteLength };
      return text;
    }
    if (Array.isArray(value) && value.length >= JOIN_FROM && value.every((item) => typeof item === 'string' && !item.includes('\n'))) {
      const text = Buffer.from(value.join('\n'), 'utf8');
      const joined: Joined = { $j: add(text), n: text.byteLength };
      return joined;
    }
    return value;
  });
  const text = Buffer.from(manifest, 'utf8');
  const pad = (4 - ((HEADER + text.length) % 4)) % 4;
  const body = Buffer.concat([text, Buffer.alloc(pad), ...chunks]);
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(text.length, 4);
  header.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([header, body]);
}

/** The image and its meta, or null for bytes that are not a whole, undamaged image of this version. */
export function decodeIndexImage<Meta>(bytes: Buffer): IndexFile<Meta> | null {
  if (bytes.length < HEADER || bytes.readUInt32LE(0) !== MAGIC) return null;
  const textLength = bytes.readUInt32LE(4);
  if (HEADER + textLength > bytes.length || crc32(bytes.subarray(HEADER)) !== bytes.readUInt32LE(8)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8', HEADER, HEADER + textLength));
  } catch {
    return null;
  }
  const start = HEADER + textLength + ((4 - ((HEADER + textLength) % 4)) % 4);
  // Views straight onto the file's bytes when they are 4-byte aligned (a large file has a buffer
  // of its own); else one aligned copy (a small one may sit anywhere in a shared pool).
  let binary = bytes.subarray(start);
  if (binary.byteOffset % 4 !== 0) {
    const copy = new Uint8Array(binary.length);
    copy.set(binary);
    binary = Buffer.from(copy.buffer, 0, copy.length);
  }
  const { buffer, byteOffset } = binary;
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      // Arrays of strings or numbers hold no reference: leave them as they are.
      if (value.length === 0 || typeof value[0] !== 'object') return value;
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    if (typeof value !== 'object' || value === null) return value;
    if ('$s' in value && 'n' in value) {
      const { $s, n } = value as Text;
      return binary.toString('utf8', $s, $s + n);
    }
    if ('$j' in value && 'n' in value) {
      const { $j, n } = value as Joined;
      return binary.toString('utf8', $j, $j + n).split('\n');
    }
    if ('$t' in value && 'o' in value && 'n' in value) {
      const { $t, o, n } = value as Ref;
      return $t === 'i32' ? new Int32Array(buffer, byteOffset + o, n) : new Uint8Array(buffer, byteOffset + o, n);
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = revive(record[key]);
    return record;
  };
  try {
    const file = revive(parsed) as IndexFile<Meta>;
    return file.image?.version === IMAGE_VERSION ? file : null;
  } catch {
    return null;
  }
}
