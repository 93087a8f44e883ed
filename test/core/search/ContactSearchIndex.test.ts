import { describe, expect, it } from 'vitest';
import { ContactSearchIndex, type SearchDoc } from '../../../electron/core/search/ContactSearchIndex';
import { contactSearchDoc, type ContactSearchFields } from '../../../electron/core/search/contactSearchDoc';
import { toLatinIcao } from '../../../electron/shared/transliteration/toLatinIcao';

function doc(id: string, fields: Partial<Omit<SearchDoc, 'id'>>): SearchDoc {
  return { id, names: [], organization: [], cities: [], emails: [], tags: [], ...fields };
}

function indexOf(...docs: SearchDoc[]): ContactSearchIndex {
  const index = new ContactSearchIndex();
  for (const d of docs) index.upsert(d);
  return index;
}

const ids = (index: ContactSearchIndex, query: string, limit = 100): string[] => index.search(query, limit).ids;

describe('ContactSearchIndex ranking', () => {
  it('puts an exact name first, then a name prefix, then other fields, then substrings', () => {
    const index = indexOf(
      doc('email-substring', { names: ['Orlov'], emails: ['sivan@example.org'] }),
      doc('name-substring', { names: ['Loivanova'] }),
      doc('org-exact', { names: ['Kuznetsov'], organization: ['Ivan Foundation'] }),
      doc('name-prefix', { names: ['Ivanov', 'Petr'] }),
      doc('name-exact', { names: ['Smirnov', 'Ivan'] }),
      doc('unrelated', { names: ['Sidorov'] }),
    );
    expect(ids(index, 'ivan')).toEqual(['name-exact', 'name-prefix', 'org-exact', 'name-substring', 'email-substring']);
  });

  it('puts the spelling typed ahead of the same name in the other script', () => {
    const index = indexOf(doc('cyrillic', { names: ['Сергей'] }), doc('latin', { names: ['Sergey'] }));
    expect(ids(index, 'Sergey')).toEqual(['latin', 'cyrillic']);
    expect(ids(index, 'Сергей')).toEqual(['cyrillic', 'latin']);
  });

  it('breaks ties by name, read in Latin, then by id, whatever the order of upserts', () => {
    const docs = [
      doc('4', { names: ['Иванов', 'Борис'] }),
      doc('2', { names: ['Ivanov', 'Anna'] }),
      doc('3', { names: ['Иванов', 'Виктор'] }),
      doc('1', { names: ['Иванов', 'Борис'] }),
    ];
    const expected = ['2', '1', '4', '3']; // anna, boris (id 1, id 4), viktor
    expect(ids(indexOf(...docs), 'Иванов ')).toEqual(expected);
    expect(ids(indexOf(...[...docs].reverse()), 'Иванов ')).toEqual(expected);
  });

  it('returns at most `limit` ids and counts every match in `total`', () => {
    const index = indexOf(...Array.from({ length: 30 }, (_, i) => doc(`p${i}`, { names: ['Петров', `Name${i}`] })));
    const result = index.search('Petrov', 5);
    expect(result.ids).toHaveLength(5);
    expect(result.total).toBe(30);
    expect(index.search('Petrov', 0)).toEqual({ ids: [], total: 30 });
  });
});

