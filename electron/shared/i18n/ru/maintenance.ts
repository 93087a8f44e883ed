import type { maintenance as en } from '../en/maintenance';
import type { Translation } from '../Translation';

/** Background upkeep of the store, in Russian. */
export const maintenance = {
  'maintenance.title': 'Сохранённые изменения не удалось перенести в файл рабочей области',
} as const satisfies Translation<typeof en>;
