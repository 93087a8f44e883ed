import type { TaskProgress } from '../shared/contracts/taskChannels';
import { en } from '../shared/i18n/en';
import { translate } from '../shared/i18n/translate';

const say = (key: Parameters<typeof translate>[2], params?: Parameters<typeof translate>[3]) => translate(en, 'en', key, params);

/** "Exporting contacts — 4,200 of 100,000 records": the line the CLI keeps redrawing on a terminal. */
export function progressLine(task: TaskProgress): string {
  const title = say(task.kind === 'export' ? `tasks.title.export.${task.subject === 'workspace' ? 'contacts' : task.subject}` : `tasks.title.${task.kind}`);
  let progress: string;
  if (task.total === null) progress = say(`tasks.phase.${task.phase}`);
  else if (task.unit === 'bytes') {
    const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
    progress = say('tasks.count.bytes', { done: mb(task.done), total: mb(task.total) });
  } else progress = say('tasks.count.records', { done: new Intl.NumberFormat('en').format(task.done), count: task.total });
  return say('tasks.label', { title, progress });
}
