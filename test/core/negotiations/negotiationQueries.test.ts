import { afterEach, describe, expect, it } from 'vitest';
import { briefMarkdown } from '../../../electron/core/negotiations/briefMarkdown';
import { NegotiationQueries } from '../../../electron/core/negotiations/NegotiationQueries';
import { OfferInputSchema } from '../../../electron/shared/schemas/offer';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { at } from '../../helpers/commands';
import { negotiationFixture, type NegotiationFixture } from './negotiationFixture';

let open: NegotiationFixture | null = null;
afterEach(async () => {
  await open?.store.close();
  open = null;
});

async function withOffers() {
  const f = await negotiationFixture();
  open = f;
  const kazan = await f.add(f.cities.kazan);
  const volgograd = await f.add(f.cities.volgograd);
  const samara = await f.add(f.cities.samara);
  await f.store.commit([
    {
      type: 'candidacy.setOffer',
      at: at(),
      id: kazan,
      offer: OfferInputSchema.parse({
        venue: { value: 'Kazan Expo | Hall A', source: 'Mayor’s office letter', confirmedOn: '2019-03-12' },
        capacity: { value: 800 },
        free: [{ id: crypto.randomUUID(), label: 'Media partner', value: 'Tatar-inform' }],
      }),
    },
    { type: 'candidacy.setOffer', at: at(), id: volgograd, offer: OfferInputSchema.parse({ venue: { value: 'Volgograd Arena' }, free: [{ id: crypto.randomUUID(), label: 'media  Partner', value: 'V1' }] }) },
  ]);
  await f.store.commit([{ type: 'candidacy.rate', at: at(), id: kazan, item: 'venue', rating: 5 }]);
  await f.store.commit([{ type: 'candidacy.rate', at: at(), id: kazan, item: 'capacity', rating: 2 }]);
  await f.store.commit([{ type: 'conference.setWeight', at: at(), id: f.conference, item: 'venue', weight: 3 }]);
  await f.move(samara, 'declined', 'No direct flights');
  return { f, kazan, volgograd, samara };
}

