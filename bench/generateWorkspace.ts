import type { City } from '../electron/shared/schemas/city';
import { blankContactData, type Contact } from '../electron/shared/schemas/contact';
import type { Organization } from '../electron/shared/schemas/organization';
import { emptyWorkspace, type Workspace } from '../electron/shared/schemas/workspace';
import { toLatinIcao } from '../electron/shared/transliteration/toLatinIcao';
import { createRandom, type Random } from './random';

/*
 * Seeded workspaces for the benchmarks: the same seed and size always give the same bytes. About
 * 30% of contacts are Russian (Cyrillic names with patronymics, passport Latin forms beside them),
 * the rest American; each has ~15 fields filled the way a representative's address book is: one or
 * two emails and phones, an organisation, a title, a city, languages, tags, sometimes an address,
 * a note and a follow-up cadence. Names repeat as they do in life, which the search index exploits.
 */

const RU_FAMILY = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов',
  'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров',
  'Матвеев', 'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов',
  'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев', 'Фомин', 'Чернов', 'Абрамов',
  'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин', 'Исаев', 'Чернышёв', 'Быков', 'Маслов',
  'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов', 'Филатов', 'Пономарёв', 'Голубев', 'Кудрявцев', 'Прохоров',
  'Наумов', 'Потапов', 'Журавлёв', 'Овчинников', 'Трофимов', 'Леонов', 'Соболев', 'Ермаков', 'Колесников', 'Гончаров',
  'Емельянов', 'Никифоров', 'Грачёв', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов', 'Кириллов', 'Малышев',
  'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов', 'Еремин', 'Тихомиров',
  'Галкин', 'Лукьянов', 'Михеев', 'Скворцов', 'Юдин', 'Белоусов', 'Нестеров', 'Симонов', 'Прокофьев', 'Харитонов',
  'Князев', 'Цветков', 'Левин', 'Митрофанов', 'Воронцов', 'Щукин', 'Хохлов', 'Подъячев', 'Римский-Корсаков', 'Шукшин',
];
const RU_MALE = [
  'Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил', 'Артём',
  'Николай', 'Владимир', 'Денис', 'Павел', 'Роман', 'Олег', 'Игорь', 'Юрий', 'Виктор', 'Константин',
  'Антон', 'Владислав', 'Кирилл', 'Георгий', 'Борис', 'Василий', 'Пётр', 'Григорий', 'Фёдор', 'Леонид',
  'Вадим', 'Станислав', 'Анатолий', 'Геннадий', 'Валерий', 'Ярослав', 'Тимофей', 'Семён', 'Степан', 'Аркадий',
];
const RU_FEMALE = [
  'Анна', 'Елена', 'Ольга', 'Наталья', 'Екатерина', 'Татьяна', 'Ирина', 'Мария', 'Светлана', 'Юлия',
  'Анастасия', 'Людмила', 'Марина', 'Галина', 'Надежда', 'Валентина', 'Дарья', 'Ксения', 'Вера', 'Любовь',
  'Алла', 'Лариса', 'Жанна', 'Полина', 'Софья', 'Виктория', 'Евгения', 'Александра', 'Оксана', 'Лидия',
];
/** The father's name a patronymic is made from; regular forms only, as a generator may. */
const RU_FATHERS = [
  'Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Михаил', 'Николай', 'Владимир',
  'Павел', 'Роман', 'Олег', 'Игорь', 'Юрий', 'Виктор', 'Константин', 'Антон', 'Борис', 'Василий',
  'Пётр', 'Григорий', 'Фёдор', 'Леонид', 'Вадим', 'Анатолий', 'Геннадий', 'Валерий', 'Степан', 'Евгений',
];

