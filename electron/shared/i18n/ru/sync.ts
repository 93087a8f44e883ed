import type { sync as en } from '../en/sync';
import type { Translation } from '../Translation';

/** Совместная работа через сервер синхронизации. */
export const sync = {
  'summary.syncApplied': {
    one: 'Применено {count} изменение из синхронизации',
    few: 'Применены {count} изменения из синхронизации',
    many: 'Применено {count} изменений из синхронизации',
    other: 'Применено {count} изменения из синхронизации',
  },
  'summary.syncResolved': {
    one: 'Разрешён конфликт синхронизации',
    few: 'Разрешены {count} конфликта синхронизации',
    many: 'Разрешено {count} конфликтов синхронизации',
    other: 'Разрешено {count} конфликта синхронизации',
  },
  'sync.error.badUrl': 'Адрес сервера синхронизации «{url}» — не веб-адрес (http:// или https://).',
  'sync.error.unreachable': 'Сервер синхронизации {server} недоступен. Изменения сохранены на этом компьютере и будут отправлены, когда сервер станет доступен.',
  'sync.error.timeout': 'Сервер синхронизации {server} не ответил за {seconds} с. Изменения сохранены на этом компьютере.',
  'sync.error.unauthorized': 'Сервер синхронизации {server} не принял имя пользователя или пароль.',
  'sync.error.forbidden': 'Сервер синхронизации {server} не разрешает этому пользователю работать с базой «{db}».',
  'sync.error.missingDatabase': 'На сервере синхронизации {server} нет базы «{db}».',
  'sync.error.certificate': 'У сервера синхронизации {server} сертификат, которому Liaison не может доверять ({detail}).',
  'sync.error.failed': 'Синхронизация с сервером {server} не удалась: {detail}',
  'sync.skipped.invalid': 'Запись с сервера синхронизации не подходит к этой версии Liaison и оставлена на сервере: {docId} ({detail}).',
} as const satisfies Translation<typeof en>;
