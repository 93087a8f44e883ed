import type { Message } from './en';

/**
 * The shape of one feature's translation: exactly the keys of its English file, each a message.
 * A Russian file `satisfies Translation<typeof enFile>`, so a missing or extra key fails to type-check.
 */
export type Translation<T> = { readonly [K in keyof T]: Message };