const US_FAMILY = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
  'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper',
  'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson',
  'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes',
  'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham',
  'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson',
  'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens',
  'Harrison', 'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen',
  'Freeman', 'Webb', 'Tucker', 'Guzman', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter',
  'Gordon', 'Mendez', 'Silva', 'Shaw', 'Snyder', 'Mason', 'Dixon', 'Munoz', 'Hunt', 'Hicks',
  'Holmes', 'Palmer', 'Wagner', 'Black', 'Robertson', 'Boyd', 'Rose', 'Stone', 'Salazar', 'Fox',
  'Warren', 'Mills', 'Meyer', 'Rice', 'Schmidt', 'Garza', 'Daniels', 'Ferguson', 'Nichols', 'Stephens',
  'Soto', 'Weaver', 'Ryan', 'Gardner', 'Payne', 'Grant', 'Dunn', 'Kelley', 'Spencer', 'Hawkins',
];
const US_GIVEN = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen',
  'Charles', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony', 'Sandra', 'Mark', 'Margaret',
  'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily', 'Paul', 'Donna', 'Joshua', 'Michelle',
  'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah', 'Timothy', 'Stephanie',
  'Ronald', 'Dorothy', 'Jason', 'Rebecca', 'Edward', 'Sharon', 'Jeffrey', 'Laura', 'Ryan', 'Cynthia',
  'Jacob', 'Amy', 'Gary', 'Kathleen', 'Nicholas', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Brenda',
  'Stephen', 'Emma', 'Larry', 'Anna', 'Justin', 'Pamela', 'Scott', 'Nicole', 'Brandon', 'Samantha',
  'Benjamin', 'Katherine', 'Samuel', 'Christine', 'Gregory', 'Helen', 'Alexander', 'Debra', 'Patrick', 'Rachel',
  'Frank', 'Carolyn', 'Raymond', 'Janet', 'Jack', 'Maria', 'Dennis', 'Catherine', 'Jerry', 'Heather',
];

