import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PASSWORDS_FILE, safeStorageVault } from '../../electron/main/safeStorageVault';
import { tempDir } from '../helpers/tempDir';

vi.mock('electron', () => ({}));

/** safeStorage as Electron has it: a keychain-held key; here XOR with a fixed byte stands in for the cipher. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret') {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => flip(Buffer.from(`sealed:${text}`, 'utf8')),
    decryptString: (sealed: Buffer) => {
      const text = flip(sealed).toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('sealed:'.length);
    },
  };
}

describe('sync passwords in the user-data folder, sealed by safeStorage', () => {
  it('keeps a password across restarts, never in clear on disk, and forgets it when asked', async () => {
    const userData = await tempDir('liaison-userdata-');
    const key = 'anna@https://couch.example.org/liaison';
    expect(await safeStorageVault(userData, fakeSafeStorage()).set(key, 'пароль-Secret-1')).toBe(true);
    const bytes = await readFile(join(userData, PASSWORDS_FILE), 'utf8');
    expect(bytes).not.toContain('Secret');
    expect(bytes).toContain(key);
    // A new process (a fresh vault) reads it back.
    const later = safeStorageVault(userData, fakeSafeStorage());
    expect(await later.get(key)).toBe('пароль-Secret-1');
    await later.delete(key);
    expect(await safeStorageVault(userData, fakeSafeStorage()).get(key)).toBeUndefined();
    expect(await readFile(join(userData, PASSWORDS_FILE), 'utf8')).not.toContain(key);
  });

  it('without a keychain (no encryption, or Linux’s hard-coded basic_text key) writes nothing and keeps the password for this session only', async () => {
    for (const storage of [fakeSafeStorage(false), fakeSafeStorage(true, 'basic_text')]) {
      const userData = await tempDir('liaison-userdata-');
      const vault = safeStorageVault(userData, storage);
      expect(await vault.set('anna@http://127.0.0.1:5984/liaison', 'secret')).toBe(false);
      expect(await vault.get('anna@http://127.0.0.1:5984/liaison')).toBe('secret');
      expect(await readdir(userData)).toEqual([]);
      expect(await safeStorageVault(userData, storage).get('anna@http://127.0.0.1:5984/liaison')).toBeUndefined();
    }
  });
});
