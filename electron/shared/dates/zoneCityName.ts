import type { DateLocale } from './formatFuzzyDate';

/** Russian names of the zones a representative meets most; others fall back to the IANA city. */
const russian: Readonly<Record<string, string>> = {
  'Europe/Moscow': 'Москва',
  'Europe/Volgograd': 'Волгоград',
  'Europe/Saratov': 'Саратов',
  'Europe/Astrakhan': 'Астрахань',
  'Europe/Samara': 'Самара',
  'Europe/Ulyanovsk': 'Ульяновск',
  'Europe/Kaliningrad': 'Калининград',
  'Europe/Kirov': 'Киров',
  'Asia/Yekaterinburg': 'Екатеринбург',
  'Asia/Omsk': 'Омск',
  'Asia/Novosibirsk': 'Новосибирск',
  'Asia/Barnaul': 'Барнаул',
  'Asia/Tomsk': 'Томск',
  'Asia/Krasnoyarsk': 'Красноярск',
  'Asia/Irkutsk': 'Иркутск',
  'Asia/Yakutsk': 'Якутск',
  'Asia/Vladivostok': 'Владивосток',
  'Asia/Magadan': 'Магадан',
  'Asia/Kamchatka': 'Камчатка',
  'America/New_York': 'Нью-Йорк',
  'America/Chicago': 'Чикаго',
  'America/Denver': 'Денвер',
  'America/Phoenix': 'Финикс',
  'America/Los_Angeles': 'Лос-Анджелес',
  'America/Anchorage': 'Анкоридж',
  'Pacific/Honolulu': 'Гонолулу',
  UTC: 'UTC',
};

/** "America/New_York" -> "New York" (or "Нью-Йорк"): the short name shown beside a time. */
export function zoneCityName(zone: string, locale: DateLocale): string {
  if (locale === 'ru' && Object.hasOwn(russian, zone)) return russian[zone] ?? zone;
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}