const RU_CITIES: [string, string, string, string][] = [
  ['Волгоград', 'Volgograd', 'Волгоградская область', 'Europe/Volgograd'],
  ['Самара', 'Samara', 'Самарская область', 'Europe/Samara'],
  ['Саратов', 'Saratov', 'Саратовская область', 'Europe/Saratov'],
  ['Казань', 'Kazan', 'Республика Татарстан', 'Europe/Moscow'],
  ['Нижний Новгород', 'Nizhny Novgorod', 'Нижегородская область', 'Europe/Moscow'],
  ['Ярославль', 'Yaroslavl', 'Ярославская область', 'Europe/Moscow'],
  ['Астрахань', 'Astrakhan', 'Астраханская область', 'Europe/Astrakhan'],
  ['Ульяновск', 'Ulyanovsk', 'Ульяновская область', 'Europe/Ulyanovsk'],
  ['Тверь', 'Tver', 'Тверская область', 'Europe/Moscow'],
  ['Кострома', 'Kostroma', 'Костромская область', 'Europe/Moscow'],
  ['Чебоксары', 'Cheboksary', 'Чувашская Республика', 'Europe/Moscow'],
  ['Тольятти', 'Tolyatti', 'Самарская область', 'Europe/Samara'],
  ['Москва', 'Moscow', 'Москва', 'Europe/Moscow'],
  ['Санкт-Петербург', 'Saint Petersburg', 'Санкт-Петербург', 'Europe/Moscow'],
  ['Екатеринбург', 'Yekaterinburg', 'Свердловская область', 'Asia/Yekaterinburg'],
  ['Новосибирск', 'Novosibirsk', 'Новосибирская область', 'Asia/Novosibirsk'],
  ['Красноярск', 'Krasnoyarsk', 'Красноярский край', 'Asia/Krasnoyarsk'],
  ['Иркутск', 'Irkutsk', 'Иркутская область', 'Asia/Irkutsk'],
  ['Владивосток', 'Vladivostok', 'Приморский край', 'Asia/Vladivostok'],
  ['Хабаровск', 'Khabarovsk', 'Хабаровский край', 'Asia/Vladivostok'],
  ['Томск', 'Tomsk', 'Томская область', 'Asia/Tomsk'],
  ['Барнаул', 'Barnaul', 'Алтайский край', 'Asia/Barnaul'],
  ['Пермь', 'Perm', 'Пермский край', 'Asia/Yekaterinburg'],
  ['Уфа', 'Ufa', 'Республика Башкортостан', 'Asia/Yekaterinburg'],
  ['Челябинск', 'Chelyabinsk', 'Челябинская область', 'Asia/Yekaterinburg'],
  ['Омск', 'Omsk', 'Омская область', 'Asia/Omsk'],
  ['Воронеж', 'Voronezh', 'Воронежская область', 'Europe/Moscow'],
  ['Ростов-на-Дону', 'Rostov-on-Don', 'Ростовская область', 'Europe/Moscow'],
  ['Краснодар', 'Krasnodar', 'Краснодарский край', 'Europe/Moscow'],
  ['Калининград', 'Kaliningrad', 'Калининградская область', 'Europe/Kaliningrad'],
  ['Мурманск', 'Murmansk', 'Мурманская область', 'Europe/Moscow'],
  ['Архангельск', 'Arkhangelsk', 'Архангельская область', 'Europe/Moscow'],
  ['Вологда', 'Vologda', 'Вологодская область', 'Europe/Moscow'],
  ['Петрозаводск', 'Petrozavodsk', 'Республика Карелия', 'Europe/Moscow'],
  ['Новгород', 'Veliky Novgorod', 'Новгородская область', 'Europe/Moscow'],
  ['Псков', 'Pskov', 'Псковская область', 'Europe/Moscow'],
  ['Тула', 'Tula', 'Тульская область', 'Europe/Moscow'],
  ['Рязань', 'Ryazan', 'Рязанская область', 'Europe/Moscow'],
  ['Владимир', 'Vladimir', 'Владимирская область', 'Europe/Moscow'],
  ['Иваново', 'Ivanovo', 'Ивановская область', 'Europe/Moscow'],
  ['Пенза', 'Penza', 'Пензенская область', 'Europe/Moscow'],
  ['Оренбург', 'Orenburg', 'Оренбургская область', 'Asia/Yekaterinburg'],
  ['Тюмень', 'Tyumen', 'Тюменская область', 'Asia/Yekaterinburg'],
  ['Курск', 'Kursk', 'Курская область', 'Europe/Moscow'],
  ['Белгород', 'Belgorod', 'Белгородская область', 'Europe/Moscow'],
  ['Липецк', 'Lipetsk', 'Липецкая область', 'Europe/Moscow'],
  ['Тамбов', 'Tambov', 'Тамбовская область', 'Europe/Moscow'],
  ['Смоленск', 'Smolensk', 'Смоленская область', 'Europe/Moscow'],
  ['Калуга', 'Kaluga', 'Калужская область', 'Europe/Moscow'],
  ['Брянск', 'Bryansk', 'Брянская область', 'Europe/Moscow'],
  ['Орёл', 'Oryol', 'Орловская область', 'Europe/Moscow'],
  ['Киров', 'Kirov', 'Кировская область', 'Europe/Kirov'],
  ['Сыктывкар', 'Syktyvkar', 'Республика Коми', 'Europe/Moscow'],
  ['Якутск', 'Yakutsk', 'Республика Саха', 'Asia/Yakutsk'],
  ['Магадан', 'Magadan', 'Магаданская область', 'Asia/Magadan'],
  ['Петропавловск-Камчатский', 'Petropavlovsk-Kamchatsky', 'Камчатский край', 'Asia/Kamchatka'],
  ['Южно-Сахалинск', 'Yuzhno-Sakhalinsk', 'Сахалинская область', 'Asia/Sakhalin'],
  ['Чита', 'Chita', 'Забайкальский край', 'Asia/Chita'],
  ['Улан-Удэ', 'Ulan-Ude', 'Республика Бурятия', 'Asia/Irkutsk'],
  ['Кемерово', 'Kemerovo', 'Кемеровская область', 'Asia/Novokuznetsk'],
];
const US_CITIES: [string, string, string][] = [
  ['Cleveland', 'Ohio', 'America/New_York'], ['Columbus', 'Ohio', 'America/New_York'], ['Cincinnati', 'Ohio', 'America/New_York'],
  ['Pittsburgh', 'Pennsylvania', 'America/New_York'], ['Philadelphia', 'Pennsylvania', 'America/New_York'],
  ['Baltimore', 'Maryland', 'America/New_York'], ['Boston', 'Massachusetts', 'America/New_York'],
  ['Hartford', 'Connecticut', 'America/New_York'], ['Albany', 'New York', 'America/New_York'],
  ['Rochester', 'New York', 'America/New_York'], ['Buffalo', 'New York', 'America/New_York'],
  ['Richmond', 'Virginia', 'America/New_York'], ['Raleigh', 'North Carolina', 'America/New_York'],
  ['Charlotte', 'North Carolina', 'America/New_York'], ['Atlanta', 'Georgia', 'America/New_York'],
  ['Jacksonville', 'Florida', 'America/New_York'], ['Tampa', 'Florida', 'America/New_York'],
  ['Detroit', 'Michigan', 'America/Detroit'], ['Grand Rapids', 'Michigan', 'America/Detroit'],
  ['Indianapolis', 'Indiana', 'America/Indiana/Indianapolis'], ['Louisville', 'Kentucky', 'America/Kentucky/Louisville'],
  ['Nashville', 'Tennessee', 'America/Chicago'], ['Memphis', 'Tennessee', 'America/Chicago'],
  ['Chicago', 'Illinois', 'America/Chicago'], ['Peoria', 'Illinois', 'America/Chicago'],
  ['St. Louis', 'Missouri', 'America/Chicago'], ['Kansas City', 'Missouri', 'America/Chicago'],
  ['Minneapolis', 'Minnesota', 'America/Chicago'], ['St. Paul', 'Minnesota', 'America/Chicago'],
  ['Milwaukee', 'Wisconsin', 'America/Chicago'], ['Madison', 'Wisconsin', 'America/Chicago'],
  ['Des Moines', 'Iowa', 'America/Chicago'], ['Dubuque', 'Iowa', 'America/Chicago'],
  ['New Orleans', 'Louisiana', 'America/Chicago'], ['Baton Rouge', 'Louisiana', 'America/Chicago'],
  ['Natchez', 'Mississippi', 'America/Chicago'], ['Vicksburg', 'Mississippi', 'America/Chicago'],
  ['Little Rock', 'Arkansas', 'America/Chicago'], ['Tulsa', 'Oklahoma', 'America/Chicago'],
  ['Dallas', 'Texas', 'America/Chicago'], ['Houston', 'Texas', 'America/Chicago'], ['Austin', 'Texas', 'America/Chicago'],
  ['San Antonio', 'Texas', 'America/Chicago'], ['Omaha', 'Nebraska', 'America/Chicago'],
  ['Wichita', 'Kansas', 'America/Chicago'], ['Denver', 'Colorado', 'America/Denver'],
  ['Boulder', 'Colorado', 'America/Denver'], ['Salt Lake City', 'Utah', 'America/Denver'],
  ['Albuquerque', 'New Mexico', 'America/Denver'], ['Phoenix', 'Arizona', 'America/Phoenix'],
  ['Tucson', 'Arizona', 'America/Phoenix'], ['Las Vegas', 'Nevada', 'America/Los_Angeles'],
  ['Los Angeles', 'California', 'America/Los_Angeles'], ['San Diego', 'California', 'America/Los_Angeles'],
  ['San Francisco', 'California', 'America/Los_Angeles'], ['Sacramento', 'California', 'America/Los_Angeles'],
  ['Oakland', 'California', 'America/Los_Angeles'], ['San Jose', 'California', 'America/Los_Angeles'],
  ['Portland', 'Oregon', 'America/Los_Angeles'], ['Eugene', 'Oregon', 'America/Los_Angeles'],
  ['Seattle', 'Washington', 'America/Los_Angeles'], ['Tacoma', 'Washington', 'America/Los_Angeles'],
  ['Spokane', 'Washington', 'America/Los_Angeles'], ['Anchorage', 'Alaska', 'America/Anchorage'],
  ['Juneau', 'Alaska', 'America/Juneau'], ['Nome', 'Alaska', 'America/Nome'],
  ['Honolulu', 'Hawaii', 'Pacific/Honolulu'], ['Duluth', 'Minnesota', 'America/Chicago'],
  ['Jackson', 'Mississippi', 'America/Chicago'], ['Burlington', 'Vermont', 'America/New_York'],
];

