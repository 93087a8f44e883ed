import { describe, expect, it } from 'vitest';
import { ContactSearchIndex, type SearchDoc } from '../../../electron/core/search/ContactSearchIndex';
import { swapLayout } from '../../../electron/shared/transliteration/keyboardLayout';
import { searchKeys } from '../../../electron/shared/transliteration/searchKey';
import { ReferenceSearch } from '../../helpers/referenceSearch';
import { FINDS_NOTHING, MUST_NOT_MATCH, RECALL_TABLE, type RecallRow } from './recallTable';

// Fifty people and places a sister-cities representative might know, in both scripts.
const DISTRACTOR_NAMES = [
  'Иванов Иван Иванович', 'Петрова Анна Сергеевна', 'Сидоров Олег', 'Кузнецова Мария', 'Смирнов Павел',
  'Попов Николай', 'Васильева Ирина', 'Морозов Андрей', 'Волкова Светлана', 'Лебедев Роман',
  'Соколова Елизавета', 'Козлов Артём', 'Новикова Дарья', 'Зайцев Григорий', 'Павлова Вера',
  'Семенов Борис', 'Голубева Анастасия', 'Виноградов Константин', 'Богданова Оксана', 'Воробьёв Игорь',
  'Орлова Галина', 'Макаров Тимофей', 'Белова Полина', 'Гусев Леонид', 'Тихонова Алла',
  'Robert Brown', 'Jennifer Davis', 'Michael Taylor', 'Linda Moore', 'David Jackson',
  'Patricia White', 'James Martin', 'Barbara Thompson', 'Richard Garcia', 'Susan Martinez',
  'Thomas Robinson', 'Karen Lewis', 'Daniel Walker', 'Nancy Young', 'Paul Allen',
  'Mark King', 'Betty Wright', 'Steven Lopez', 'Helen Hill', 'Kevin Green',
  'Laura Adams', 'Brian Baker', 'Sandra Nelson', 'George Carter', 'Donna Mitchell',
];
const DISTRACTOR_CITIES = ['Самара', 'Казань', 'Saint Louis', 'Memphis', 'Новосибирск', 'Omaha'];
const DISTRACTOR_ORGS = ['Администрация города', 'City Council', 'Sister Cities International', 'Торговая палата'];

function distractors(): SearchDoc[] {
  return DISTRACTOR_NAMES.map((name, i) => ({
    id: `distractor-${String(i).padStart(2, '0')}`,
    names: name.split(' '),
    organization: [DISTRACTOR_ORGS[i % DISTRACTOR_ORGS.length] ?? ''],
    cities: [DISTRACTOR_CITIES[i % DISTRACTOR_CITIES.length] ?? ''],
    emails: [`person${i}@example.org`],
    tags: i % 3 === 0 ? ['мэр'] : ['delegate'],
  }));
}

// The target holds only the stored text (no passport spelling computed beside it), so what finds it
// is the skeleton, not a Latin copy.
function docsWithTarget(finds: string, field: RecallRow['field'] = 'names'): SearchDoc[] {
  return [
    ...distractors(),
    {
      id: 'target',
      names: field === 'names' ? [finds] : ['Ковалёв'],
      organization: field === 'organization' ? [finds] : [],
      cities: field === 'cities' ? [finds] : [],
      emails: [],
      tags: [],
    },
  ];
}

function indexWithTarget(finds: string, field: RecallRow['field'] = 'names'): ContactSearchIndex {
  const index = new ContactSearchIndex();
  for (const doc of docsWithTarget(finds, field)) index.upsert(doc);
  return index;
}

/** Every contact the index finds for `query` (and for it finished, with a space), and every one the reference accepts. */
function foundAndAccepted(query: string, finds: string, field?: RecallRow['field']): { found: string[]; accepted: string[] }[] {
  const index = indexWithTarget(finds, field);
  const reference = new ReferenceSearch(docsWithTarget(finds, field));
  return [query, `${query} `].map((typed) => ({ found: index.search(typed, 10_000).ids.sort(), accepted: reference.matches(typed).sort() }));
}

describe('recall table', () => {
  it('has at least 35 rows', () => {
    expect(RECALL_TABLE.length).toBeGreaterThanOrEqual(35);
  });

  it.each(RECALL_TABLE)('"$query" finds "$finds" ($how) on the first page', ({ query, finds, field }) => {
    const index = indexWithTarget(finds, field);
    // Still typing, and finished (a trailing space): both must find it.
    expect(index.search(query, 10).ids).toContain('target');
    expect(index.search(`${query} `, 10).ids).toContain('target');
  });

  it.each(MUST_NOT_MATCH)('"$query" does not find "$mustNotFind"', ({ query, mustNotFind }) => {
    const index = indexWithTarget(mustNotFind);
    expect(index.search(query, 1000).ids).not.toContain('target');
    expect(index.search(`${query} `, 1000).ids).not.toContain('target');
  });

  it.each(FINDS_NOTHING)('"%s" finds nobody', (query) => {
    const index = indexWithTarget('Ковалёва');
    expect(index.search(query, 1000)).toEqual({ ids: [], total: 0 });
  });
});

