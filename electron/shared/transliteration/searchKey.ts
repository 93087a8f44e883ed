/*
 * Search keys: a loose Latin "skeleton" of a word that every common romanisation of the same
 * Russian name shares — ICAO 9303 (passports), BGN/PCGN (maps, the press), GOST 7.79-B (libraries)
 * and informal spellings — and that the Cyrillic original shares too, so either script finds the
 * other. The skeleton is built by rules, not from a list of names:
 *   - Cyrillic letters go straight to one canonical spelling (х -> h, ц -> ts, щ -> sh, ы/й -> i,
 *     ё -> e, ь/ъ -> nothing);
 *   - Latin spellings are read into the same spelling (kh -> h, tz/cz -> ts, shch/shh/sch -> sh,
 *     tch -> ch, y -> i, x -> ks, and for English names th -> t, ph -> f); where a Latin letter is
 *     genuinely ambiguous (c is k or ts, j is дж or й, w is в or у, x is ks or GOST's х, ch inside a
 *     word is ч or German х, o after zh/ch/sh may be ё, h after a vowel may be silent) the word
 *     gets one key per reading, the likeliest first;
 *   - then the sounds that spellings disagree on are merged: doubled letters, ou -> u, ye/ie -> e,
 *     yo/io -> e after a consonant (Fyodorov = Fedorov), iu -> u after a consonant (Lyudmila =
 *     Ludmila), and a final -er may also be -r (Alexander = Aleksandr).
 * Keys are compared by prefix, so a key must only ever be compared with keys made here.
 */

// More readings than this and a word is noise, not a name; later ambiguities keep their first reading.
const MAX_VARIANTS = 8;

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
  і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};

// Letters NFKD does not decompose into a base letter and a mark.
const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

// ь and ъ as romanisations write them (', ", `, ʹ, ʺ, GOST's ``), and BGN's disambiguating middle dot.
const APOSTROPHES = /['"`´‘’ʹʺʼ″·]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const PRINTABLE_ASCII = /^[ -~]*$/;
const DOUBLED = /([a-z])\1+/g;
const IO_AFTER_CONSONANT = /([^aeiou])io/g;
const IU_AFTER_CONSONANT = /([^aeiou])iu/g;
const FINAL_ER = /[^aeiou]er$/;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);
const isLatinConsonant = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z' && !VOWELS.has(ch);

/**
 * Case and accents folded the way a search compares text: lower case, NFKD with combining marks
 * removed (José -> jose, Фёдоров -> федоров, й -> и), and ß/ø/ł and friends spelled out.
 * Apostrophes and punctuation are kept; see `searchKeys` for the skeleton.
 */
export function foldForSearch(text: string): string {
  // Printable ASCII has no marks and nothing to spell out: lower case is the whole fold. Most
  // addresses, phone numbers and English names take this path, which skips normalisation.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of folded) out += LATIN_EXTRA[ch] ?? ch;
  return out;
}

/** The letters and digits of `text`, folded: what a skeleton is built from. */
export function searchLetters(text: string): string {
  return foldForSearch(text).replace(APOSTROPHES, '').replace(NOT_LETTER_OR_DIGIT, '');
}

/**
 * The skeleton keys of a word in either script, its most likely reading first:
 * searchKeys('Сергей'), searchKeys('Sergey') and searchKeys('Sergej') all give ['sergei'], and
 * searchKeys('Alexander') includes searchKeys('Александр')[0]. Spaces and punctuation inside the
 * text are dropped, so pass one word (or a hyphenated name as a whole). Empty for text with no
 * letter or digit.
 */
export function searchKeys(text: string): string[] {
  const letters = searchLetters(text);
  return letters === '' ? [] : skeletons(letters);
}

// The letters that can rewrite what comes before them (kh, sh, ch, th, ph, tz, ck, yo, ye, yu, ou,
// a final -er, ь), in both scripts: a typed prefix may end half-way through such a spelling
// (Mik|hail, Fy|odorov, Alexande|r, Васил|ьевич). Any other next letter only adds to the key.
const NEXT_LETTERS = [...'hczkoeuriyj', ...'еёоуюрьъ'];

/**
 * Keys for text the user is still typing: the keys of `partial` plus those of its one-letter
 * continuations, reduced to the shortest. A word whose typed spelling starts with `partial` has a key
 * that starts with one of these, although `searchKeys(partial)` may not be a prefix of it: "Mik"
 * gives 'mik' and 'mih' (for Mikh-ail = Михаил), "Fy" gives 'fi' and 'fe' (Fyo-dorov = Фёдоров).
 */
export function searchKeysForPrefix(partial: string): string[] {
  const letters = searchLetters(partial);
  if (letters === '') return [];
  const keys = new Set(skeletons(letters));
  for (const next of NEXT_LETTERS) for (const key of skeletons(letters + next)) keys.add(key);
  const shortest: string[] = [];
  for (const key of [...keys].sort()) {
    if (!shortest.some((kept) => key.startsWith(kept))) shortest.push(key);
  }
  return shortest;
}