const RU_ORG_KINDS: [string, string, Organization['kind']][] = [
  ['Администрация города', 'City Administration of', 'city-administration'],
  ['Городская дума', 'City Duma of', 'city-administration'],
  ['Государственный университет', 'State University of', 'university'],
  ['Торгово-промышленная палата', 'Chamber of Commerce of', 'association'],
  ['Фонд развития', 'Development Fund of', 'ngo'],
];
const US_ORG_KINDS: [string, Organization['kind']][] = [
  ['Sister Cities Association', 'association'],
  ['City Council', 'city-administration'],
  ['Office of the Mayor', 'city-administration'],
  ['Community College', 'university'],
  ['Rotary Club', 'ngo'],
  ['Port Authority', 'other'],
  ['Regional Bank', 'company'],
];

const RU_TITLES = ['глава города', 'заместитель главы', 'начальник отдела', 'советник', 'депутат', 'ректор', 'директор', 'специалист по связям', 'председатель', 'переводчик'];
const US_TITLES = ['Mayor', 'Deputy Mayor', 'Council Member', 'Program Director', 'Coordinator', 'President', 'Board Member', 'Volunteer', 'Professor', 'Executive Director'];
const TAGS = ['summit-2019', 'great-rivers', 'volga', 'mississippi', 'youth-exchange', 'education', 'culture', 'trade', 'medicine', 'sports', 'host-city', 'delegation', 'vip', 'press', 'alumni'];
const LANGUAGES = ['ru', 'en', 'de', 'fr', 'es'];
const STREETS_RU = ['ул. Ленина', 'пр. Мира', 'ул. Советская', 'наб. Волжская', 'ул. Гагарина', 'ул. Пушкина', 'пр. Победы'];
const STREETS_US = ['Main St', 'Oak Ave', 'River Rd', 'Washington Blvd', 'Lake Dr', 'Market St', '2nd Ave'];
const NOTES = [
  'Met at the Great Rivers conference.',
  'Prefers email; answers within a week.',
  'Interested in a youth exchange next summer.',
  'Встречались на форуме в Самаре.',
  'Просил прислать программу визита.',
  'Coordinates the hosting committee.',
];
const DOMAINS_RU = ['volgadmin.ru', 'samara.ru', 'gov.example.ru', 'univer.example.ru', 'mail.ru', 'yandex.ru'];
const DOMAINS_US = ['sistercities.example.org', 'city.example.gov', 'gmail.com', 'college.example.edu', 'rotary.example.org'];

