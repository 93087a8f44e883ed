import type { Adapter } from 'lowdb';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import { DamagedFileError } from './DamagedFileError';
import type { FsOps } from './FsOps';
import { writeFileDurable } from './writeFileDurable';

/**
 * lowdb adapter for the store file. lowdb's own JSONFile (via steno) neither fsyncs nor notices
 * damage, and `Low.read()` quietly keeps its defaults when the file holds something falsy, so a
 * damaged file could be replaced by an empty workspace at the next save. This adapter refuses
 * anything that is not a JSON object with a reason, and writes through writeFileDurable.
 */
export class DurableJsonAdapter implements Adapter<unknown> {
  constructor(
    private readonly fs: FsOps,
    readonly path: string,
  ) {}

  /** The parsed document, or null when the file does not exist yet. */
  async read(): Promise<unknown> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      // Only absence means "new". EACCES, EIO and the like are not damage: rethrow them so the
      // file is never moved aside for a reason that lies outside it.
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
      throw error;
    }
    return parseDocument(bytes, this.path);
  }

  async write(data: unknown): Promise<void> {
    const text = JSON.stringify(data);
    // JSON.stringify(undefined) is undefined: writing it would empty the store.
    if (typeof text !== 'string') throw new TypeError('DurableJsonAdapter.write needs a JSON value.');
    await writeFileDurable(this.fs, this.path, text);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function parseDocument(bytes: Buffer, path: string): object {
  const damaged = (reason: Phrase, cause?: unknown): DamagedFileError => new DamagedFileError(path, reason, { cause });
  if (bytes.byteLength === 0) throw damaged(phrase('damaged.empty'));
  // Checked before parsing so the reason names what a person could recognise: an editor saving
  // with a BOM, or the zero-filled blocks a crash can leave behind.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw damaged(phrase('damaged.bom'));
  if (bytes.includes(0)) throw damaged(phrase('damaged.nul'));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    throw damaged(phrase('damaged.notUtf8'), error);
  }
  if (text.trim() === '') throw damaged(phrase('damaged.blank'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw damaged(phrase('damaged.notJson', { byte: String(jsonErrorByte(error, text)) }), error);
  }
  if (value === null) throw damaged(phrase('damaged.null'));
  if (typeof value !== 'object') throw damaged(describeValue(value));
  if (Array.isArray(value)) throw damaged(phrase('damaged.list'));
  return value;
}

/**
 * V8 reports a character position for most syntax errors and none for "Unexpected end"; a user
 * (or a hex editor) needs the byte offset, and a missing position means the text stopped early.
 */
function jsonErrorByte(error: unknown, text: string): number {
  const match = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  const position = match?.[1] === undefined ? text.length : Number(match[1]);
  return Buffer.byteLength(text.slice(0, position), 'utf8');
}

function describeValue(value: unknown): Phrase {
  switch (typeof value) {
    case 'number':
      return phrase('damaged.number');
    case 'string':
      return phrase('damaged.text');
    case 'boolean':
      return phrase('damaged.boolean', { value: String(value) });
    default:
      return phrase('damaged.other', { what: typeof value });
  }
}
