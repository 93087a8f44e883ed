// Cancelling each long job on a real temp folder, then reading the bytes back: a cancelled export,
// backup, import, restore or compaction leaves every file as it was (or no file at all).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { headlessPlatform, type Platform } from '../../../electron/core/platform/Platform';
import { listBackups } from '../../../electron/core/store/backups';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import type { CompactionRunner } from '../../../electron/core/journal/runCompaction';
import { TaskCancelledError } from '../../../electron/core/tasks/TaskCancelledError';
import { TaskRegistry } from '../../../electron/core/tasks/TaskRegistry';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { ChannelName, Result } from '../../../electron/shared/contract';
import type { TaskProgress } from '../../../electron/shared/contracts/taskChannels';
import { ParticipantAddSchema } from '../../../electron/shared/commands/timelineCommands';
import { createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';
import { fuzzy } from '../timelines/timelineFixture';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const workerFromSource = fileURLToPath(new URL('../../fixtures/processes/compactWorkerTs.mjs', import.meta.url));
const everyone = { mode: 'query', query: '' } as const;

interface Answers {
  saveTo?: string;
  open?: string;
}

/** A workspace whose dialogs answer as the test says and whose progress throttle never holds an event back. */
async function openWorkspace(dir: string, answers: Answers = {}, runner?: CompactionRunner) {
  let clock = 0;
  const tasks = new TaskRegistry(() => (clock += 1000));
  const platform: Platform = {
    ...headlessPlatform,
    chooseSavePath: () => Promise.resolve(answers.saveTo ?? null),
    chooseOpenPaths: () => Promise.resolve(answers.open ? [answers.open] : []),
  };
  const service = await WorkspaceService.open({
    dir,
    owner: 'app',
    resourcesDir,
    platform,
    tasks,
    compaction: { quietMs: 0, ...(runner ? { runner } : {}) },
  });
  const dispatch = createDispatcher(service.handlers(), (error) => {
    throw error;
  });
  const call = (channel: ChannelName, input: unknown = {}): Promise<Result<unknown>> => dispatch(channel, input);
  return { service, tasks, call, answers };
}

/** Cancels the first running job for which `when` holds; records every event and the cancel's answers. */
function cancelWhen(tasks: TaskRegistry, when: (progress: TaskProgress) => boolean) {
  const seen: TaskProgress[] = [];
  const answers: boolean[] = [];
  let fired = false;
  tasks.onProgress((progress) => {
    seen.push(progress);
    if (!fired && progress.state === 'running' && when(progress)) {
      fired = true;
      answers.push(tasks.cancel(progress.id));
    }
  });
  return { seen, answers };
}

async function seed(service: WorkspaceService, count: number, batch = 500): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    const commands = Array.from({ length: Math.min(batch, count - start) }, (_v, i) =>
      createContact({
        family: `Иванов${start + i}`,
        given: 'Пётр',
        emails: [{ value: `p${start + i}@example.org`, label: 'work' }],
        notes: 'Met at the Volga conference; wants the partnership agreement in both languages.'.repeat(3),
      }),
    );
    await service.commit(commands);
  }
}

