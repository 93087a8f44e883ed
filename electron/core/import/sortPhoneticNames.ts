import type { ContactData } from '../../shared/schemas/contact';
const CYRILLIC = /[\u0400-\u04ff]/u;
const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;

/** The name parts the rule reads, as the contact model types them. */
type Names = Pick<ContactData, 'family' | 'given' | 'patronymic' | 'familyLatin' | 'givenLatin' | 'patronymicLatin' | 'familyPhonetic' | 'givenPhonetic' | 'middlePhonetic'>;

/**
 * Phonetic names (Apple's X-PHONETIC-*, Google's "Phonetic" columns) stay phonetic names: "Dow
 * Jon" under "John Doe" is how it is said, not its Latin form. Only a phonetic part in Latin
 * letters under a part in Cyrillic, with no Latin form given, is that part's Latin form: the Latin
 * form is for a name in another script, and it is what Liaison's own vCard 3.0 and Google exports
 * write there, since Apple and Google show it under the name.
 */
export function sortPhoneticNames<T extends Names>(p: T): T {
  const out = { ...p };
  const pairs = [
    ['family', 'familyLatin', 'familyPhonetic'],
    ['given', 'givenLatin', 'givenPhonetic'],
    ['patronymic', 'patronymicLatin', 'middlePhonetic'],
  ] as const;
  for (const [part, latin, phonetic] of pairs) {
    const said = out[phonetic].trim();
    if (said !== '' && out[latin].trim() === '' && CYRILLIC.test(out[part]) && LATIN_ONLY.test(said)) {
      out[latin] = said;
      out[phonetic] = '';
    }
  }
  return out;
}
