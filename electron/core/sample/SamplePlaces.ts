import type { CommandOf } from '../../shared/commands/commandSchemas';

type SampleOpen = CommandOf<'sample.open'>;

/** The sample's cities and partnerships found by their Latin names, for the story's links. */
export class SamplePlaces {
  constructor(
    private readonly cities: readonly SampleOpen['cities'][number][],
    private readonly partnerships: readonly SampleOpen['partnerships'][number][],
  ) {}

  city(nameLatin: string): string {
    const city = this.cities.find((c) => c.nameLatin === nameLatin);
    if (!city) throw new Error(`The sample names a city its data file lacks: ${nameLatin}`);
    return city.id;
  }

  cityIds(nameLatin: string): string[] {
    return [this.city(nameLatin)];
  }

  partnership(us: string, ru: string): SampleOpen['partnerships'][number] {
    const usId = this.city(us);
    const ruId = this.city(ru);
    const pair = this.partnerships.find((p) => p.usCityId === usId && p.ruCityId === ruId);
    if (!pair) throw new Error(`The sample names a partnership its data file lacks: ${us}–${ru}`);
    return pair;
  }

  partnershipIds(us: string, ru: string): string[] {
    return [this.partnership(us, ru).id];
  }
}
