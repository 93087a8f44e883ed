import { WorkspaceService } from '../../core/workspace/WorkspaceService';
import type { CliContext } from '../runCli';

/** Opens the workspace for one command and always closes it (releasing the lock). */
export async function withService<T>(ctx: CliContext, readOnly: boolean, use: (service: WorkspaceService) => Promise<T> | T): Promise<T> {
  const service = await WorkspaceService.open({
    dir: ctx.dataDir,
    owner: 'cli',
    readOnly,
    resourcesDir: ctx.io.resourcesDir,
    clock: ctx.now,
  });
  try {
    return await use(service);
  } finally {
    await service.close();
  }
}
