import { Store } from '../../../electron/core/store/Store';
import { buildCandidacyMove } from '../../../electron/shared/negotiations/buildCandidacyMove';
import type { CandidacyStage } from '../../../electron/shared/schemas/candidacy';
import { CityInputSchema } from '../../../electron/shared/schemas/city';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { at } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

export interface NegotiationFixture {
  dir: string;
  store: Store;
  conference: string;
  other: string;
  cities: { kazan: string; volgograd: string; samara: string; cleveland: string };
  /** Adds a candidacy and returns its id. */
  add(cityId: string, conferenceId?: string): Promise<string>;
  /** Moves through buildCandidacyMove, as the app and the CLI do. */
  move(id: string, stage: CandidacyStage, reason?: string, today?: string): Promise<void>;
}

/** A real store in a temp folder with four cities and two conferences, ready for candidacies. */
export async function negotiationFixture(): Promise<NegotiationFixture> {
  const dir = await tempDir('liaison-neg-');
  const store = await Store.open({ dir, owner: 'app' });
  const city = (nameLatin: string, nameCyrillic: string, country: 'RU' | 'US', zone: string) => ({
    id: crypto.randomUUID(),
    ...CityInputSchema.parse({ nameLatin, nameCyrillic, country, zone }),
  });
  const kazan = city('Kazan', 'Казань', 'RU', 'Europe/Moscow');
  const volgograd = city('Volgograd', 'Волгоград', 'RU', 'Europe/Volgograd');
  const samara = city('Samara', 'Самара', 'RU', 'Europe/Samara');
  const cleveland = city('Cleveland', '', 'US', 'America/New_York');
  const conference = { id: crypto.randomUUID(), ...ConferenceInputSchema.parse({ name: 'US–Russia Sister Cities Summit' }) };
  const other = { id: crypto.randomUUID(), ...ConferenceInputSchema.parse({ name: 'Great Rivers Conference' }) };
  await store.commit([
    { type: 'sample.open', at: at(), cities: [kazan, volgograd, samara, cleveland], organizations: [], partnerships: [], conferences: [conference, other], contacts: [] },
  ]);
  const fixture: NegotiationFixture = {
    dir,
    store,
    conference: conference.id,
    other: other.id,
    cities: { kazan: kazan.id, volgograd: volgograd.id, samara: samara.id, cleveland: cleveland.id },
    async add(cityId, conferenceId = conference.id) {
      const id = crypto.randomUUID();
      await store.commit([{ type: 'candidacy.create', at: at(), id, data: { conferenceId, cityId, contactIds: [], decisionMakerIds: [], notes: '' } }]);
      return id;
    },
    async move(id, stage, reason = '', today = '2026-11-28') {
      await store.commit([buildCandidacyMove(Object.values(store.state.candidacies), { id, stage, reason, at: at(), today, newId: () => crypto.randomUUID() })]);
    },
  };
  return fixture;
}
