import { afterEach, describe, expect, it } from 'vitest';
import { TableWitness } from '../../../electron/core/queries/TableWitness';
import { at, createContact } from '../../helpers/commands';
import { cityData, openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

describe('whether a table holds any record, without listing its keys', () => {
  it('follows records arriving and going, the remembered one included', () => {
    const witness = new TableWitness();
    const table: Record<string, number> = {};
    expect(witness.hasAny(table)).toBe(false);
    table.a = 1;
    table.b = 2;
    expect(witness.hasAny(table)).toBe(true);
    delete table.a;
    expect(witness.hasAny(table)).toBe(true);
    delete table.b;
    expect(witness.hasAny(table)).toBe(false);
  });

  it('workspace:status says empty only while there is no contact and no city, across undo and redo', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const isEmpty = async () => (await f.call('workspace:status', {})).isEmpty;
    expect(await isEmpty()).toBe(true);
    await f.commit(createContact({ family: 'Орлова' }));
    expect(await isEmpty()).toBe(false);
    await f.commit({ type: 'history.undo', at: at() });
    expect(await isEmpty()).toBe(true);
    await f.commit({ type: 'history.redo', at: at() });
    expect(await isEmpty()).toBe(false);
    await f.commit({ type: 'history.undo', at: at() });
    await f.commit({ type: 'city.create', at: at(), id: crypto.randomUUID(), data: cityData('Samara', 'RU', 'Europe/Samara', 'Самара') });
    expect(await isEmpty()).toBe(false);
  });
});
