import { useEffect } from 'react';
import { TaskProgressList } from '../features/tasks/TaskProgressList';
import { useT } from '../i18n/useT';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';

/**
 * Long work anywhere in the app (a backup from Settings, a compaction of a large store) with its
 * progress and Cancel, and the sentence a cancel leaves. A dialog that shows its own progress
 * claims it, and the tray steps aside.
 */
export function TaskTray() {
  const t = useT();
  const store = useAppStoreApi();
  const claimed = useAppStore((s) => s.taskClaims > 0);
  const running = useAppStore((s) => Object.keys(s.tasks).length > 0);
  const cancelled = useAppStore((s) => s.lastCancelled);

  useEffect(() => store.getState().connectTasks(), [store]);

  if (claimed || (!running && !cancelled)) return null;
  return (
    <section className="task-tray" aria-label={t('tasks.region')}>
      <TaskProgressList />
      {cancelled && (
        <p className="task-cancelled" role="status">
          {t(`tasks.cancelled.${cancelled.kind}`)}{' '}
          <button type="button" className="button" onClick={() => store.getState().dismissCancelled()}>
            {t('tasks.dismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