describe('ContactSearchIndex matching', () => {
  const people = [
    doc('ivanov-volgograd', { names: ['Иванов', 'Пётр'], cities: ['Волгоград', 'Volgograd'], organization: ['Волгоградская городская дума'] }),
    doc('ivanov-samara', { names: ['Иванов', 'Олег'], cities: ['Самара', 'Samara'] }),
    doc('petrov-volgograd', { names: ['Петров', 'Иван'], cities: ['Волгоград'], emails: ['i.petrov@volgadmin.ru'] }),
    doc('smith-memphis', { names: ['Smith', 'John'], cities: ['Memphis'], organization: ['Sister Cities of Memphis'], tags: ['mayor', 'Great Rivers'] }),
    doc('tsvetkova-nn', { names: ['Цветкова', 'Ксения'], cities: ['Нижний Новгород'], tags: ['мэр'], other: ['Deputy mayor'] }),
  ];
  const index = indexOf(...people);

  it('needs every term to match some field, in any order', () => {
    expect(ids(index, 'Ivanov Volgograd')).toEqual(['ivanov-volgograd']);
    expect(ids(index, 'volgograd ivanov')).toEqual(['ivanov-volgograd']);
    expect(ids(index, 'Иванов Samara')).toEqual(['ivanov-samara']);
    expect(ids(index, 'Ivanov Memphis')).toEqual([]);
  });

  it('finds Cyrillic organisations and cities by Latin queries', () => {
    expect(ids(index, 'gorodskaya duma')).toEqual(['ivanov-volgograd']);
    expect(ids(index, 'Nizhny Novgorod')).toEqual(['tsvetkova-nn']);
    expect(ids(index, 'Volgograd')).toEqual(expect.arrayContaining(['ivanov-volgograd', 'petrov-volgograd']));
  });

  it('finds by email, organisation, city, tag and title', () => {
    expect(ids(index, 'volgadmin')).toEqual(['petrov-volgograd']);
    expect(ids(index, 'i.petrov@volgadmin.ru')).toEqual(['petrov-volgograd']);
    expect(ids(index, 'sister cities')).toEqual(['smith-memphis']);
    expect(ids(index, 'great rivers')).toEqual(['smith-memphis']);
    expect(ids(index, 'мэр')).toEqual(['tsvetkova-nn']);
    expect(ids(index, 'mayor')).toEqual(['smith-memphis', 'tsvetkova-nn']); // a tag outweighs a title
  });

  it('matches one or two letters against the start of names only', () => {
    // Иванов Олег, Иванов Пётр, Петров Иван: equal prefixes, so in name order
    expect(ids(index, 'I')).toEqual(['ivanov-samara', 'ivanov-volgograd', 'petrov-volgograd']);
    expect(ids(index, 'Ив')).toEqual(['ivanov-samara', 'ivanov-volgograd', 'petrov-volgograd']);
    expect(ids(index, 'sm')).toEqual(['smith-memphis']);
    // "me" starts Memphis (a city) and "vo" starts Volgograd: not a name, so no match
    expect(ids(index, 'me')).toEqual([]);
    expect(ids(index, 'vo')).toEqual([]);
  });

  it('finds words typed with the wrong keyboard layout', () => {
    expect(ids(index, 'Djkujuhfl')).toEqual(expect.arrayContaining(['ivanov-volgograd', 'petrov-volgograd']));
    expect(ids(index, 'Bdfyjd')).toEqual(['ivanov-samara', 'ivanov-volgograd']);
    expect(ids(index, 'ыьшер')).toEqual(['smith-memphis']);
  });

  it('keeps finding a name at every letter while it is typed in another spelling', () => {
    const typed = (word: string, from: number): string[] => [...word].slice(from - 1).map((_, i) => word.slice(0, from + i));
    // [typed, stored, letters typed before it shows with the passport spelling beside it]
    const cases: [string, string, number][] = [
      ['Fyodorov', 'Фёдоров', 1],
      ['Khrushchev', 'Хрущёв', 1],
      ['Alexander', 'Александр', 1],
      ['Mikhail', 'Михаил', 1],
      ['Vasilyevich', 'Васильевич', 1],
      ['Tchaikovsky', 'Чайковский', 2], // the passport writes Chaikovskii: T alone is not a start of it
    ];
    // Stored in Cyrillic only, from the second letter on (one letter could be anything) ...
    const cyrillicOnly = indexOf(...cases.map(([, stored]) => doc(stored, { names: [stored] })));
    // ... and, as contactSearchDoc stores it, with the passport spelling beside it, from the first.
    const withPassport = indexOf(...cases.map(([, stored]) => doc(stored, { names: [stored, toLatinIcao(stored)] })));
    for (const [word, stored, from] of cases) {
      for (const prefix of typed(word, 2)) expect(ids(cyrillicOnly, prefix), prefix).toContain(stored);
      for (const prefix of typed(word, from)) expect(ids(withPassport, prefix), prefix).toContain(stored);
    }
  });

  it('does not match a two-letter reading inside other words', () => {
    const stored = indexOf(doc('chaikovsky', { names: ['Чайковский'] }), doc('ivanovich', { names: ['Петров', 'Иван', 'Иванович'] }));
    // "Tch" reads as ch: the start of Чайковский, but ch inside Иванович is no match
    expect(ids(stored, 'Tch')).toEqual(['chaikovsky']);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual({ ids: [], total: 0 });
    expect(index.search('   ')).toEqual({ ids: [], total: 0 });
    expect(index.search(' - / ')).toEqual({ ids: [], total: 0 });
  });
});