export interface GeneratedWorkspace {
  workspace: Workspace;
  /** Ids in creation order, for picking contacts to edit or look up. */
  contactIds: string[];
  cityIds: string[];
  organizationIds: string[];
}

/** A workspace of `size` contacts (plus cities and organisations), the same for the same seed. */
export function generateWorkspace(size: number, seed = 20190921): GeneratedWorkspace {
  const random = createRandom(seed ^ size);
  const ws = emptyWorkspace();
  const epoch = Date.UTC(2018, 0, 1);
  const instant = () => new Date(epoch + Math.floor(random.next() * 600 * 86_400_000)).toISOString();

  const ruCities: City[] = [];
  const usCities: City[] = [];
  for (const [nameCyrillic, nameLatin, region, zone] of RU_CITIES) {
    const at = instant();
    const city: City = { id: random.uuid(), rev: 1, createdAt: at, updatedAt: at, nameLatin, nameCyrillic, region, country: 'RU', zone };
    ws.cities[city.id] = city;
    ruCities.push(city);
  }
  for (const [nameLatin, region, zone] of US_CITIES) {
    const at = instant();
    const city: City = { id: random.uuid(), rev: 1, createdAt: at, updatedAt: at, nameLatin, nameCyrillic: '', region, country: 'US', zone };
    ws.cities[city.id] = city;
    usCities.push(city);
  }

  // About one organisation per 40 contacts, each in a city of its country.
  const orgCount = Math.max(20, Math.round(size / 40));
  const ruOrgs: Organization[] = [];
  const usOrgs: Organization[] = [];
  for (let i = 0; i < orgCount; i++) {
    const at = instant();
    const russian = i % 3 === 0;
    const base = { id: random.uuid(), rev: 1, createdAt: at, updatedAt: at, website: '', notes: '' };
    if (russian) {
      const city = random.pick(ruCities);
      const [ru, en, kind] = random.pick(RU_ORG_KINDS);
      const serial = i >= RU_ORG_KINDS.length * ruCities.length ? ` №${i}` : '';
      const org: Organization = { ...base, name: `${ru} ${city.nameCyrillic}${serial}`, nameLatin: `${en} ${city.nameLatin}${serial}`, kind, cityId: city.id };
      ws.organizations[org.id] = org;
      ruOrgs.push(org);
    } else {
      const city = random.pick(usCities);
      const [en, kind] = random.pick(US_ORG_KINDS);
      const serial = i >= US_ORG_KINDS.length * usCities.length ? ` ${i}` : '';
      const org: Organization = { ...base, name: `${city.nameLatin} ${en}${serial}`, nameLatin: '', kind, cityId: city.id };
      ws.organizations[org.id] = org;
      usOrgs.push(org);
    }
  }

  const contactIds: string[] = [];
  for (let i = 0; i < size; i++) {
    const contact = random.next() < 0.3 ? russianContact(random, instant, ruCities, ruOrgs, i) : americanContact(random, instant, usCities, usOrgs, i);
    ws.contacts[contact.id] = contact;
    contactIds.push(contact.id);
  }
  ws.seq = 1;
  return { workspace: ws, contactIds, cityIds: [...ruCities, ...usCities].map((c) => c.id), organizationIds: [...ruOrgs, ...usOrgs].map((o) => o.id) };
}

