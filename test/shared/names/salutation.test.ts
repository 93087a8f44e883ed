import { describe, expect, it } from 'vitest';
import { autoSalutationEn, autoSalutationRu, contactSalutations } from '../../../electron/shared/names/salutation';
import { ContactInputSchema, type ContactInput } from '../../../electron/shared/schemas/contact';

const contact = (input: ContactInput) => ContactInputSchema.parse(input);

describe('salutations', () => {
  it('addresses a woman and a man by given name and patronymic in Russian, and by the Latin family name in English', () => {
    const maria = contact({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна', gender: 'female' });
    expect(autoSalutationRu(maria)).toBe('Уважаемая Мария Петровна');
    expect(autoSalutationEn(maria)).toBe('Dear Ms. Ivanova');
    const ivan = contact({ family: 'Сидоров', given: 'Иван', patronymic: 'Сергеевич', gender: 'male', familyLatin: 'Sidorov' });
    expect(autoSalutationRu(ivan)).toBe('Уважаемый Иван Сергеевич');
    expect(autoSalutationEn(ivan)).toBe('Dear Mr. Sidorov');
  });

  it('keeps a typed Latin form and the gendered family form as typed', () => {
    const olga = contact({ family: 'Жукова', given: 'Ольга', gender: 'female', familyLatin: 'Zhoukova' });
    expect(autoSalutationEn(olga)).toBe('Dear Ms. Zhoukova');
  });

  it('greets neutrally when the gender is not known', () => {
    const someone = contact({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна' });
    expect(autoSalutationRu(someone)).toBe('Здравствуйте, Мария Петровна!');
    expect(autoSalutationEn(someone)).toBe('Dear Mariia Ivanova');
    expect(autoSalutationEn(contact({ family: 'Smith', given: 'Jordan' }))).toBe('Dear Jordan Smith');
  });

  it('addresses a foreigner by госпожа/господин and the family name, or the whole name given first, never «Уважаемая Jennifer»', () => {
    expect(autoSalutationRu(contact({ family: 'Collins', given: 'Jennifer', gender: 'female' }))).toBe('Уважаемая госпожа Collins');
    expect(autoSalutationRu(contact({ family: 'Smith', given: 'Jordan', gender: 'male' }))).toBe('Уважаемый господин Smith');
    expect(autoSalutationRu(contact({ family: 'Collins', given: 'Jennifer' }))).toBe('Здравствуйте, Jennifer Collins!');
    expect(autoSalutationRu(contact({ given: 'Jennifer', gender: 'female' }))).toBe('Здравствуйте, Jennifer!');
    expect(autoSalutationEn(contact({ family: 'Collins', given: 'Jennifer', gender: 'female' }))).toBe('Dear Ms. Collins');
  });

  it('greets a contact with no name at all without an empty name in either language', () => {
    expect(autoSalutationRu(contact({}))).toBe('Здравствуйте!');
    expect(autoSalutationEn(contact({}))).toBe('Dear Sir or Madam');
  });

  it('falls back to the family name when there is no given name', () => {
    expect(autoSalutationRu(contact({ family: 'Петров', gender: 'male' }))).toBe('Уважаемый Петров');
  });

  it('uses the wording the user typed over the automatic one', () => {
    const maria = contact({ family: 'Иванова', given: 'Мария', gender: 'female', salutationRu: 'Дорогая Маша', salutationEn: ' ' });
    expect(contactSalutations(maria)).toEqual({ ru: 'Дорогая Маша', en: 'Dear Ms. Ivanova' });
  });
});
