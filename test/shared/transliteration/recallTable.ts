/**
 * The committed recall table: a query typed one way must find a contact stored another way.
 * recall.test.ts puts each `finds` among distractor contacts and expects it on the first page.
 * `field` says where the stored text sits (a name unless said otherwise).
 */
export interface RecallRow {
  query: string;
  finds: string;
  field?: 'names' | 'organization' | 'cities';
  /** Which spelling the query uses. */
  how: string;
}

export const RECALL_TABLE: readonly RecallRow[] = [
  // Latin typed, Cyrillic stored
  { query: 'Sergey', finds: 'Сергей', how: 'BGN/PCGN й -> y' },
  { query: 'Sergej', finds: 'Сергей', how: 'GOST 7.79-B й -> j' },
  { query: 'Sergei', finds: 'Сергей', how: 'ICAO' },
  { query: 'Alexander', finds: 'Александр', how: 'informal x and -er' },
  { query: 'Alexandr', finds: 'Александр', how: 'informal x' },
  { query: 'Yury', finds: 'Юрий', how: 'informal' },
  { query: 'Yuriy', finds: 'Юрий', how: 'BGN/PCGN' },
  { query: 'Iurii', finds: 'Юрий', how: 'ICAO' },
  { query: "Natal'ya", finds: 'Наталья', how: 'BGN/PCGN ь -> apostrophe' },
  { query: 'Nataliya', finds: 'Наталья', how: 'informal' },
  { query: 'Fyodorov', finds: 'Фёдоров', how: 'informal ё -> yo' },
  { query: 'Fëdorov', finds: 'Фёдоров', how: 'BGN/PCGN ё -> ë' },
  { query: 'Fiodorov', finds: 'Федоров', how: 'informal ё -> io, stored with е' },
  { query: 'Tatyana', finds: 'Татьяна', how: 'BGN/PCGN' },
  { query: 'Yevgeniy', finds: 'Евгений', how: 'BGN/PCGN initial е -> ye' },
  { query: 'Evgenij', finds: 'Евгений', how: 'GOST 7.79-B' },
  { query: 'Zhukov', finds: 'Жуков', how: 'all systems' },
  { query: 'Khrushchev', finds: 'Хрущёв', how: 'BGN/PCGN' },
  { query: 'Xrushhyov', finds: 'Хрущёв', how: 'GOST 7.79-B х -> x, щ -> shh, ё -> yo' },
  { query: 'Cvetkova', finds: 'Цветкова', how: 'GOST 7.79-B ц -> c' },
  { query: 'Tsvetkova', finds: 'Цветкова', how: 'ICAO, BGN/PCGN' },
  { query: 'Jaroslavl', finds: 'Ярославль', field: 'cities', how: 'German/Czech я -> ja' },
  { query: "Yaroslavl'", finds: 'Ярославль', field: 'cities', how: 'BGN/PCGN' },
  { query: 'Nizhny', finds: 'Нижний Новгород', field: 'cities', how: 'informal' },
  { query: 'Dmitriy', finds: 'Дмитрий', how: 'BGN/PCGN' },
  { query: "Il'ya", finds: 'Илья', how: 'BGN/PCGN' },
  { query: "Ol'ga", finds: 'Ольга', how: 'BGN/PCGN' },
  { query: 'Michail', finds: 'Михаил', how: 'German ch for х' },
  { query: 'Tchaikovsky', finds: 'Чайковский', how: 'French/English tch' },
  { query: 'Vasiliy', finds: 'Василий', how: 'BGN/PCGN' },
  { query: 'Pyotr', finds: 'Пётр', how: 'informal ё -> yo' },
  { query: 'Maxim', finds: 'Максим', how: 'informal x' },
  { query: 'Xenia', finds: 'Ксения', how: 'informal x' },
  { query: 'Alexey', finds: 'Алексей', how: 'informal' },
  { query: 'Schukin', finds: 'Щукин', how: 'informal sch for щ' },
  { query: 'Solzhenitsin', finds: 'Солженицын', how: 'informal ы -> i' },
  { query: 'Volgograd', finds: 'Волгоград', field: 'cities', how: 'all systems' },
  { query: 'Podyachev', finds: 'Подъячев', how: 'BGN/PCGN without the ъ' },
  { query: "Solov'yov", finds: 'Соловьёв', how: 'BGN/PCGN' },
  { query: 'Ludmila', finds: 'Людмила', how: 'informal ю -> u' },
  { query: 'Yelena', finds: 'Елена', how: 'BGN/PCGN' },
  { query: 'Vyacheslav', finds: 'Вячеслав', how: 'BGN/PCGN' },
  { query: 'Gorbachov', finds: 'Горбачёв', how: 'informal ё -> o after ч' },
  { query: "Kry'mov", finds: 'Крымов', how: "GOST 7.79-B ы -> y'" },
  { query: "E'rmitazh", finds: 'Эрмитаж', field: 'organization', how: "GOST 7.79-B э -> e'" },
  { query: 'Gorodskaya Duma', finds: 'Волгоградская городская дума', field: 'organization', how: 'BGN/PCGN, two words' },

  // Cyrillic typed, Latin stored: American officials, and Russians entered in Latin
  { query: 'Джонсон', finds: 'Johnson', how: 'English j, silent h' },
  { query: 'Смит', finds: 'Smith', how: 'English th' },
  { query: 'Миллер', finds: 'Miller', how: 'double l' },
  { query: 'Вашингтон', finds: 'Washington', field: 'cities', how: 'English w as в' },
  { query: 'Уилсон', finds: 'Wilson', how: 'English w as у' },
  { query: 'Кларк', finds: 'Clark', how: 'English c' },
  { query: 'Хьюстон', finds: 'Houston', field: 'cities', how: 'English ou' },
  { query: 'Чикаго', finds: 'Chicago', field: 'cities', how: 'English ch, c' },
  { query: 'Томас', finds: 'Thomas', how: 'English th' },
  { query: 'Филлипс', finds: 'Phillips', how: 'English ph' },
  { query: 'Джон', finds: 'John', how: 'English j, silent h' },
  { query: 'Цинциннати', finds: 'Cincinnati', field: 'cities', how: 'English c before i' },
  { query: 'Сергей', finds: 'Sergey', how: 'Russian stored in Latin' },
  { query: 'Александр', finds: 'Alexander', how: 'Russian stored in Latin' },
  { query: 'Дмитрий', finds: 'Dmitry', how: 'Russian stored in Latin' },
  { query: 'Федоров', finds: 'Fyodorov', how: 'Russian stored in Latin, typed with е' },

  // ё/е, й/и, ь/ъ typed loosely in Cyrillic
  { query: 'Федоров', finds: 'Фёдоров', how: 'е for ё' },
  { query: 'Петр', finds: 'Пётр', how: 'е for ё' },
  { query: 'Сергеи', finds: 'Сергей', how: 'и for й' },
  { query: 'Олга', finds: 'Ольга', how: 'ь left out' },
  { query: 'Подячев', finds: 'Подъячев', how: 'ъ left out' },

  // Typed with the wrong keyboard layout
  { query: 'Djkujuhfl', finds: 'Волгоград', field: 'cities', how: 'Russian on the US layout' },
  { query: 'Cthutq', finds: 'Сергей', how: 'Russian on the US layout' },
  { query: ';erjd', finds: 'Жуков', how: 'Russian on the US layout, ж on the ; key' },
  { query: 'Nfnmzyf', finds: 'Татьяна', how: 'Russian on the US layout' },
  { query: 'ыьшер', finds: 'Smith', how: 'English on the Russian layout' },
  { query: 'ощртыщт', finds: 'Johnson', how: 'English on the Russian layout' },
  { query: 'Cthutq', finds: 'Sergey', how: 'Russian on the US layout, stored in Latin' },

  // A surname in another grammatical case finds its nominative
  { query: 'Смирновой', finds: 'Смирнова', how: 'feminine genitive/dative/instrumental' },
  { query: 'Иванову', finds: 'Иванов', how: 'masculine dative' },
  { query: 'Иванову', finds: 'Иванова', how: 'feminine accusative' },
  { query: 'Петровым', finds: 'Петров', how: 'masculine instrumental' },
  { query: 'Петрове', finds: 'Петров', how: 'masculine prepositional' },
  { query: 'Достоевского', finds: 'Достоевский', how: 'adjectival masculine genitive' },
  { query: 'Вишневской', finds: 'Вишневская', how: 'adjectival feminine genitive' },
];

