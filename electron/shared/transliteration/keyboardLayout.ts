// The keys of the US QWERTY layout that carry a letter on the Russian ЙЦУКЕН layout, in the same
// order as the Russian letters they carry. Punctuation keys ([ ] ; ' , . `) hold х ъ ж э б ю ё.
const US_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`" + 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~';
const RU_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё' + 'ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';

// One table for both directions: the mapping is its own inverse, so swapping twice restores the text.
const SWAP: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  [...US_KEYS].forEach((us, i) => {
    const ru = RU_KEYS[i];
    if (ru === undefined) throw new Error('keyboardLayout: the two key rows differ in length');
    table.set(us, ru);
    table.set(ru, us);
  });
  return table;
})();

/**
 * Text typed with the wrong keyboard layout, as the user meant it: "Djkujuhfl" (Russian typed on the
 * US layout) becomes "Волгоград" and "ыьшер" (English typed on the Russian layout) becomes "smith".
 * Each character is swapped on its own, so mixed text swaps both ways; characters on keys that carry
 * no letter in the other layout (digits, spaces, @) stay as they are.
 */
export function swapLayout(text: string): string {
  let out = '';
  for (const ch of text) out += SWAP.get(ch) ?? ch;
  return out;
}