const failureCode = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('cancelling long work leaves the files as they were', () => {
  it('export: a cancel mid-file removes the temp file and keeps the old destination byte for byte', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const destination = join(out, 'contacts.vcf');
    const oldBytes = Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:The old file\r\nEND:VCARD\r\n', 'utf8');
    await writeFile(destination, oldBytes);
    const { service, tasks, call } = await openWorkspace(dir, { saveTo: destination });
    await seed(service, 5000);
    const { seen, answers } = cancelWhen(tasks, (p) => p.kind === 'export' && p.phase === 'writing' && p.done > 0);

    const result = await call('export:save', { selection: everyone, format: 'vcard3' });
    expect(failureCode(result)).toBe('cancelled');
    expect(answers).toEqual([true]);
    expect(seen.at(-1)).toMatchObject({ kind: 'export', state: 'cancelled' });
    // Part of the file had been written before the cancel.
    expect(seen.some((p) => p.phase === 'writing' && p.done > 0 && p.done < 5000)).toBe(true);
    expect(await readFile(destination)).toEqual(oldBytes);
    expect(await readdir(out)).toEqual(['contacts.vcf']);
    await service.close();
  });

  it('export: with no cancel the file is written whole, and the job ends past its point of no return', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const destination = join(out, 'contacts.csv');
    const { service, tasks, call } = await openWorkspace(dir, { saveTo: destination });
    await seed(service, 2500);
    const seen: TaskProgress[] = [];
    tasks.onProgress((p) => seen.push(p));
    const result = await call('export:save', { selection: everyone, format: 'csv' });
    expect(result.ok).toBe(true);
    const lines = (await readFile(destination, 'utf8')).trimEnd().split('\r\n');
    expect(lines.filter((line) => line.includes('@example.org'))).toHaveLength(2500);
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: 2500, total: 2500, cancellable: false });
    // Cancelling after the end does nothing.
    expect(tasks.cancel(seen.at(-1)?.id ?? '')).toBe(false);
    await service.close();
  });

  it('calendar export: cancelled before the rename, no file appears', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const { service, tasks, call } = await openWorkspace(dir, { saveTo: join(out, 'liaison.ics') });
    cancelWhen(tasks, (p) => p.kind === 'export' && p.subject === 'calendar' && p.phase === 'writing');
    const result = await call('calendar:export', { conferenceId: null });
    expect(failureCode(result)).toBe('cancelled');
    expect(await readdir(out)).toEqual([]);
    await service.close();
  });

  it('participants export: a cancel mid-file keeps the old file byte for byte', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const destination = join(out, 'participants.csv');
    await writeFile(destination, 'the old list\n');
    const { service, tasks, call } = await openWorkspace(dir, { saveTo: destination });
    const conferenceId = crypto.randomUUID();
    const at = new Date().toISOString();
    await service.commit([
      { type: 'conference.create', at, id: conferenceId, data: { name: 'Great Rivers', date: fuzzy('2020'), cityId: null, tentativeCityIds: [], organizerIds: [], notes: '' } },
    ]);
    await seed(service, 5000);
    const ids = Object.keys(service.store.state.contacts);
    for (let start = 0; start < ids.length; start += 1000) {
      await service.commit(ids.slice(start, start + 1000).map((contactId) => ParticipantAddSchema.parse({ type: 'participant.add', at, id: crypto.randomUUID(), data: { conferenceId, contactId } })));
    }
    const { answers } = cancelWhen(tasks, (p) => p.kind === 'export' && p.subject === 'participants' && p.done > 0);
    expect(failureCode(await call('recruitment:exportParticipants', { conferenceId, format: 'csv' }))).toBe('cancelled');
    expect(answers).toEqual([true]);
    expect(await readFile(destination, 'utf8')).toBe('the old list\n');
    expect(await readdir(out)).toEqual(['participants.csv']);
    await service.close();
  });

  it('import: cancelled while reading the file or while planning, nothing is added (read back from disk)', async () => {
    const dir = await tempDir();
    const files = await tempDir();
    const vcf = join(files, 'people.vcf');
    const cards = Array.from({ length: 300 }, (_v, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith${i};Anna;;;\r\nFN:Anna Smith${i}\r\nEMAIL:anna${i}@example.com\r\nEND:VCARD\r\n`);
    await writeFile(vcf, cards.join(''));
    const { service, tasks, call } = await openWorkspace(dir, { open: vcf });
    await seed(service, 10);
    const before = await diskState(dir);

    const reading = cancelWhen(tasks, (p) => p.kind === 'import' && p.phase === 'reading');
    expect(failureCode(await call('import:choose'))).toBe('cancelled');
    expect(reading.answers).toEqual([true]);

    const stopWatching = tasks.onProgress(() => undefined);
    const opened = await call('import:choose');
    stopWatching();
    if (!opened.ok || !(opened.value as { opened: boolean }).opened) throw new Error('the file did not open');
    const { sessionId } = opened.value as { sessionId: string };

    const planning = cancelWhen(tasks, (p) => p.kind === 'import' && p.phase === 'planning');
    expect(failureCode(await call('import:apply', { sessionId }))).toBe('cancelled');
    expect(planning.answers).toEqual([true]);
    const after = await diskState(dir);
    expect(Object.keys(after.contacts)).toHaveLength(Object.keys(before.contacts).length);
    expect(after.seq).toBe(before.seq);
    expect(service.historyStatus().depth).toBe(10 / 10);

    // The session stays open: the same import, not cancelled, lands as one step.
    const committing = cancelWhen(tasks, (p) => p.kind === 'import' && p.phase === 'committing');
    const applied = await call('import:apply', { sessionId });
    expect(applied.ok).toBe(true);
    expect(committing.answers).toEqual([false]);
    await service.close();
    const reopened = await diskState(dir);
    expect(Object.keys(reopened.contacts)).toHaveLength(310);
  });

  it('backup: a cancel while copying leaves no backup file; a cancel while compacting keeps every journal', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const { service, tasks, call } = await openWorkspace(dir, { saveTo: join(out, 'backup.json') });
    await seed(service, 4000);
    await service.store.compact();
    // More than one 1 MB slice, so the cancel lands mid-copy.
    expect((await stat(join(dir, 'liaison.json'))).size).toBeGreaterThan(1024 * 1024);
    await seed(service, 600, 1);

    const copying = cancelWhen(tasks, (p) => p.kind === 'backup' && p.phase === 'copying' && p.done > 0);
    expect(failureCode(await call('backup:toFolder'))).toBe('cancelled');
    expect(copying.answers).toEqual([true]);
    expect(await readdir(out)).toEqual([]);

    await seed(service, 600, 1);
    const journalsBefore = (await readdir(dir)).filter((name) => name.startsWith('journal-'));
    const stateBefore = await diskState(dir);
    const folding = cancelWhen(tasks, (p) => p.kind === 'backup' && p.phase === 'folding' && p.done > 0);
    expect(failureCode(await call('backup:toFolder'))).toBe('cancelled');
    expect(folding.answers).toEqual([true]);
    expect(await readdir(out)).toEqual([]);
    // The journal was rotated for the fold, but every old line is still on disk.
    expect((await readdir(dir)).filter((name) => name.startsWith('journal-'))).toEqual(expect.arrayContaining(journalsBefore));
    expect(await diskState(dir)).toEqual(stateBefore);
    await service.close();
  });

  it('restore: cancelled while verifying, the workspace is untouched; past the swap, a cancel is refused', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const { service, tasks, call, answers } = await openWorkspace(dir, { saveTo: join(out, 'backup.json') });
    await seed(service, 20);
    expect((await call('backup:toFolder')).ok).toBe(true);
    await seed(service, 5);
    answers.open = join(out, 'backup.json');
    const before = await diskState(dir);
    const backupsBefore = await listBackups(nodeFsOps, dir);

    const verifying = cancelWhen(tasks, (p) => p.kind === 'restore' && p.phase === 'verifying');
    expect(failureCode(await call('backup:restore'))).toBe('cancelled');
    expect(verifying.answers).toEqual([true]);
    expect(await diskState(dir)).toEqual(before);
    expect(await listBackups(nodeFsOps, dir)).toEqual(backupsBefore);

    const committing = cancelWhen(tasks, (p) => p.kind === 'restore' && p.phase === 'committing');
    expect((await call('backup:restore')).ok).toBe(true);
    expect(committing.answers).toEqual([false]);
    expect(Object.keys((await diskState(dir)).contacts)).toHaveLength(20);
    await service.close();
  });

  it('compaction (this thread): cancelled while folding, the journal stays as it is and the store reopens whole', async () => {
    const dir = await tempDir();
    const first = await openWorkspace(dir);
    await seed(first.service, 900, 1);
    const before = await diskState(dir);
    const folding = cancelWhen(first.tasks, (p) => p.kind === 'compaction' && p.phase === 'folding' && p.done > 0);
    await expect(first.service.store.compact()).rejects.toBeInstanceOf(TaskCancelledError);
    expect(folding.answers).toEqual([true]);
    expect(folding.seen.at(-1)).toMatchObject({ kind: 'compaction', state: 'cancelled' });
    expect(await diskState(dir)).toEqual(before);
    // Saves go on after a cancelled compaction, and a later one folds everything.
    await seed(first.service, 3, 1);
    await first.service.close();

    const second = await openWorkspace(dir);
    expect(Object.keys(second.service.store.state.contacts)).toHaveLength(903);
    await second.service.store.compact();
    expect((await readdir(dir)).filter((name) => name.startsWith('journal-'))).toHaveLength(1);
    expect(Object.keys((await diskState(dir)).contacts)).toHaveLength(903);
    await second.service.close();
  });

  it('compaction (worker): a cancel stops the worker unless it has begun writing; either way nothing is lost', async () => {
    const dir = await tempDir();
    const first = await openWorkspace(dir, {}, { worker: workerFromSource });
    await seed(first.service, 1900, 1);
    const before = await diskState(dir);
    const folding = cancelWhen(first.tasks, (p) => p.kind === 'compaction' && p.phase === 'folding');
    const outcome = await first.service.store.compact().then(
      () => 'compacted',
      (error: unknown) => (error instanceof TaskCancelledError ? 'cancelled' : error),
    );
    // The worker may have claimed the snapshot write first; then the cancel is refused, never half-done.
    expect(outcome).toBe(folding.answers[0] ? 'cancelled' : 'compacted');
    expect(await diskState(dir)).toEqual(before);
    await first.service.close();
    const second = await openWorkspace(dir);
    expect(Object.keys(second.service.store.state.contacts)).toHaveLength(1900);
    await second.service.close();
  });
});
