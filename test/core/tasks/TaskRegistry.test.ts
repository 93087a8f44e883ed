import { describe, expect, it } from 'vitest';
import { TaskRegistry } from '../../../electron/core/tasks/TaskRegistry';
import { TaskCancelledError } from '../../../electron/core/tasks/TaskCancelledError';
import type { TaskProgress } from '../../../electron/shared/contracts/taskChannels';

/** A registry on a clock the test moves by hand, so throttling is checked without waiting. */
function setup() {
  let now = 0;
  const tasks = new TaskRegistry(() => now);
  const events: TaskProgress[] = [];
  tasks.onProgress((progress) => events.push(progress));
  return { tasks, events, advance: (ms: number) => (now += ms) };
}

describe('TaskRegistry', () => {
  it('sends the start, at most one progress per 100 ms, every phase change and the end', async () => {
    const { tasks, events, advance } = setup();
    await tasks.run('export', async (task) => {
      await Promise.resolve();
      task.setPhase('writing', 1000);
      for (let done = 1; done <= 1000; done++) {
        if (done % 100 === 0) advance(50);
        task.report(done);
      }
      advance(100);
      task.report(1000);
    });
    expect(events[0]).toMatchObject({ kind: 'export', subject: 'contacts', state: 'running', phase: 'preparing', cancellable: true });
    expect(events.at(-1)).toMatchObject({ state: 'done', done: 1000, total: 1000, cancellable: false });
    const running = events.filter((e) => e.state === 'running' && e.phase === 'writing');
    // 1,001 reports over 600 ms: the phase change plus one per 100 ms, not one per record.
    expect(running.length).toBeLessThanOrEqual(8);
    expect(running.map((e) => e.done)).toEqual([...running.map((e) => e.done)].sort((a, b) => a - b));
  });

  it('cancels a job before its point of no return, and refuses after it', async () => {
    const { tasks } = setup();
    const cancelled = tasks.run('import', async (task) => {
      await Promise.resolve();
      task.throwIfCancelled();
      return 'imported';
    });
    const [running] = tasks.list();
    expect(running && tasks.cancel(running.id)).toBe(true);
    await expect(cancelled).rejects.toBeInstanceOf(TaskCancelledError);

    let id = '';
    const committed = tasks.run('import', async (task) => {
      id = task.id;
      task.commit();
      expect(tasks.cancel(id)).toBe(false);
      await Promise.resolve();
      return 'imported';
    });
    await expect(committed).resolves.toBe('imported');
    expect(tasks.cancel(id)).toBe(false);
    expect(tasks.list()).toEqual([]);
  });

  it('reports a cancelled job as cancelled whatever it threw on the way out (an AbortError)', async () => {
    const { tasks, events } = setup();
    const run = tasks.run('import', async (task) => {
      await Promise.resolve();
      task.cancel();
      throw new DOMException('The operation was aborted', 'AbortError');
    });
    await expect(run).rejects.toThrow('Import cancelled; nothing was imported.');
    expect(events.at(-1)).toMatchObject({ state: 'cancelled', cancellable: false });
  });

  it('keeps a quick job quiet when asked to (a small compaction shows no bar)', async () => {
    const { tasks, events } = setup();
    await tasks.run('compaction', () => Promise.resolve(), { quietMs: 10_000 });
    expect(events).toEqual([]);
  });

  it('asks the guard first: a step past its own point of no return refuses the cancel', async () => {
    const { tasks } = setup();
    await tasks.run('backup', async (task) => {
      task.setGuard(() => false);
      expect(tasks.cancel(task.id)).toBe(false);
      task.setGuard(null);
      expect(task.cancellable).toBe(true);
      await Promise.resolve();
    });
  });
});