describe('precision against a reference matcher', () => {
  // Every contact found must be one the slow scan over the same keys accepts (precision), and every
  // one it accepts must be found (recall against the reference), for the table, the near-misses
  // and the queries that find nothing.
  it.each(RECALL_TABLE)('"$query" finds exactly what the reference accepts ($finds)', ({ query, finds, field }) => {
    for (const { found, accepted } of foundAndAccepted(query, finds, field)) {
      expect(accepted).toContain('target');
      expect(found).toEqual(accepted);
    }
  });

  it.each(MUST_NOT_MATCH)('"$query" finds exactly what the reference accepts, not "$mustNotFind"', ({ query, mustNotFind }) => {
    for (const { found, accepted } of foundAndAccepted(query, mustNotFind)) {
      expect(accepted).not.toContain('target');
      expect(found).toEqual(accepted);
    }
  });

  it.each(FINDS_NOTHING)('"%s" is accepted for nobody by the reference either', (query) => {
    for (const { found, accepted } of foundAndAccepted(query, 'Ковалёва')) {
      expect(accepted).toEqual([]);
      expect(found).toEqual([]);
    }
  });

  it('tells a contact the index would wrongly return from a right one', () => {
    const reference = new ReferenceSearch(docsWithTarget('Смирнов'));
    expect(reference.accepts('Smirnov', 'target')).toBe(true);
    expect(reference.accepts('Смирновой', 'target')).toBe(false);
    expect(reference.accepts('Sm', 'target')).toBe(true);
    expect(reference.accepts('mirnov', 'target')).toBe(true); // inside a word, from three letters
    expect(reference.accepts('Smirnova', 'target')).toBe(false);
  });
});

describe('searchKeys', () => {
  const same = (a: string, b: string): boolean => searchKeys(a).some((key) => searchKeys(b).includes(key));

  it.each([
    ['Sergei', 'Sergey', 'Sergej', 'Сергей'],
    ['Aleksandr', 'Alexander', 'Alexandr', 'Александр'],
    ['Yuri', 'Yury', 'Iurii', 'Yuriy', 'Юрий'],
    ['Natalia', 'Natalya', 'Nataliya', 'Наталья'],
    ['Fedorov', 'Fyodorov', 'Fiodorov', 'Фёдоров', 'Федоров'],
    ['Tatiana', 'Tatyana', 'Татьяна'],
    ['Evgeny', 'Yevgeniy', 'Evgenii', 'Евгений'],
    ['Khrushchev', 'Khrushchyov', 'Хрущёв'],
    ['Tsvetkova', 'Cvetkova', 'Цветкова'],
    ['Yaroslavl', 'Iaroslavl', 'Jaroslavl', 'Ярославль'],
    ['Nizhny', 'Nizhniy', 'Nizhnii', 'Нижний'],
    ['Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrii', 'Дмитрий'],
    ['Ilya', "Il'ya", 'Ilia', 'Илья'],
    ['Olga', "Ol'ga", 'Ольга'],
    ['Mikhail', 'Michail', 'Mihail', 'Михаил'],
    ['Tchaikovsky', 'Chaikovsky', 'Чайковский'],
    ['Vasily', 'Vasiliy', 'Vasilii', 'Василий'],
    ['Pyotr', 'Petr', 'Piotr', 'Пётр'],
    ['Maxim', 'Maksim', 'Максим'],
    ['Ksenia', 'Kseniya', 'Xenia', 'Ксения'],
    ['Aleksei', 'Alexey', 'Aleksey', 'Alexei', 'Алексей'],
    ['Schukin', 'Shchukin', 'Щукин'],
    ['Solzhenitsyn', 'Solzhenitsin', 'Солженицын'],
  ])('gives %s and its other spellings a common key', (...spellings) => {
    const [first, ...rest] = spellings;
    for (const other of rest) expect(same(first ?? '', other), `${first} ~ ${other}`).toBe(true);
  });

  it('folds case and accents of Latin names', () => {
    expect(searchKeys('JOSÉ')).toEqual(searchKeys('jose'));
    expect(searchKeys('Müller')).toEqual(searchKeys('Muller'));
  });

  it('has no key for text without letters or digits', () => {
    expect(searchKeys(" -'. ")).toEqual([]);
  });
});

describe('swapLayout', () => {
  it('reads Russian typed on the US layout, punctuation keys included', () => {
    expect(swapLayout('Djkujuhfl')).toBe('Волгоград');
    expect(swapLayout('Cthutq')).toBe('Сергей');
    expect(swapLayout(';erjd')).toBe('жуков');
    expect(swapLayout('{heo`d')).toBe('Хрущёв');
    expect(swapLayout('"hvbnf:')).toBe('ЭрмитаЖ');
    expect(swapLayout('<jhbc j,]`v')).toBe('Борис объём');
  });

  it('reads English typed on the Russian layout', () => {
    expect(swapLayout('ыьшер')).toBe('smith');
    expect(swapLayout('ыуктуш')).toBe('sernei');
    expect(swapLayout('Ощртыщт')).toBe('Johnson');
  });

  it('is its own inverse and leaves other characters alone', () => {
    const text = 'Иванов Ivan 2019 @ №!';
    expect(swapLayout(swapLayout(text))).toBe(text);
    expect(swapLayout('2019 @ №!')).toBe('2019 @ №!');
  });
});