describe('negotiation queries', () => {
  it('compares candidates as columns and offer items as rows, free items merged by label, with scores and gaps', async () => {
    const { f, kazan, volgograd } = await withOffers();
    const q = new NegotiationQueries(f.store.state, '2026-11-28');
    const comparison = q.compare(f.conference, false);
    // Same stage: by name, Cyrillic first (Волгоград before Казань).
    expect(comparison.columns.map((c) => c.candidacyId)).toEqual([volgograd, kazan]);
    expect(comparison.rows.map((r) => r.key)).toEqual([
      'proposedDates', 'venue', 'capacity', 'hotelRooms', 'hotelRates', 'localFunding', 'inKindSupport', 'visaSupport', 'airLinks', 'nearbyPartnerCities', 'decidesWhoAndBy', 'openQuestions', 'free:media partner',
    ]);
    expect(comparison.rows.find((r) => r.key === 'venue')?.weight).toBe(3);
    const [volgogradColumn, kazanColumn] = comparison.columns;
    expect(kazanColumn?.score.score).toBeCloseTo((3 * 5 + 2) / 4);
    expect(kazanColumn?.score.gaps).toHaveLength(11);
    expect(kazanColumn?.cells['free:media partner']?.item?.value).toBe('Tatar-inform');
    expect(volgogradColumn?.cells['free:media partner']?.item?.value).toBe('V1');
    expect(volgogradColumn?.score.score).toBeNull();
    expect(q.compare(f.conference, true).columns).toHaveLength(3);
  });

  it('highlights only the cells changed after the comparison was marked reviewed', async () => {
    const { f, kazan } = await withOffers();
    const kazanCells = () => new NegotiationQueries(f.store.state, '2026-11-28').compare(f.conference, false).columns.find((c) => c.candidacyId === kazan)?.cells ?? {};
    // Never reviewed: nothing is "changed since" yet.
    expect(Object.values(kazanCells()).some((c) => c.changed)).toBe(false);
    await f.store.commit([{ type: 'conference.markReviewed', at: at(), id: f.conference }]);
    const offer = f.store.state.candidacies[kazan]?.offer;
    await f.store.commit([{ type: 'candidacy.setOffer', at: at(), id: kazan, offer: OfferInputSchema.parse({ ...offer, capacity: { value: 1000 } }) }]);
    expect(Object.entries(kazanCells()).filter(([, c]) => c.changed).map(([key]) => key)).toEqual(['capacity']);
  });

  it('lists the history newest first with before and after, per conference and per candidacy', async () => {
    const { f, samara } = await withOffers();
    const q = new NegotiationQueries(f.store.state, '2026-11-28');
    const all = q.history(f.conference, null);
    expect(all.lines[0]).toMatchObject({ candidacyId: samara, city: 'Самара / Samara', event: { kind: 'stage', before: 'identified', after: 'declined', reason: 'No direct flights' } });
    expect(all.lines.some((l) => l.event.kind === 'offer' && l.event.field === 'venue' && l.event.after === 'Kazan Expo | Hall A')).toBe(true);
    expect(q.history(f.conference, samara).lines.map((l) => l.event.kind)).toEqual(['stage', 'created']);
  });

  it('lists ratings under their city and weights under the comparison, and undo takes a rating back with its line', async () => {
    const { f, kazan } = await withOffers();
    await f.store.commit([{ type: 'candidacy.rate', at: at(), id: kazan, item: 'venue', rating: 3 }]);
    await f.store.commit([{ type: 'conference.setWeight', at: at(), id: f.conference, item: 'capacity', weight: 0 }]);
    const lines = () => new NegotiationQueries(f.store.state, '2026-11-28').history(f.conference, null).lines;
    const said = (kinds: string[]) => lines().filter((l) => kinds.includes(l.event.kind)).map((l) => [l.city, l.event.kind, l.event.field, l.event.before, l.event.after]);
    expect(said(['rating', 'weight'])).toEqual([
      ['', 'weight', 'capacity', '1', '0'],
      ['Казань / Kazan', 'rating', 'venue', '5', '3'],
      ['', 'weight', 'venue', '1', '3'],
      ['Казань / Kazan', 'rating', 'capacity', '', '2'],
      ['Казань / Kazan', 'rating', 'venue', '', '5'],
    ]);
    // One city's history has its ratings, not the comparison's weights.
    expect(new NegotiationQueries(f.store.state, '2026-11-28').history(f.conference, kazan).lines.filter((l) => l.event.kind === 'weight')).toEqual([]);
    await f.store.commit([{ type: 'history.undo', at: at() }]);
    await f.store.commit([{ type: 'history.undo', at: at() }]);
    expect(said(['rating', 'weight'])[0]).toEqual(['', 'weight', 'venue', '1', '3']);
    expect(f.store.state.candidacies[kazan]?.ratings.venue).toBe(5);
  });

  it('shows last contact and the earliest open next step on the board', async () => {
    const { f, kazan } = await withOffers();
    const interaction = (subject: string, when: string, due: string | null) => ({
      type: 'interaction.create' as const,
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'meeting', at: when, zone: 'Europe/Moscow', subject, candidacyIds: [kazan], nextStep: due ? { text: `after ${subject}`, due } : null }),
    });
    await f.store.commit([interaction('First visit', '2026-10-01T08:00:00.000Z', '2026-12-10'), interaction('Second visit', '2026-11-01T08:00:00.000Z', '2026-11-20')]);
    const row = new NegotiationQueries(f.store.state, '2026-11-28').board(f.conference).rows.find((r) => r.id === kazan);
    expect(row?.lastContact).toMatchObject({ subject: 'Second visit', kind: 'meeting' });
    expect(row?.nextStep).toMatchObject({ text: 'after Second visit', due: '2026-11-20', overdue: true });
  });

  it('writes the brief as Markdown: candidates, stage, score, offer, contacts, decision and reasons', async () => {
    const { f, kazan } = await withOffers();
    await f.move(kazan, 'selected', 'Best venue; the governor backs it');
    const markdown = briefMarkdown(new NegotiationQueries(f.store.state, '2026-11-28').brief(f.conference));
    expect(markdown).toContain('# Negotiation brief: US–Russia Sister Cities Summit');
    expect(markdown).toContain('- Host city: Казань / Kazan');
    expect(markdown).toContain('| Казань / Kazan | Selected | 4.3 / 5 (2 rated, 11 not rated) | none yet | none |');
    // A column bar inside a value cannot break the table.
    expect(markdown).toContain('- **Venue:** Kazan Expo \\| Hall A (source: Mayor’s office letter; confirmed 2019-03-12)');
    expect(markdown).toContain('Selected: Казань / Kazan — Best venue; the governor backs it');
    expect(markdown).toContain('- Самара / Samara: Declined — No direct flights');
    expect(markdown.indexOf('### Казань')).toBeLessThan(markdown.indexOf('### Волгоград'));
    expect(markdown.indexOf('### Волгоград')).toBeLessThan(markdown.indexOf('### Самара'));
  });
});