describe('ContactSearchIndex updates', () => {
  it('forgets a removed contact and counts what it holds', () => {
    const index = indexOf(doc('a', { names: ['Жуков'] }), doc('b', { names: ['Жукова'] }));
    expect(index.size).toBe(2);
    expect(ids(index, 'Zhukov')).toEqual(['a', 'b']);
    index.remove('a');
    index.remove('missing');
    expect(index.size).toBe(1);
    expect(ids(index, 'Zhukov')).toEqual(['b']);
  });

  it('replaces a contact on upsert with the same id', () => {
    const index = indexOf(doc('a', { names: ['Орлова'] }));
    expect(ids(index, 'Orlova')).toEqual(['a']);
    index.upsert(doc('a', { names: ['Соколова'] }));
    expect(index.size).toBe(1);
    expect(ids(index, 'Orlova')).toEqual([]);
    expect(ids(index, 'Sokolova')).toEqual(['a']);
  });

  it('is empty after clear and usable again', () => {
    const index = indexOf(doc('a', { names: ['Орлова'] }));
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search('Orlova')).toEqual({ ids: [], total: 0 });
    index.upsert(doc('b', { names: ['Orlova'] }));
    expect(ids(index, 'Орлова')).toEqual(['b']);
  });

  it('answers correctly after most contacts are removed and others added', () => {
    const index = new ContactSearchIndex();
    for (let i = 0; i < 3000; i++) index.upsert(doc(`c${i}`, { names: [i % 2 === 0 ? 'Морозов' : 'Moroz', `N${i}`] }));
    expect(index.search('Moroz').total).toBe(3000);
    for (let i = 0; i < 2500; i++) index.remove(`c${i}`);
    index.upsert(doc('new', { names: ['Морозова'] }));
    const result = index.search('Moroz', 1000);
    expect(result.total).toBe(501);
    expect(result.ids).toContain('new');
    expect(result.ids.every((id) => id === 'new' || Number(id.slice(1)) >= 2500)).toBe(true);
  });

  it('gives the same answer whether a later term is checked per contact or through the dictionary', () => {
    const build = (n: number): ContactSearchIndex => {
      const index = new ContactSearchIndex();
      for (let i = 0; i < n; i++) {
        index.upsert(doc(`c${i}`, { names: [i % 2 === 0 ? 'Иванов' : 'Petrov'], cities: [i % 3 === 0 ? 'Волгоград' : 'Samara'] }));
      }
      return index;
    };
    const expected = (n: number): number => Array.from({ length: n }, (_, i) => i).filter((i) => i % 2 === 0 && i % 3 === 0).length;
    for (const n of [60, 15_000]) {
      const result = build(n).search('Volgograd Ivanov', 10);
      expect(result.total).toBe(expected(n));
      // Equal scores: by name, then by id in code-unit order (c0, c10002, ... c1002, ...).
      const matching = Array.from({ length: n }, (_, i) => i).filter((i) => i % 6 === 0).map((i) => `c${i}`);
      expect(result.ids).toEqual(matching.sort().slice(0, 10));
    }
  });
});

