import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFsOps } from '../../electron/core/store/nodeFsOps';
import { WorkspaceLock, lockFilePath } from '../../electron/core/store/WorkspaceLock';
import { openAskingAboutLock } from '../../electron/main/openAskingAboutLock';

vi.mock('electron', () => ({}));

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

/** A workspace folder whose lock was left by an app that crashed at 09:05 today. */
async function crashedWorkspace(): Promise<{ dir: string; left: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-openanyway-'));
  dirs.push(dir);
  const startedAt = new Date();
  startedAt.setHours(9, 5, 0, 0);
  const left = JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: startedAt.toISOString(), owner: 'app' });
  writeFileSync(lockFilePath(dir), left);
  return { dir, left };
}

function fakeDialog(answer: number) {
  const showMessageBox = vi.fn((_options: Electron.MessageBoxOptions) => Promise.resolve({ response: answer, checkboxChecked: false }));
  return { dialog: { showMessageBox } as unknown as Pick<Dialog, 'showMessageBox'>, showMessageBox };
}

describe("the app's launch over a lock left by a Liaison that is gone", () => {
  it("says who held it and since when, and 'Open anyway' takes the lock over", async () => {
    const { dir } = await crashedWorkspace();
    const { dialog, showMessageBox } = fakeDialog(0);
    const lock = await openAskingAboutLock((takeOver) => WorkspaceLock.acquire(nodeFsOps, dir, 'app', { takeOver }), dialog, 'en-US');
    expect(lock).not.toBeNull();
    const shown = showMessageBox.mock.calls[0]?.[0];
    expect(shown).toMatchObject({ title: 'Liaison was not closed properly', buttons: ['Open anyway', 'Quit'], cancelId: 1 });
    expect(shown?.detail).toMatch(/^Liaison was not closed properly: the app, process \d+, since 09:05 is no longer running\./);
    expect(JSON.parse(readFileSync(lockFilePath(dir), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'app' });
  });

  it('on Quit, leaves the lock file as it found it and opens nothing; in Russian on a Russian system', async () => {
    const { dir, left } = await crashedWorkspace();
    const { dialog, showMessageBox } = fakeDialog(1);
    const opened = await openAskingAboutLock((takeOver) => WorkspaceLock.acquire(nodeFsOps, dir, 'app', { takeOver }), dialog, 'ru-RU');
    expect(opened).toBeNull();
    expect(showMessageBox.mock.calls[0]?.[0]).toMatchObject({ buttons: ['Всё равно открыть', 'Выйти'] });
    expect(showMessageBox.mock.calls[0]?.[0].detail).toMatch(/^Liaison не был закрыт как следует: приложение, процесс \d+, с 09:05/);
    expect(readFileSync(lockFilePath(dir), 'utf8')).toBe(left);
  });

  it('never offers to open over a live holder: that refusal goes to the error box as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-openanyway-'));
    dirs.push(dir);
    const held = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
    const { dialog, showMessageBox } = fakeDialog(0);
    await expect(openAskingAboutLock((takeOver) => WorkspaceLock.acquire(nodeFsOps, dir, 'app', { takeOver }), dialog, 'en')).rejects.toThrow(
      'Liaison is already open on this workspace (the liaison command',
    );
    expect(showMessageBox).not.toHaveBeenCalled();
    await held.release();
  });
});
