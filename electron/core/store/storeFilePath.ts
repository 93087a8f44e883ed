import { join } from 'node:path';

/** The one workspace file in a data folder; backups/, damaged/ and the lock file sit beside it. */
export function storeFilePath(dir: string): string {
  return join(dir, 'liaison.json');
}

/** Beside liaison.json: its size and CRC, written with every snapshot made from validated data. */
export function checksumFilePath(dir: string): string {
  return `${storeFilePath(dir)}.sum`;
}
