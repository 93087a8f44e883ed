import { afterEach, describe, expect, it } from 'vitest';
import { createContact, at } from '../../helpers/commands';
import { cityData, openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

describe('likely duplicates', () => {
  it('pairs contacts by case-folded email, E.164 phone, or transliterated name in the same city, skipping the Trash', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const volgograd = crypto.randomUUID();
    const cleveland = crypto.randomUUID();
    await f.commit(
      { type: 'city.create', at: at(), id: volgograd, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Волгоград') },
      { type: 'city.create', at: at(), id: cleveland, data: cityData('Cleveland', 'US', 'America/New_York') },
    );
    const maria = createContact({ family: 'Иванова', given: 'Мария', cityIds: [volgograd], emails: [{ value: 'M.Ivanova@volgadmin.ru' }] });
    const mariaLatin = createContact({ family: 'Ivanova', given: 'Mariya', cityIds: [volgograd] });
    const mariaMail = createContact({ family: 'Петрова', given: 'Анна', emails: [{ value: 'm.ivanova@VOLGADMIN.ru' }] });
    const phoneRu = createContact({ family: 'Orlov', given: 'Oleg', phones: [{ value: '8 (8442) 12-34-56' }] });
    const phoneIntl = createContact({ family: 'Орлов', given: 'Олег', phones: [{ value: '+7 8442 123456 ext. 12' }] });
    const usA = createContact({ family: 'Smith', given: 'John', cityIds: [cleveland], phones: [{ value: '(216) 555-0100' }] });
    const usB = createContact({ family: 'Smyth', given: 'Jon', phones: [{ value: '+1 216 555 0100' }] });
    const otherCity = createContact({ family: 'Ivanova', given: 'Maria', cityIds: [cleveland] });
    const trashed = createContact({ family: 'Ivanova', given: 'Maria', cityIds: [volgograd] });
    await f.commit(maria, mariaLatin, mariaMail, phoneRu, phoneIntl, usA, usB, otherCity, trashed);
    await f.commit({ type: 'contact.delete', at: at(), ids: [trashed.id] });

    const { pairs, truncated } = await f.call('duplicates:list', {});
    expect(truncated).toBe(false);
    const found = pairs.map((p) => ({ ids: [p.a.id, p.b.id].sort(), reasons: p.reasons, evidence: p.evidence }));
    const pairOf = (x: string, y: string) => found.find((p) => p.ids.join() === [x, y].sort().join());
    expect(pairOf(maria.id, mariaLatin.id)).toMatchObject({ reasons: ['name-city'], evidence: ['Иванова Мария · Volgograd'] });
    expect(pairOf(maria.id, mariaMail.id)).toMatchObject({ reasons: ['email'], evidence: ['m.ivanova@volgadmin.ru'] });
    expect(pairOf(phoneRu.id, phoneIntl.id)).toMatchObject({ reasons: ['phone'], evidence: ['+78442123456'] });
    expect(pairOf(usA.id, usB.id)).toMatchObject({ reasons: ['phone'], evidence: ['+12165550100'] });
    expect(pairOf(maria.id, otherCity.id)).toBeUndefined();
    expect(found.some((p) => p.ids.includes(trashed.id))).toBe(false);
    expect(found).toHaveLength(4);
  });

  it('caps the list and says so', async () => {
    const f = await openServiceFixture();
    open.push(f);
    await f.commit(...Array.from({ length: 5 }, (_, i) => createContact({ family: `P${i}`, emails: [{ value: 'shared@example.org' }] })));
    const { pairs, truncated } = await f.call('duplicates:list', { limit: 3 });
    expect(pairs).toHaveLength(3);
    expect(truncated).toBe(true);
  });
});
