import { describe, expect, it, vi } from 'vitest';
import { forwardTaskProgress } from '../../electron/main/forwardTaskProgress';
import { TaskRegistry } from '../../electron/core/tasks/TaskRegistry';
import { TASK_PROGRESS_EVENT, TaskProgressSchema } from '../../electron/shared/contracts/taskChannels';

vi.mock('electron', () => ({}));

describe('task:progress from main to the window', () => {
  it('sends each long job’s start, progress and end to the window, each a valid TaskProgress', async () => {
    const tasks = new TaskRegistry();
    const send = vi.fn();
    forwardTaskProgress(tasks, () => ({ send, isDestroyed: () => false }));
    await tasks.run('export', async (task) => {
      await Promise.resolve();
      task.setPhase('writing', 3);
      task.commit();
    });
    const sent = send.mock.calls.map(([channel, payload]: unknown[]) => ({ channel, payload: TaskProgressSchema.parse(payload) }));
    expect(sent.every((s) => s.channel === TASK_PROGRESS_EVENT)).toBe(true);
    expect(sent.map((s) => [s.payload.state, s.payload.phase, s.payload.cancellable])).toEqual([
      ['running', 'preparing', true],
      ['running', 'writing', true],
      ['running', 'writing', false],
      ['done', 'writing', false],
    ]);
  });

  it('sends nothing once the window is gone (the compaction at quit goes on without it)', async () => {
    const tasks = new TaskRegistry();
    const send = vi.fn();
    let window: { send: typeof send; isDestroyed: () => boolean } | null = { send, isDestroyed: () => true };
    forwardTaskProgress(tasks, () => window);
    await tasks.run('compaction', () => Promise.resolve());
    window = null;
    await tasks.run('compaction', () => Promise.resolve());
    expect(send).not.toHaveBeenCalled();
  });
});
