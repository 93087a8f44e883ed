import { z } from 'zod';
import type { City } from '../schemas/city';
import type { Partnership } from '../schemas/partnership';
import { channel } from './channel';

export interface CityOverviewRow {
  city: City;
  /** Partnerships the city is one side of: while any exists, the city cannot be deleted. */
  partnerships: number;
  contacts: number;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface CityRef {
  id: string;
  label: string;
  zone: string;
}

/** An interaction counted as a partnership's exchange: its instant, its day where it happened, what it was. */
export interface PartnershipExchange {
  at: string;
  day: string;
  kind: 'meeting' | 'call' | 'letter' | 'email';
  subject: string;
  interactionId: string;
}

export interface PartnershipRow {
  partnership: Partnership;
  label: string;
  usCity: CityRef | null;
  ruCity: CityRef | null;
  usCoordinators: PersonRef[];
  ruCoordinators: PersonRef[];
  /**
   * The last exchange: the newer of the date stored on the partnership and the day of the newest
   * interaction linked to it or to one of its contacts or coordinators (in the zone it happened
   * in); null when neither is known.
   */
  lastExchange: string | null;
  /** The newest interaction counted for `lastExchange`, if any. */
  lastInteraction?: PartnershipExchange | null;
  /** Active or dormant, with no exchange in the last 12 months (or none recorded). */
  silent: boolean;
  /** Contacts outside the Trash linked to the partnership, by name: the first 50 (see contactCount). */
  contacts: PersonRef[];
  contactCount: number;
}

export const placeChannels = {
  'cities:overview': channel<CityOverviewRow[]>()(z.object({}).strict()),
  'partnerships:list': channel<PartnershipRow[]>()(z.object({}).strict()),
} as const;
