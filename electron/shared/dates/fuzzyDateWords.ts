/**
 * The words the fuzzy-date parser knows, in English and Russian. Russian words are matched by
 * stem so every case reads ("сентябрь", "сентября", "в сентябре"; "осень", "осенью").
 */

export type Part = 'early' | 'mid' | 'late';
export type Season = 'winter' | 'spring' | 'summer' | 'autumn';

const englishMonths: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Russian month stems and abbreviations; "ма" needs the full word (май, мая, мае) to stay apart from "март". */
const russianMonths: readonly RegExp[] = [
  /^(январ(ь|я|е|ю|и|ем)|янв)$/,
  /^(феврал(ь|я|е|ю|и|ем)|фев|февр)$/,
  /^(март[аеу]?|мар)$/,
  /^(апрел(ь|я|е|ю|и|ем)|апр)$/,
  /^(ма[йяею]|маем)$/,
  /^(июн(ь|я|е|ю|и|ем)|июн)$/,
  /^(июл(ь|я|е|ю|и|ем)|июл)$/,
  /^(август[аеу]?|авг)$/,
  /^(сентябр(ь|я|е|ю|и|ем)|сен|сент)$/,
  /^(октябр(ь|я|е|ю|и|ем)|окт)$/,
  /^(ноябр(ь|я|е|ю|и|ем)|ноя|нояб)$/,
  /^(декабр(ь|я|е|ю|и|ем)|дек)$/,
];

export function monthOf(word: string): number | undefined {
  const english = englishMonths.findIndex((names) => names.includes(word));
  if (english >= 0) return english + 1;
  const russian = russianMonths.findIndex((pattern) => pattern.test(word));
  return russian >= 0 ? russian + 1 : undefined;
}

const seasons: Record<Season, RegExp> = {
  winter: /^(winter|зим[аыеуо]|зимой)$/,
  spring: /^(spring|весн[аыеу]|весной)$/,
  summer: /^(summer|лет[оау]|летом)$/,
  autumn: /^(autumn|fall|осен[ьи]|осенью)$/,
};

export function seasonOf(word: string): Season | undefined {
  return (Object.keys(seasons) as Season[]).find((season) => seasons[season].test(word));
}

const parts: Record<Part, RegExp> = {
  early: /^(early|beginning|start|начал[оеау]|нач)$/,
  mid: /^(mid|middle|середин[аеуы])$/,
  late: /^(late|end|конец|конц[еау])$/,
};

export function partOf(word: string): Part | undefined {
  return (Object.keys(parts) as Part[]).find((part) => parts[part].test(word));
}

export function isQuarterWord(word: string): boolean {
  return /^(quarter|qtr|квартал[аеу]?|кв)$/.test(word);
}

const ordinals: readonly RegExp[] = [
  /^(first|1st|i|перв(ый|ого|ом|ая|ой|ую)|1-?(й|го|м|я))$/,
  /^(second|2nd|ii|втор(ой|ого|ом|ая|ую)|2-?(й|го|м|я))$/,
  /^(third|3rd|iii|трет(ий|ьего|ьем|ья|ьей|ью)|3-?(й|го|м|я))$/,
  /^(fourth|4th|iv|четверт(ый|ого|ом|ая|ой|ую)|4-?(й|го|м|я))$/,
];

/** "third", "III", "3-й": the number of a quarter when a quarter word follows. */
/** "week" / «неделя» in the cases a date puts it in ("первая неделя", «в первую неделю»). */
export function isWeekWord(word: string): boolean {
  return /^(week|недел[яиеюь])$/.test(word);
}

/** "last" / «последняя»: the last week of a month. */
export function isLastWord(word: string): boolean {
  return /^(last|final|последн(яя|ей|юю))$/.test(word);
}

export function ordinalOf(word: string): number | undefined {
  const index = ordinals.findIndex((pattern) => pattern.test(word));
  return index >= 0 ? index + 1 : undefined;
}

export function isHedge(word: string): boolean {
  return /^(probably|maybe|perhaps|possibly|likely|tentatively|approximately|approx|around|about|circa|ca|вероятно|возможно|наверное|предположительно|ориентировочно|примерно|около|может)$/.test(
    word,
  );
}

/** Words that join the two ends of a range. */
export function isRangeWord(word: string): boolean {
  return /^(to|through|thru|until|till|or|and|до|по|или|и)$/.test(word);
}

/** Words that carry no date of their own ("in", "the end of", "в", "2019 года"). */
export function isFiller(word: string): boolean {
  return /^(in|of|the|on|between|from|year|в|во|на|с|со|г|гг|год|года|году|между|быть)$/.test(word);
}
