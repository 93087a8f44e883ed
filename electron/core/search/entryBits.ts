// What an index entry says besides its id, in one byte. A posting (slot * 16 + these low bits) keeps
// the field code and ALTERNATIVE; a contact's own entries also carry NOT_WORD, ADDRESS and VALUE.

/** Field codes, 0-5, in the low three bits. */
export const NAMES = 0;
export const ORGANIZATION = 1;
export const CITIES = 2;
export const EMAILS = 3;
export const TAGS = 4;
export const OTHER = 5;
export const FIELD_MASK = 7;
/** The key is a less likely reading of the word (John read as Иохн rather than Джон), which one or two typed letters do not match. */
export const ALTERNATIVE = 8;
/** The bits a posting keeps. */
export const POSTING_BITS = 15;
/** An address or a number: only typed text matches inside it. */
export const NOT_WORD = 16;
/** A key not in the dictionary that is an address (else a number). */
export const ADDRESS = 32;
/** The entry is a field value (its id a value id) and stands for every key of the value. */
export const VALUE = 64;

/**
 * A match in a name outranks the same match anywhere else: a prefix of a name (6-7 x 4) beats an
 * exact organisation or city (9-10 x 2), and an exact name beats everything.
 */
export const FIELD_WEIGHT = [4, 2, 2, 2, 2, 1] as const;
