import { describe, expect, it } from 'vitest';
import { matchesName } from '../../renderer/components/matchesName';

describe('matchesName', () => {
  it('finds a name by the start of its words, in either script', () => {
    expect(matchesName(['Volgograd', 'Волгоград'], 'volg')).toBe(true);
    expect(matchesName(['Volgograd', 'Волгоград'], 'Волг')).toBe(true);
    expect(matchesName(['Cleveland – Volgograd'], 'волгоград')).toBe(true);
    expect(matchesName(['Great Rivers Conference'], 'riv conf')).toBe(true);
    expect(matchesName(['Great Rivers Conference'], 'summit')).toBe(false);
    expect(matchesName(['Anything'], '  ')).toBe(true);
  });
});
