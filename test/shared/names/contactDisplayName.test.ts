import { describe, expect, it } from 'vitest';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';

describe('a name is shown in the order of its own culture', () => {
  it('writes a Latin-script name given name first, middle names before the family name', () => {
    expect(contactDisplayName({ family: 'Collins', given: 'Jennifer' })).toBe('Jennifer Collins');
    expect(contactDisplayName({ family: 'Kennedy', given: 'John', middleNames: ['Fitzgerald'] })).toBe('John Fitzgerald Kennedy');
    expect(contactDisplayName({ family: 'García', given: 'José' })).toBe('José García');
  });

  it('writes a Russian name family name first, as Russian lists read', () => {
    expect(contactDisplayName({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна' })).toBe('Иванова Мария Петровна');
  });

  it('shows a contact with only one name part by that part, and a nameless one by nickname or email', () => {
    expect(contactDisplayName({ family: '', given: 'Madonna' })).toBe('Madonna');
    expect(contactDisplayName({ family: 'Collins', given: '' })).toBe('Collins');
    expect(contactDisplayName({ family: '', given: '', emails: [{ value: 'a@b.org', preferred: true }] })).toBe('a@b.org');
  });
});