function skeletons(letters: string): string[] {
  const out: string[] = [];
  for (const spelled of transcribe(letters)) {
    const key = mergeSounds(spelled);
    if (!out.includes(key)) out.push(key);
    // Aleksandr is Alexander, Petr is Peter: the unstressed e of a final -er is often not written.
    if (FINAL_ER.test(key)) {
      const short = key.slice(0, -2) + 'r';
      if (!out.includes(short)) out.push(short);
    }
  }
  return out;
}

function mergeSounds(spelled: string): string {
  return spelled
    .replace(DOUBLED, '$1')
    .replace(/ou/g, 'u') // French and English ou for у: Youri, Louis
    .replace(IO_AFTER_CONSONANT, '$1e') // ё written yo/io/jo: Fyodorov, Khrushchyov, Semyon
    .replace(/ie/g, 'e') // е written ye/ie/je: Yevgeniy, Sergeyev, Solovyev
    .replace(IU_AFTER_CONSONANT, '$1u') // ю after a consonant often written u: Ludmila, Houston
    .replace(DOUBLED, '$1');
}

/** Folded letters to canonical spellings, one per reading of the ambiguous Latin letters. */
function transcribe(w: string): string[] {
  let outs = [''];
  const emit = (...readings: string[]): void => {
    if (readings.length === 1 || outs.length * readings.length > MAX_VARIANTS) {
      const first = readings[0] ?? '';
      outs = outs.map((o) => o + first);
    } else {
      outs = outs.flatMap((o) => readings.map((r) => o + r));
    }
  };

  // Emits the readings of the next `length` letters and says how many letters were read.
  const take = (length: number, ...readings: string[]): number => {
    emit(...readings);
    return length;
  };

  let i = 0;
  while (i < w.length) {
    const ch = w.charAt(i);
    const cyrillic = CYRILLIC[ch];
    if (cyrillic !== undefined) {
      emit(cyrillic);
      i += 1;
      continue;
    }
    const prev = w.charAt(i - 1) || undefined;
    const next = w.charAt(i + 1) || undefined;
    let used = 1;
    switch (ch) {
      case 's':
        // щ: shch (ICAO, BGN), shh (GOST 7.79-B), sch (informal, German)
        if (w.startsWith('shch', i)) used = take(4, 'sh');
        else if (w.startsWith('shh', i) || w.startsWith('sch', i)) used = take(3, 'sh');
        else emit('s');
        break;
      case 't':
        if (w.startsWith('tsch', i)) used = take(4, 'ch'); // Tschaikowsky
        else if (w.startsWith('tch', i)) used = take(3, 'ch'); // Tchaikovsky
        else if (next === 'h') used = take(2, 't'); // Smith = Смит, Thomas = Томас
        else if (next === 'z') used = take(2, 'ts');
        else emit('t');
        break;
      case 'k':
        if (next === 'h') used = take(2, 'h');
        else emit('k');
        break;
      case 'p':
        if (next === 'h') used = take(2, 'f');
        else emit('p');
        break;
      case 'c':
        // ch inside a word is German/Greek х as well as ч: Michail
        if (next === 'h') used = i === 0 ? take(2, 'ch') : take(2, 'ch', 'h');
        else if (next === 'k') used = take(2, 'k');
        else if (next === 'z') used = take(2, 'ts', 'ch'); // GOST-B ц; Polish ч (Czajkowski)
        else if (next === 'e' || next === 'i' || next === 'y') emit('ts', 's');
        else emit('k', 'ts'); // English Clark, GOST-B Cvetkova
        break;
      case 'x':
        emit('ks', 'h'); // Alexander, Maxim, Xenia; GOST-B x for х
        break;
      case 'j':
        if (isVowel(prev)) emit('i'); // Sergej, Andrej
        else if (i === 0) emit('dzh', 'i'); // John = Джон, and Jaroslavl, Jurij
        else emit('i', 'dzh'); // Tatjana; Benjamin = Бенджамин
        break;
      case 'y':
        emit('i');
        break;
      case 'w':
        emit('v', 'u'); // Wladimir = Владимир; Wilson = Уилсон
        break;
      case 'q':
        emit('k');
        break;
      case 'o':
        // ё after ж, ч, ш, щ is often written o: Gorbachov, Khrushchov
        if (/^[csz]h$/.test(w.slice(i - 2, i))) emit('o', 'e');
        else emit('o');
        break;
      case 'h':
        // English h is silent after a vowel: John = Джон, Sarah = Сара
        if (isVowel(prev) && (next === undefined || isLatinConsonant(next))) emit('h', '');
        else emit('h');
        break;
      default:
        emit(ch);
    }
    i += used;
  }
  return outs;
}
