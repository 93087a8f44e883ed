import { join } from 'node:path';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import type { FsOps } from './FsOps';
import { errorCode, fsErrorPhrase } from './NotSavedError';
import { writeFileDurable } from './writeFileDurable';

/** The last background compaction that failed: a sentence for the user, and when (ISO instant). */
export interface CompactionFailure {
  message: string;
  at: string;
  /** `message` in no language yet, for the UI; doctor reads and prints the English. */
  i18n?: Phrase;
}

/**
 * Beside liaison.json while the last compaction has failed, so `liaison doctor` (another process,
 * which opens nothing for writing) can tell the user; removed by the next compaction that succeeds.
 */
export function compactionFailureFilePath(dir: string): string {
  return join(dir, 'compaction-failed.json');
}

export function compactionFailure(error: unknown, at: Date): CompactionFailure {
  const code = errorCode(error);
  // An fs reason is a sentence end with its full stop; a system message gets one.
  const why = code !== 'EUNKNOWN' ? fsErrorPhrase(code) : `${(error instanceof Error ? error.message : String(error)).replace(/\.$/u, '')}.`;
  const said = phrase('compaction.failed', { why });
  return { message: englishText(said), at: at.toISOString(), i18n: said };
}

/** Best effort: the disk that made the compaction fail may refuse this too, and the journal is safe either way. */
export async function writeCompactionFailure(fs: FsOps, dir: string, failure: CompactionFailure): Promise<void> {
  await writeFileDurable(fs, compactionFailureFilePath(dir), JSON.stringify(failure)).catch(() => undefined);
}

export async function clearCompactionFailure(fs: FsOps, dir: string): Promise<void> {
  await fs.unlink(compactionFailureFilePath(dir)).catch(() => undefined);
}

/** The failure recorded in `dir`, or null when there is none (or the file cannot be read as one). */
export async function readCompactionFailure(fs: FsOps, dir: string): Promise<CompactionFailure | null> {
  try {
    const parsed: unknown = JSON.parse((await fs.readFile(compactionFailureFilePath(dir))).toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed && 'at' in parsed) {
      const { message, at } = parsed;
      if (typeof message === 'string' && typeof at === 'string') return { message, at };
    }
    return null;
  } catch {
    return null;
  }
}
