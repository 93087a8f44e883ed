import type { WebContents } from 'electron';
import type { TaskRegistry } from '../core/tasks/TaskRegistry';
import { TASK_PROGRESS_EVENT } from '../shared/contracts/taskChannels';

/**
 * Sends every long job's progress to the window as `task:progress`, while there is one: the
 * compaction at quit goes on after the window has closed. Returns the unsubscribe function.
 */
export function forwardTaskProgress(tasks: TaskRegistry, window: () => Pick<WebContents, 'send' | 'isDestroyed'> | null): () => void {
  return tasks.onProgress((progress) => {
    const contents = window();
    if (contents && !contents.isDestroyed()) contents.send(TASK_PROGRESS_EVENT, progress);
  });
}
