import type { Adapter } from 'lowdb';
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
  const damaged = (reason: string, cause?: unknown): DamagedFileError => new DamagedFileError(path, reason, { cause });
  if (bytes.byteLength === 0) throw damaged('the file is empty');
  // Checked before parsing so the reason names what a person could recognise: an editor saving
  // with a BOM, or the zero-filled blocks a crash can leave behind.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw damaged('the file starts with a byte-order mark');
  if (bytes.includes(0)) throw damaged('the file contains NUL bytes');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    throw damaged('the file is not UTF-8 text', error);
  }
  if (text.trim() === '') throw damaged('the file holds only blank space');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw damaged(`the file is not valid JSON (truncated or damaged at byte ${jsonErrorByte(error, text)})`, error);
  }
  if (value === null) throw damaged('the file holds null');
  if (typeof value !== 'object') throw damaged(`the file holds ${describeValue(value)}, not a workspace`);
  if (Array.isArray(value)) throw damaged('the file holds a list, not a workspace');
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

function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return 'a number';
    case 'string':
      return 'a piece of text';
    case 'boolean':
      return `the value ${String(value)}`;
    default:
      return typeof value;
  }
}
