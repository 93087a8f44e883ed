import type { ProgramRow, ProgramView } from '../contracts/programChannels';
import { formatCalendarDate } from '../dates/instantInZone';
import { formatFuzzyDate } from '../dates/formatFuzzyDate';
import { en, type MessageKey } from '../i18n/en';
import { ru } from '../i18n/ru';
import { translate, type Params } from '../i18n/translate';
import { formatMinuteOfDay } from './programDays';

/** One item in one language, as the printed program shows it. */
export interface DocumentCell {
  title: string;
  lines: string[];
  description: string;
}

export interface DocumentRow {
  id: string;
  time: string;
  ru: DocumentCell;
  en: DocumentCell;
}

export interface DocumentDay {
  ru: string;
  en: string;
  rows: DocumentRow[];
}

export interface ProgramDocument {
  ru: { title: string; subtitle: string };
  en: { title: string; subtitle: string };
  days: DocumentDay[];
}

/** The printed program's column headings: the same whatever the UI's language, since it shows both. */
export const documentHeadings = { time: 'Время / Time', ru: 'Русский', en: 'English' } as const;

const say = {
  ru: (key: MessageKey, params?: Params) => translate(ru, 'ru', key, params),
  en: (key: MessageKey, params?: Params) => translate(en, 'en', key, params),
};

/**
 * The printable bilingual program: day by day, each item in Russian and in English side by side.
 * Both the CLI's Markdown and the app's print view are made from it, so they say the same.
 * Dropped items are left out; items without a day come last, under "Not placed yet".
 */
export function programDocument(view: ProgramView): ProgramDocument {
  const live = view.items.filter((item) => item.status !== 'dropped');
  const days: DocumentDay[] = [];
  for (let day = 1; day <= view.conference.days; day++) {
    const rows = live.filter((item) => item.day === day);
    if (rows.length === 0) continue;
    const date = view.conference.dayDates[day - 1] ?? null;
    const heading = (lang: 'ru' | 'en') => {
      const name = say[lang]('program.day', { day });
      return date ? `${name} — ${formatCalendarDate(date, lang)}` : name;
    };
    days.push({ ru: heading('ru'), en: heading('en'), rows: rows.map(documentRow) });
  }
  const unplaced = live.filter((item) => item.day === null);
  if (unplaced.length > 0) days.push({ ru: say.ru('program.unplaced'), en: say.en('program.unplaced'), rows: unplaced.map(documentRow) });
  const subtitle = (lang: 'ru' | 'en') => {
    const date = view.conference.date;
    const when = date ? formatFuzzyDate(date, lang) : say[lang]('timelines.noDate');
    const place = view.conference.cityName;
    const line = [when, place].filter(Boolean).join(' · ');
    return view.conference.dateFixed ? line : `${line}. ${say[lang]('program.doc.daysNumbered')}`;
  };
  return {
    ru: { title: say.ru('program.doc.title', { name: view.conference.name }), subtitle: subtitle('ru') },
    en: { title: say.en('program.doc.title', { name: view.conference.name }), subtitle: subtitle('en') },
    days,
  };
}

function documentRow(item: ProgramRow): DocumentRow {
  const end = item.start === null ? null : item.start + item.minutes;
  const time = item.start === null || end === null ? '' : `${formatMinuteOfDay(item.start)}–${formatMinuteOfDay(end % 1440)}`;
  const cell = (lang: 'ru' | 'en'): DocumentCell => {
    const title = lang === 'ru' ? item.titleRu || item.titleEn : item.titleEn || item.titleRu;
    const name = (p: ProgramRow['speakers'][number]) => (lang === 'en' && p.latinName ? p.latinName : p.name);
    const lines = [
      [say[lang](`program.kind.${item.kind}`), item.place].filter(Boolean).join(' · '),
      item.speakers.length > 0 ? say[lang]('program.doc.speakers', { list: item.speakers.map(name).join(', ') }) : '',
      item.moderators.length > 0 ? say[lang]('program.doc.moderators', { list: item.moderators.map(name).join(', ') }) : '',
      item.status === 'confirmed' ? '' : say[lang](`program.status.${item.status}`),
    ].filter(Boolean);
    return { title, lines, description: lang === 'ru' ? item.descriptionRu : item.descriptionEn };
  };
  return { id: item.id, time, ru: cell('ru'), en: cell('en') };
}
