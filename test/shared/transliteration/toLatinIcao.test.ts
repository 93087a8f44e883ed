import { describe, expect, it } from 'vitest';
import { toLatinIcao } from '../../../electron/shared/transliteration/toLatinIcao';

// As a Russian passport issued since 2014 prints the name (ICAO Doc 9303).
const PASSPORT_SPELLINGS: readonly [string, string][] = [
  ['Фёдоров', 'Fedorov'],
  ['Юрий', 'Iurii'],
  ['Наталья', 'Natalia'],
  ['Щукин', 'Shchukin'],
  ['Хрущёв', 'Khrushchev'],
  ['Подъячев', 'Podieiachev'],
  ['Ярославль', 'Iaroslavl'],
  ['Цветкова', 'Tsvetkova'],
  ['Солженицын', 'Solzhenitsyn'],
  ['Жуков', 'Zhukov'],
  ['Чайковский', 'Chaikovskii'],
  ['Евгений', 'Evgenii'],
  ['Ксения', 'Kseniia'],
  ['Александр', 'Aleksandr'],
  ['Михаил', 'Mikhail'],
  ['Илья', 'Ilia'],
  ['Ольга', 'Olga'],
  ['Эрмитаж', 'Ermitazh'],
  ['Татьяна', 'Tatiana'],
  ['Сергей', 'Sergei'],
  ['Пётр', 'Petr'],
  ['Нижний Новгород', 'Nizhnii Novgorod'],
  ['Волгоград', 'Volgograd'],
  ['Ассоциация волжских городов', 'Assotsiatsiia volzhskikh gorodov'],
];

describe('toLatinIcao', () => {
  it.each(PASSPORT_SPELLINGS)('writes %s as %s', (cyrillic, latin) => {
    expect(toLatinIcao(cyrillic)).toBe(latin);
  });

  it('shouts a capital inside an all-caps word and title-cases it otherwise', () => {
    expect(toLatinIcao('ЩУКИН')).toBe('SHCHUKIN');
    expect(toLatinIcao('ЮЛИЯ ЩЕРБАКОВА')).toBe('IULIIA SHCHERBAKOVA');
    expect(toLatinIcao('Щ')).toBe('Shch');
    expect(toLatinIcao('Ж. И. Щукина')).toBe('Zh. I. Shchukina');
    expect(toLatinIcao('ЯШ')).toBe('IASH');
  });

  it('leaves what is not Cyrillic as it is', () => {
    expect(toLatinIcao('John Smith, 42 — O’Brien')).toBe('John Smith, 42 — O’Brien');
    expect(toLatinIcao('Иван Smith')).toBe('Ivan Smith');
    expect(toLatinIcao('')).toBe('');
  });

  it('reads й and ё typed as a letter plus a combining mark', () => {
    expect(toLatinIcao('Сергеи\u0306 Фе\u0308доров')).toBe('Sergei Fedorov');
  });

  it('writes Ukrainian and Belarusian letters from the same table', () => {
    expect(toLatinIcao('Ґонта Їжак Єва Ўладзімір')).toBe('Gonta Izhak Ieva Uladzimir');
  });
});
