/**
 * Where the app keeps sync passwords: never in the workspace or the data folder. In the app it is
 * Electron's safeStorage (the OS keychain's key) over a file in the user-data folder
 * (electron/main/safeStorageVault.ts); the CLI asks or reads the environment instead; tests and
 * the e2e harness hold them in memory.
 */
export interface PasswordVault {
  get(key: string): Promise<string | undefined>;
  /** Returns false when this computer offers no safe place to keep it: then it serves this session only. */
  set(key: string, password: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

/** The vault's key for one connection: one password per user, server and database. */
export function vaultKey(server: string, db: string, user: string): string {
  return `${user}@${server}/${db}`;
}

/** A vault that forgets everything when the process ends. */
export function memoryVault(): PasswordVault {
  const kept = new Map<string, string>();
  return {
    get: (key) => Promise.resolve(kept.get(key)),
    set: (key, password) => {
      kept.set(key, password);
      return Promise.resolve(true);
    },
    delete: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
  };
}
