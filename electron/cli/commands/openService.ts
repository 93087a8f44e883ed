import { WorkspaceService } from '../../core/workspace/WorkspaceService';
import { progressLine } from '../progressLine';
import type { CliContext } from '../runCli';

/**
 * Opens the workspace for one command and always closes it (releasing the lock). While it is open,
 * long work draws one progress line on stderr when that is a terminal, and Ctrl+C cancels whatever
 * can still be cancelled safely (the command then fails with the job's sentence, exit 1).
 */
export async function withService<T>(ctx: CliContext, readOnly: boolean, use: (service: WorkspaceService) => Promise<T> | T): Promise<T> {
  const service = await WorkspaceService.open({
    dir: ctx.dataDir,
    owner: 'cli',
    readOnly,
    resourcesDir: ctx.io.resourcesDir,
    clock: ctx.now,
    ...(ctx.io.fs ? { fs: ctx.io.fs } : {}),
  });
  let drawn = false;
  const stopDrawing = ctx.io.progress
    ? service.tasks.onProgress((task) => {
        if (task.state === 'running') {
          ctx.io.err(`\r${progressLine(task)}\x1b[K`);
          drawn = true;
        } else if (drawn) {
          ctx.io.err('\r\x1b[K');
          drawn = false;
        }
      })
    : () => undefined;
  const stopListening =
    ctx.io.onInterrupt?.(() => {
      if (service.tasks.cancelAll() === 0) {
        ctx.io.err(`${drawn ? '\n' : ''}liaison: finishing a step that cannot be stopped safely; it ends in a moment.\n`);
        drawn = false;
      }
    }) ?? (() => undefined);
  try {
    const result = await use(service);
    // The exit status says what is on disk: a refused write that a second attempt saved is saved.
    const retried = service.store.savedOnRetry;
    if (retried) ctx.io.err(`liaison: the disk refused the first write (${retried.code}); the change was written again and is saved.\n`);
    return result;
  } finally {
    try {
      await service.close();
    } finally {
      stopListening();
      stopDrawing();
      if (drawn) ctx.io.err('\r\x1b[K');
    }
  }
}