describe('contactSearchDoc', () => {
  const contact: ContactSearchFields = {
    id: '7d1c9a52-5c3b-4f0e-9a51-0b1c2d3e4f50',
    family: 'Щукина',
    given: 'Юлия',
    patronymic: 'Сергеевна',
    familyLatin: '',
    givenLatin: 'Julia',
    patronymicLatin: '',
    emails: [{ label: 'work', preferred: true, value: 'y.shchukina@volgograd.ru' }],
    phones: [{ label: 'work', preferred: true, value: '+7 (8442) 38-42-61' }],
    title: 'Head of the international department',
    tags: ['Great Rivers'],
  };

  it('indexes the names as stored, as entered in Latin, and in the passport spelling', () => {
    const d = contactSearchDoc(contact, ['Администрация Волгограда'], ['Волгоград', 'Volgograd']);
    expect(d.names).toEqual(['Щукина', 'Юлия', 'Сергеевна', 'Julia', 'Shchukina', 'Iuliia', 'Sergeevna']);
    expect(d.organization).toEqual(['Администрация Волгограда']);
    expect(d.cities).toEqual(['Волгоград', 'Volgograd']);
    expect(d.emails).toEqual(['y.shchukina@volgograd.ru']);
    expect(d.tags).toEqual(['Great Rivers']);
    expect(d.other).toEqual(['Head of the international department', '78442384261']);
  });

  it('makes a contact findable by name, title, phone and organisation', () => {
    const index = indexOf(contactSearchDoc(contact, ['Администрация Волгограда'], ['Волгоград']), doc('other', { names: ['Smith'] }));
    for (const query of ['Shchukina Iuliia', 'Щукина Юлия', 'Julia Schukina', 'Yulia', 'international', '8442 38-42', 'administratsiya']) {
      expect(ids(index, query), query).toEqual([contact.id]);
    }
  });
});

describe('ContactSearchIndex at 100,000 contacts', () => {
  it('builds and answers search-as-you-type queries', () => {
    const index = new ContactSearchIndex();
    for (const d of syntheticContacts(100_000)) index.upsert(d);
    index.upsert(doc('needle', { names: ['Цветкова', 'Ксения', 'Юрьевна'], cities: ['Ярославль'] }));
    expect(index.size).toBe(100_001);

    for (const query of ['a', 'Iv', 'Ivanov', 'Иванова Ма', 'smith.', 'Volgograd Petrov', 'Djkujuhfl', 'ova']) {
      const result = index.search(query, 50);
      expect(result.total, query).toBeGreaterThan(0);
      expect(result.ids.length, query).toBe(Math.min(50, result.total));
    }
    expect(index.search('Cvetkova Ksenia Yurievna Yaroslavl').ids).toEqual(['needle']);
  });
});

const RU_FAMILY = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Фёдоров', 'Морозов', 'Лебедев', 'Соколов'];
const RU_GIVEN = ['Сергей', 'Мария', 'Юрий', 'Наталья', 'Дмитрий', 'Ольга', 'Алексей', 'Татьяна'];
const EN_FAMILY = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor'];
const EN_GIVEN = ['John', 'Mary', 'Robert', 'Patricia', 'Michael', 'Linda', 'William', 'Susan'];
const CITIES = [['Волгоград', 'Volgograd'], ['Самара', 'Samara'], ['Memphis'], ['St. Louis'], ['Нижний Новгород', 'Nizhny Novgorod']];

/** Deterministic fake contacts: about 30% Russian in Cyrillic, the rest American. */
function syntheticContacts(n: number): SearchDoc[] {
  // mulberry32: a small PRNG that stays exact in 32-bit integer arithmetic
  let seed = 12345;
  const next = (m: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % m;
  };
  const pick = <T,>(list: readonly T[]): T => list[next(list.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const russian = next(10) < 3;
    const family = russian ? pick(RU_FAMILY) + (next(2) === 0 ? 'а' : '') : pick(EN_FAMILY);
    const given = russian ? pick(RU_GIVEN) : pick(EN_GIVEN);
    return doc(`s${i}`, {
      names: [family, given, `${russian ? 'Р' : 'X'}${i.toString(36)}`],
      cities: pick(CITIES),
      organization: [russian ? 'Администрация города' : 'City Council'],
      emails: [`${russian ? 'info' : EN_FAMILY[i % EN_FAMILY.length]?.toLowerCase()}.${i}@${russian ? 'gov.ru' : 'city.gov'}`],
      tags: next(4) === 0 ? ['delegate'] : [],
    });
  });
}
