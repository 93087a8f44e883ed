import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import type { PasswordVault } from '../core/sync/PasswordVault';
import type { FsOps } from '../core/store/FsOps';
import { nodeFsOps } from '../core/store/nodeFsOps';
import { writeFileDurable } from '../core/store/writeFileDurable';

export const PASSWORDS_FILE = 'sync-passwords.json';

/**
 * Sync passwords encrypted with Electron's safeStorage (a key the OS keychain holds: Keychain on
 * macOS, DPAPI on Windows, libsecret/kwallet on Linux), kept in a file in the user-data folder:
 * never in the workspace, which travels in backups. Where the OS offers no keychain (safeStorage
 * would fall back to a hard-coded key on Linux: 'basic_text'), nothing is written and the
 * password serves this session only.
 */
export function safeStorageVault(userDataDir: string, safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string }, fs: FsOps = nodeFsOps): PasswordVault {
  const path = join(userDataDir, PASSWORDS_FILE);
  const session = new Map<string, string>();
  const secure = () => safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse((await fs.readFile(path)).toString('utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = async (entries: Record<string, string>) => {
    await fs.mkdir(userDataDir);
    await writeFileDurable(fs, path, `${JSON.stringify(entries, null, 2)}\n`);
  };
  return {
    async get(key) {
      if (session.has(key)) return session.get(key);
      const sealed = (await read())[key];
      if (typeof sealed !== 'string' || !safeStorage.isEncryptionAvailable()) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // Sealed under another user account or keychain: as if none were saved; the user enters it again.
        return undefined;
      }
    },
    async set(key, password) {
      session.set(key, password);
      if (!secure()) return false;
      const entries = await read();
      entries[key] = safeStorage.encryptString(password).toString('base64');
      await write(entries);
      return true;
    },
    async delete(key) {
      session.delete(key);
      const entries = await read();
      if (!(key in entries)) return;
      delete entries[key];
      await write(entries);
    },
  };
}
