// Ctrl+C on the real CLI process: a long export stops cleanly, says so, exits 1 and leaves no file.
import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { createContact } from '../helpers/commands';
import { diskState } from '../helpers/diskState';
import { tempDir } from '../helpers/tempDir';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cliEntry = join(repoRoot, 'electron', 'cli', 'cli.ts');

async function largeStore(count: number): Promise<string> {
  const dir = await tempDir();
  const store = await Store.open({ dir, owner: 'cli' });
  for (let start = 0; start < count; start += 5000) {
    await store.commit(
      Array.from({ length: Math.min(5000, count - start) }, (_v, i) =>
        createContact({ family: `Соколова${start + i}`, given: 'Мария', emails: [{ value: `m${start + i}@samara.example`, label: 'work' }] }),
      ),
    );
  }
  await store.close();
  return dir;
}

/**
 * Runs the CLI from source; once its progress line shows that `phase` is under way, freezes it,
 * sends SIGINT and lets it go on: the signal lands mid-job whatever the machine's speed.
 */
function interruptDuring(args: string[], phase: RegExp): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], {
      cwd: repoRoot,
      env: { ...process.env, LIAISON_PROGRESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!sent && phase.test(stderr)) {
        sent = true;
        child.kill('SIGSTOP');
        child.kill('SIGINT');
        child.kill('SIGCONT');
      }
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('Ctrl+C on the CLI', () => {
  it('cancels a long export: one sentence, exit 1, no file (nor temp file) at --out, an old file kept', async () => {
    const dir = await largeStore(8_000);
    const outDir = await tempDir();
    const out = join(outDir, 'contacts.vcf');
    const result = await interruptDuring(['--data', dir, 'export', 'contacts', '--format', 'vcard3', '--out', out], /Exporting contacts — [\d,]+ of 8,000 records/);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('liaison: Export cancelled; nothing was written.');
    expect(result.stdout).toBe('');
    expect(await readdir(outDir)).toEqual([]);

    // An older file at --out keeps its bytes.
    await writeFile(out, 'the old export\n');
    const again = await interruptDuring(['--data', dir, 'export', 'contacts', '--format', 'csv', '--out', out], /Exporting contacts — /);
    expect(again.code).toBe(1);
    expect(await readdir(outDir)).toEqual(['contacts.vcf']);
  }, 120_000);

  it('cancels a backup: no backup file, the workspace as it was', async () => {
    const dir = await largeStore(8_000);
    const before = await diskState(dir);
    const parent = await tempDir();
    const target = join(parent, 'usb-stick', 'liaison');
    // Stopped while it copies, so the folder it made for the copy exists and must go again.
    const result = await interruptDuring(['--data', dir, 'backup', '--to', target], /Backing up the workspace — [\d.]+ of [\d.]+ MB/);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('liaison: Backup cancelled; no backup file was left behind.');
    expect(await readdir(join(parent, 'usb-stick'))).toEqual([]);
    expect(await diskState(dir)).toEqual(before);
  }, 120_000);
});
