import { Empty, channel } from './channel';

/** A copy of the whole workspace saved where the user chose; `saved: false` when they cancelled. */
export type BackupToFolderResult = { saved: false } | { saved: true; path: string; bytes: number };

/**
 * The workspace replaced by a backup the user chose; the state before it is kept as a
 * `pre-restore` backup. `restored: false` when they cancelled; `durable: false` when the disk did
 * not confirm the restored workspace is saved (a crash before the next save may bring back the old one).
 */
export type BackupRestoreResult =
  | { restored: false }
  | { restored: true; restoredFrom: string; preRestoreBackup: string; migratedFrom: number | null; durable: boolean };

/** Backup and restore ("move to a new laptop"); the file is chosen in a system dialog in main. */
export const backupChannels = {
  'backup:toFolder': channel<BackupToFolderResult>()(Empty),
  'backup:restore': channel<BackupRestoreResult>()(Empty),
};
