import { join } from 'node:path';

/** The one workspace file in a data folder; backups/, damaged/ and the lock file sit beside it. */
export function storeFilePath(dir: string): string {
  return join(dir, 'liaison.json');
}
