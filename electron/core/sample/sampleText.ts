/**
 * The sample's words in the language of the window that opens it: a representative who works in
 * Russian meets the story in Russian (its next steps on Home, its offers, its notes), one who works
 * in English in English. Once opened they are the workspace's own text, like anything the user
 * typed: switching the language later does not rewrite them. Names of people, cities and
 * organisations are not here (the people have both scripts; the conferences keep their names).
 * Fuzzy dates are written so that the date parser reads them (sampleText.test.ts checks both).
 */
export interface SampleText {
  exampleContactNote: string;
  tags: { example: string; hostCity: string; usCommittee: string };
  titles: Record<'anna' | 'ilya' | 'marina' | 'pavel' | 'jordan' | 'casey' | 'riley' | 'morgan' | 'taylor' | 'alex', string>;
  organizationNotes: { network: string; volgaCities: string; russianCities: string };
  conferenceNotes: { summit: string; rivers: string };
  unconfirmedPair: string;
  dates: {
    summit: (year: number) => string;
    summitLabel: (year: number) => string;
    samara: (year: number) => string;
    saratov: (year: number) => string;
    month: (month: number, year: number) => string;
    spring: (year: number) => string;
    probably: (year: number) => string;
  };
  sources: { deputyHead: string; cityAdministration: string; hotelAssociation: string; ownCheck: string; protocol: string; mayorsAdviser: string };
  offers: {
    nizhnyVenue: string;
    nizhnyRooms: string;
    nizhnyRates: string;
    nizhnyFunding: string;
    nizhnyVisas: string;
    nizhnyAir: string;
    nizhnyNearby: string;
    nizhnyDecides: string;
    nizhnyQuestions: string;
    samaraVenue: string;
    samaraAir: string;
    samaraNearby: string;
    saratovVenue: string;
  };
  saratovReason: string;
  interactions: Record<'nizhny' | 'samara' | 'delegation' | 'saratov' | 'rivers' | 'stLouis', { subject: string; notes: string; nextStep?: string }>;
  milestones: { hostChosen: string; programAgreed: string; visaLetters: string; concept: string; conceptNote: string; callForCities: string; riversHost: string };
  tasks: { compareOffers: string; writeToPartners: string };
  declinedReason: string;
  program: { mainHall: string; room2: string; topics: { challenges: string; agriculture: string; youth: string } };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

const en: SampleText = {
  exampleContactNote: 'An invented example contact from the sample workspace.',
  tags: { example: 'example', hostCity: 'host city', usCommittee: 'US committee' },
  titles: {
    anna: 'Head of international relations (example)',
    ilya: 'Deputy head of external relations (example)',
    marina: 'Protocol department (example)',
    pavel: 'Adviser to the mayor (example)',
    jordan: 'Program coordinator (example)',
    casey: 'Chair, St. Louis–Samara committee (example)',
    riley: 'Cleveland–Volgograd committee (example)',
    morgan: 'Minneapolis–Novosibirsk committee (example)',
    taylor: 'Dubuque sister-city volunteer (example)',
    alex: 'La Crosse–Dubna committee (example)',
  },
  organizationNotes: {
    network: 'The US sister-cities network this workspace represents in Russia.',
    volgaCities: 'Interested in a Great Rivers conference of Volga and Mississippi cities.',
    russianCities: 'Develops the summit’s program jointly with Sister Cities International.',
  },
  conferenceNotes: {
    summit: 'In Russia; the host city is being negotiated with a few cities. Recruiting US participants is a big challenge.',
    rivers: 'May take place in Volgograd. US participants come from partner cities on the Mississippi and beyond.',
  },
  unconfirmedPair: 'Not confirmed by a source.',
  dates: {
    summit: (year) => `late September – early October ${year}`,
    summitLabel: (year) => `late September or early October ${year}`,
    samara: (year) => `early October ${year}`,
    saratov: (year) => `September ${year}`,
    month: (month, year) => `${MONTHS_EN[month - 1] ?? 'January'} ${year}`,
    spring: (year) => `spring ${year}`,
    probably: (year) => `probably ${year}`,
  },
  sources: {
    deputyHead: 'Call with the deputy head',
    cityAdministration: 'Letter from the city administration',
    hotelAssociation: 'Hotel association price list',
    ownCheck: 'Our own check',
    protocol: 'Letter from the protocol department',
    mayorsAdviser: 'Meeting with the mayor’s adviser',
  },
  offers: {
    nizhnyVenue: 'Nizhny Novgorod Fair congress centre',
    nizhnyRooms: '420 rooms in 5 hotels',
    nizhnyRates: '5,000–7,500 roubles a night',
    nizhnyFunding: 'The region pays for the venue and local transport',
    nizhnyVisas: 'Invitation letters through the regional foreign-affairs office',
    nizhnyAir: 'Daily flights and a 4-hour fast train from Moscow',
    nizhnyNearby: 'Philadelphia–Nizhny Novgorod is active; Vladimir and Kostroma are a few hours away',
    nizhnyDecides: 'The governor signs; the city council votes in February',
    nizhnyQuestions: 'Who pays for interpretation?',
    samaraVenue: 'Samara Congress Hall on the Volga embankment',
    samaraAir: 'Direct flights from Moscow and Saint Petersburg',
    samaraNearby: 'St. Louis–Samara: the committee is recruiting for Great Rivers too',
    saratovVenue: 'Saratov Conservatory hall',
  },
  saratovReason: 'The region moved its budget for international events to the year after; they would bid for a later conference.',
  interactions: {
    nizhny: {
      subject: 'Nizhny Novgorod: site visit and regional funding',
      notes: 'The region will pay for the venue and local transport. The governor signs; the council votes in February.',
      nextStep: 'Send Nizhny Novgorod the site-visit agenda',
    },
    samara: { subject: 'Samara’s first offer for the summit', notes: 'Venue, capacity and dates, no word yet on hotels or funding.', nextStep: 'Ask Samara for hotel rates and local funding' },
    delegation: {
      subject: 'Size of the US delegation',
      notes: 'About forty mayors and committee members so far; recruiting is the hard part.',
      nextStep: 'Confirm the US delegation’s size with Sister Cities International',
    },
    saratov: { subject: 'Saratov withdraws its candidacy', notes: '' },
    rivers: {
      subject: 'Great Rivers: the idea with the Association of Volga Cities',
      notes: 'Volgograd would host; the association wants Mississippi river cities on the US side.',
      nextStep: 'Send the Great Rivers concept note to the Association of Volga Cities',
    },
    stLouis: { subject: 'St. Louis delegation for Great Rivers', notes: 'Casey confirmed and will ask two council members.' },
  },
  // Titles fit the timeline's label column (26 characters) so the chart shows them whole.
  milestones: {
    hostChosen: 'Host city chosen',
    programAgreed: 'Program agreed',
    visaLetters: 'Visa letters to US guests',
    concept: 'Concept agreed',
    conceptNote: 'With the Association of Volga Cities.',
    callForCities: 'Call for US river cities',
    riversHost: 'Volgograd confirms as host',
  },
  tasks: { compareOffers: 'Compare host-city offers', writeToPartners: 'Write to river partners' },
  declinedReason: 'Cannot travel during the harvest season.',
  program: { mainHall: 'Main hall', room2: 'Room 2', topics: { challenges: 'common challenges', agriculture: 'agriculture', youth: 'youth exchange' } },
};

const ru: SampleText = {
  exampleContactNote: 'Вымышленный контакт из учебной рабочей области.',
  tags: { example: 'пример', hostCity: 'город-кандидат', usCommittee: 'комитет США' },
  titles: {
    anna: 'Начальник управления международных связей (пример)',
    ilya: 'Заместитель начальника управления внешних связей (пример)',
    marina: 'Протокольный отдел (пример)',
    pavel: 'Советник мэра (пример)',
    jordan: 'Координатор программ (пример)',
    casey: 'Председатель комитета Сент-Луис – Самара (пример)',
    riley: 'Комитет Кливленд – Волгоград (пример)',
    morgan: 'Комитет Миннеаполис – Новосибирск (пример)',
    taylor: 'Волонтёр побратимских связей Дубьюка (пример)',
    alex: 'Комитет Ла-Кросс – Дубна (пример)',
  },
  organizationNotes: {
    network: 'Американская сеть городов-побратимов, которую эта рабочая область представляет в России.',
    volgaCities: 'Заинтересована в конференции «Великие реки» для городов Волги и Миссисипи.',
    russianCities: 'Готовит программу саммита вместе с Sister Cities International.',
  },
  conferenceNotes: {
    summit: 'В России; о городе проведения идут переговоры с несколькими городами. Набрать участников из США — главная трудность.',
    rivers: 'Может пройти в Волгограде. Участники из США — из городов-партнёров на Миссисипи и не только.',
  },
  unconfirmedPair: 'Не подтверждено источником.',
  dates: {
    summit: (year) => `конец сентября – начало октября ${year}`,
    summitLabel: (year) => `конец сентября или начало октября ${year}`,
    samara: (year) => `начало октября ${year}`,
    saratov: (year) => `сентябрь ${year}`,
    month: (month, year) => `${MONTHS_RU[month - 1] ?? 'январь'} ${year}`,
    spring: (year) => `весна ${year}`,
    probably: (year) => `вероятно, ${year}`,
  },
  sources: {
    deputyHead: 'Звонок заместителю начальника управления',
    cityAdministration: 'Письмо администрации города',
    hotelAssociation: 'Прайс-лист ассоциации гостиниц',
    ownCheck: 'Наша проверка',
    protocol: 'Письмо протокольного отдела',
    mayorsAdviser: 'Встреча с советником мэра',
  },
  offers: {
    nizhnyVenue: 'Конгресс-центр «Нижегородская ярмарка»',
    nizhnyRooms: '420 номеров в 5 гостиницах',
    nizhnyRates: '5 000–7 500 рублей за ночь',
    nizhnyFunding: 'Область оплачивает площадку и транспорт на месте',
    nizhnyVisas: 'Визовые приглашения через региональное представительство МИД',
    nizhnyAir: 'Ежедневные рейсы и «Ласточка» из Москвы за 4 часа',
    nizhnyNearby: 'Пара Филадельфия – Нижний Новгород действует; Владимир и Кострома в нескольких часах',
    nizhnyDecides: 'Подписывает губернатор; городская дума голосует в феврале',
    nizhnyQuestions: 'Кто платит за перевод?',
    samaraVenue: 'Конгресс-холл на волжской набережной Самары',
    samaraAir: 'Прямые рейсы из Москвы и Санкт-Петербурга',
    samaraNearby: 'Сент-Луис – Самара: комитет набирает участников и для «Великих рек»',
    saratovVenue: 'Зал Саратовской консерватории',
  },
  saratovReason: 'Область перенесла бюджет международных мероприятий на следующий год; на более позднюю конференцию город подаст заявку.',
  interactions: {
    nizhny: {
      subject: 'Нижний Новгород: визит на место и деньги области',
      notes: 'Область оплатит площадку и транспорт на месте. Подписывает губернатор; дума голосует в феврале.',
      nextStep: 'Отправить Нижнему Новгороду программу визита на место',
    },
    samara: {
      subject: 'Первое предложение Самары по саммиту',
      notes: 'Площадка, вместимость и даты; о гостиницах и деньгах пока ни слова.',
      nextStep: 'Запросить у Самары цены гостиниц и местное финансирование',
    },
    delegation: {
      subject: 'Размер делегации США',
      notes: 'Пока около сорока мэров и членов комитетов; набор участников — самое трудное.',
      nextStep: 'Уточнить размер делегации США с Sister Cities International',
    },
    saratov: { subject: 'Саратов отзывает заявку', notes: '' },
    rivers: {
      subject: '«Великие реки»: идея с Ассоциацией волжских городов',
      notes: 'Волгоград готов принять; ассоциация хочет видеть с американской стороны города на Миссисипи.',
      nextStep: 'Отправить Ассоциации волжских городов концепцию «Великих рек»',
    },
    stLouis: { subject: 'Делегация Сент-Луиса на «Великие реки»', notes: 'Кейси подтверждает участие и позовёт двух членов совета.' },
  },
  milestones: {
    hostChosen: 'Город проведения выбран',
    programAgreed: 'Программа согласована',
    visaLetters: 'Визовые письма гостям',
    concept: 'Концепция согласована',
    conceptNote: 'С Ассоциацией волжских городов.',
    callForCities: 'Приглашение городам США',
    riversHost: 'Волгоград подтверждает',
  },
  tasks: { compareOffers: 'Сравнить предложения', writeToPartners: 'Письмо партнёрам на реках' },
  declinedReason: 'Не может ехать в сезон уборки урожая.',
  program: { mainHall: 'Главный зал', room2: 'Зал 2', topics: { challenges: 'общие проблемы', agriculture: 'сельское хозяйство', youth: 'молодёжные обмены' } },
};

export function sampleText(language: 'en' | 'ru'): SampleText {
  return language === 'ru' ? ru : en;
}
