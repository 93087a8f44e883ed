import { basename } from 'node:path';
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
  const loss = readOnly ? service.store.journalLoss : null;
  if (loss) {
    // Read-only commands change nothing: they show what a writer would load, and say what it drops.
    const one = loss.dropped === 1;
    const numbers = loss.first === null ? '' : loss.first === loss.last ? ` (number ${loss.first})` : ` (numbers ${loss.first}–${loss.last})`;
    ctx.io.err(
      `liaison: showing the workspace up to change ${loss.loadedUpTo}; ${loss.dropped} saved change${loss.dropped === 1 ? '' : 's'}${numbers} in ${basename(loss.file)} ` +
        `${one ? (loss.kind === 'gap' ? 'comes after a missing change and is' : 'follows a damaged line and is') : loss.kind === 'gap' ? 'come after a missing change and are' : 'follow a damaged line and are'} not shown. Nothing was changed; \`liaison doctor\` says what to do.\n`,
    );
  }
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
