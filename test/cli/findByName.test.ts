import { describe, expect, it } from 'vitest';
import { findByName } from '../../electron/cli/findByName';

const records = [
  { id: 'a', name: 'Волгоград Summit' },
  { id: 'b', name: 'Volzhsky Forum' },
  { id: 'c', name: 'Great Rivers Conference' },
];
const find = (ref: string) => findByName(records, ref, (r) => [r.name], ['conference', 'conferences']).id;

describe('findByName', () => {
  it('finds by id, whole name, or a prefix no other name shares, in either script', () => {
    expect(find('c')).toBe('c');
    expect(find('Volgograd Summit')).toBe('a');
    expect(find('Volgog')).toBe('a');
    expect(find('Волж')).toBe('b');
    expect(find('great riv')).toBe('c');
  });

  it('refuses a prefix several names share, naming them, and a name nobody has', () => {
    expect(() => find('Vol')).toThrow('“Vol” names 2 conferences (Волгоград Summit; Volzhsky Forum); give more of the name or the id.');
    expect(() => find('Rivers')).toThrow('No conference is named “Rivers”');
  });
});