function russianContact(random: Random, instant: () => string, cities: City[], orgs: Organization[], serial: number): Contact {
  const female = random.next() < 0.45;
  const familyBase = random.pick(RU_FAMILY);
  const family = female ? feminine(familyBase) : familyBase;
  const given = random.pick(female ? RU_FEMALE : RU_MALE);
  const patronymic = patronymicOf(random.pick(RU_FATHERS), female);
  const org = random.next() < 0.85 ? random.pick(orgs) : undefined;
  const city = org ? (cities.find((c) => c.id === org.cityId) ?? random.pick(cities)) : random.pick(cities);
  const familyLatin = toLatinIcao(family);
  const givenLatin = toLatinIcao(given);
  const local = `${givenLatin.charAt(0)}.${familyLatin.replace(/[^A-Za-z]/g, '')}${serial}`.toLowerCase();
  const created = instant();
  return {
    ...blankContactData(),
    id: random.uuid(),
    rev: 1,
    createdAt: created,
    updatedAt: created,
    family,
    given,
    patronymic,
    gender: female ? 'female' : 'male',
    familyLatin,
    givenLatin,
    patronymicLatin: toLatinIcao(patronymic),
    emails: emails(random, local, DOMAINS_RU),
    phones: phones(random, () => `+7 ${random.int(300, 999)} ${random.int(100, 999)}-${pad2(random.int(0, 99))}-${pad2(random.int(0, 99))}`),
    addresses: random.next() < 0.3 ? [{ label: 'work', preferred: true, street: `${random.pick(STREETS_RU)}, ${random.int(1, 120)}`, city: city.nameCyrillic, region: city.region, postcode: String(random.int(100000, 699999)), country: 'Россия' }] : [],
    organizationId: org?.id ?? null,
    title: random.pick(RU_TITLES),
    cityIds: [city.id],
    partnershipIds: [],
    languages: random.next() < 0.4 ? ['ru', 'en'] : ['ru'],
    tags: tags(random),
    notes: random.next() < 0.25 ? random.pick(NOTES) : '',
    followUp: random.next() < 0.2 ? { everyDays: random.pick([30, 60, 90, 180]) } : null,
  };
}

