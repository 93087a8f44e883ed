import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { DamagedFileError } from '../store/DamagedFileError';
import { NewerSchemaError } from '../store/NewerSchemaError';
import { exportBackupFile } from '../store/exportBackupFile';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';
import { fileStamp } from '../store/backups';
import { TaskCancelledError } from '../tasks/TaskCancelledError';

export function backupHandlers(service: WorkspaceService): HandlersOf<'backup:toFolder' | 'backup:restore'> {
  return {
    'backup:toFolder': async () => {
      const path = await service.platform.chooseSavePath({
        title: 'Back up the workspace',
        defaultName: `liaison-backup-${fileStamp(service.now())}.json`,
        filters: [{ name: 'Liaison backup', extensions: ['json'] }],
      });
      if (path === null) return { saved: false };
      try {
        const bytes = await service.tasks.run('backup', (task) => exportBackupFile(service.store, path, task));
        return { saved: true, path, bytes };
      } catch (error) {
        if (error instanceof TaskCancelledError) throw error;
        const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
        throw new CommandError('rule', phrase('errors.backupWrite', { path, reason }));
      }
    },
    'backup:restore': async () => {
      const [source] = await service.platform.chooseOpenPaths({
        title: 'Restore the workspace from a backup',
        filters: [{ name: 'Liaison backup', extensions: ['json'] }],
        multiple: false,
      });
      if (source === undefined) return { restored: false };
      try {
        return { restored: true, ...(await service.tasks.run('restore', (task) => service.store.restore(source, task))) };
      } catch (error) {
        if (error instanceof TaskCancelledError) throw error;
        // The backup is validated before anything is touched, so a refusal here changed nothing.
        if (error instanceof DamagedFileError || error instanceof NewerSchemaError) {
          throw new CommandError('rule', `${error.message} Nothing was changed; choose another backup.`);
        }
        if (error instanceof Error && 'code' in error) {
          throw new CommandError('rule', phrase('errors.backupUnreadable', { path: source, code: String(error.code) }));
        }
        throw error;
      }
    },
  };
}
