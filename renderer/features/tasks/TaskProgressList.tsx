import { useEffect } from 'react';
import type { TaskKind, TaskProgress } from '../../../electron/shared/contracts/taskChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { toLocale } from '../../i18n/catalogs';
import type { T } from '../../i18n/createT';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import './tasks.css';

interface Props {
  /** Only jobs of these kinds (a dialog shows its own); all when absent (the app-wide tray). */
  kinds?: readonly TaskKind[];
  /** A dialog that shows the progress itself claims it, so the tray does not show it twice. */
  claim?: boolean;
}

export function taskTitle(t: T, task: Pick<TaskProgress, 'kind' | 'subject'>): string {
  const key: MessageKey = task.kind === 'export' ? `tasks.title.export.${task.subject === 'workspace' ? 'contacts' : task.subject}` : `tasks.title.${task.kind}`;
  return t(key);
}

/** "4,200 of 100,000 records", "3.1 of 12.0 MB", or the phase when the total is not known yet. */
function progressText(t: T, task: TaskProgress, locale: string): string {
  if (task.total === null) return t(`tasks.phase.${task.phase}`);
  if (task.unit === 'bytes') {
    const mb = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return t('tasks.count.bytes', { done: mb.format(task.done / 1_048_576), total: mb.format(task.total / 1_048_576) });
  }
  return t('tasks.count.records', { done: new Intl.NumberFormat(locale).format(task.done), count: task.total });
}

/**
 * The long jobs running now, each a labelled <progress> ("Exporting contacts — 4,200 of 100,000
 * records") with its phase and a Cancel button while cancelling is safe.
 */
export function TaskProgressList({ kinds, claim = false }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => toLocale(s.settings?.locale));
  const all = useAppStore((s) => s.tasks);
  const cancelling = useAppStore((s) => s.cancelling);

  useEffect(() => (claim ? store.getState().claimTasks() : undefined), [claim, store]);

  const tasks = Object.values(all).filter((task) => !kinds || kinds.includes(task.kind));
  if (tasks.length === 0) return null;
  return (
    <ul className="task-list">
      {tasks.map((task) => {
        const title = taskTitle(t, task);
        const label = t('tasks.label', { title, progress: progressText(t, task, locale) });
        const labelId = `task-${task.id}-label`;
        const stopping = cancelling[task.id] === true;
        return (
          <li key={task.id} className="task-row" data-kind={task.kind}>
            <span id={labelId} className="task-label">
              {label}
            </span>
            <progress aria-labelledby={labelId} max={task.total ?? undefined} value={task.total === null ? undefined : task.done} />
            <span className="task-phase muted">{stopping ? t('tasks.cancelling') : task.cancellable ? t(`tasks.phase.${task.phase}`) : t('tasks.finishing')}</span>
            {task.cancellable && (
              <button type="button" className="button" aria-label={t('tasks.cancelNamed', { title })} disabled={stopping} onClick={() => void store.getState().cancelTask(task.id)}>
                {t('tasks.cancel')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