/** Pairs that look alike to a loose search but are different people or places. */
export interface MissRow {
  query: string;
  mustNotFind: string;
}

export const MUST_NOT_MATCH: readonly MissRow[] = [
  { query: 'Ivanov', mustNotFind: 'Сидоров' },
  { query: 'Olga', mustNotFind: 'Олег' },
  { query: 'Petrov', mustNotFind: 'Попов' },
  { query: 'Tatiana', mustNotFind: 'Наталья' },
  { query: 'Smith', mustNotFind: 'Schmidt' },
  { query: 'Volgograd', mustNotFind: 'Волгодонск' },
  { query: 'Yuri', mustNotFind: 'Юлия' },
  { query: 'Maria', mustNotFind: 'Марина' },
  { query: 'Johnson', mustNotFind: 'Jackson' },
  { query: 'Zhukov', mustNotFind: 'Шуков' },
  { query: 'Иванов', mustNotFind: 'Ivanenko' },
  { query: 'Дмитрий', mustNotFind: 'Dmitrov' },
  // Near-misses of the grammatical cases: the case says which one is meant.
  { query: 'Смирновой', mustNotFind: 'Смирнов' },
  { query: 'Петрове', mustNotFind: 'Петрова' },
  { query: 'Иванову', mustNotFind: 'Ивановский' },
  { query: 'Ivanova', mustNotFind: 'Иванов' },
  { query: 'Smithson', mustNotFind: 'Smith' },
];

/** Queries that must find nobody among the recall test's contacts. */
export const FINDS_NOTHING: readonly string[] = ['Zzyzx', 'Qwxzt', 'Смирновскому', 'Volgograd Memphis', 'Ivanov Johnson', '0000000'];