function americanContact(random: Random, instant: () => string, cities: City[], orgs: Organization[], serial: number): Contact {
  const family = random.pick(US_FAMILY);
  const given = random.pick(US_GIVEN);
  const org = random.next() < 0.8 ? random.pick(orgs) : undefined;
  const city = org ? (cities.find((c) => c.id === org.cityId) ?? random.pick(cities)) : random.pick(cities);
  const local = `${given}.${family}${serial}`.toLowerCase();
  const created = instant();
  return {
    ...blankContactData(),
    id: random.uuid(),
    rev: 1,
    createdAt: created,
    updatedAt: created,
    family,
    given,
    patronymic: '',
    gender: 'unspecified',
    familyLatin: '',
    givenLatin: '',
    patronymicLatin: '',
    emails: emails(random, local, DOMAINS_US),
    phones: phones(random, () => `+1 (${random.int(201, 989)}) ${random.int(200, 999)}-${String(random.int(0, 9999)).padStart(4, '0')}`),
    addresses: random.next() < 0.3 ? [{ label: 'work', preferred: true, street: `${random.int(1, 9999)} ${random.pick(STREETS_US)}`, city: city.nameLatin, region: city.region, postcode: String(random.int(10000, 99999)), country: 'USA' }] : [],
    organizationId: org?.id ?? null,
    title: random.pick(US_TITLES),
    cityIds: [city.id],
    partnershipIds: [],
    languages: random.next() < 0.15 ? ['en', random.pick(LANGUAGES)] : ['en'],
    tags: tags(random),
    notes: random.next() < 0.25 ? random.pick(NOTES) : '',
    followUp: random.next() < 0.2 ? { everyDays: random.pick([30, 60, 90, 180]) } : null,
  };
}

function emails(random: Random, local: string, domains: string[]): Contact['emails'] {
  const list = [{ label: 'work', preferred: true, value: `${local}@${random.pick(domains)}` }];
  if (random.next() < 0.3) list.push({ label: 'home', preferred: false, value: `${local}.home@${random.pick(domains)}` });
  return list;
}

function phones(random: Random, make: () => string): Contact['phones'] {
  const list = [{ label: 'work', preferred: true, value: make() }];
  if (random.next() < 0.4) list.push({ label: 'mobile', preferred: false, value: make() });
  return list;
}

function tags(random: Random): string[] {
  const count = random.int(0, 3);
  const out = new Set<string>();
  for (let i = 0; i < count; i++) out.add(random.pick(TAGS));
  return [...out];
}

/** Иванов -> Иванова, Соловьёв -> Соловьёва, Щукин -> Щукина, Римский-Корсаков -> Римская-Корсакова. */
function feminine(family: string): string {
  return family
    .split('-')
    .map((part) => (part.endsWith('ий') ? `${part.slice(0, -2)}ая` : /(ов|ев|ёв|ин|ын)$/u.test(part) ? `${part}а` : part))
    .join('-');
}

function patronymicOf(father: string, female: boolean): string {
  const special: Record<string, [string, string]> = {
    Пётр: ['Петрович', 'Петровна'],
    Павел: ['Павлович', 'Павловна'],
    Лев: ['Львович', 'Львовна'],
  };
  const known = special[father];
  if (known) return female ? known[1] : known[0];
  if (father.endsWith('ий')) return `${father.slice(0, -2)}ьев${female ? 'на' : 'ич'}`; // Юрий -> Юрьевич
  if (father.endsWith('ай') || father.endsWith('ей')) return `${father.slice(0, -1)}ев${female ? 'на' : 'ич'}`; // Николай, Сергей
  return `${father}ов${female ? 'на' : 'ич'}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
