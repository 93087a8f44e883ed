import { z } from 'zod';
import { IdSchema } from '../schemas/common';
import type { Interaction } from '../schemas/interaction';
import { channel } from './channel';
import type { CityRef, PersonRef } from './placeChannels';

export interface LinkRef {
  id: string;
  label: string;
}

/** One entry of the Interaction log, its links resolved to names. */
export interface InteractionRow {
  interaction: Interaction;
  participants: PersonRef[];
  cities: CityRef[];
  partnerships: LinkRef[];
  conferences: LinkRef[];
  candidacies: LinkRef[];
}

/** What an interaction can be linked to, for the log's form. */
export interface InteractionLinkOptions {
  cities: CityRef[];
  partnerships: LinkRef[];
  conferences: LinkRef[];
  candidacies: LinkRef[];
}

export interface FollowUpRow {
  contactId: string;
  name: string;
  everyDays: number;
  /** The newest interaction with the contact, or null when none was ever logged. */
  lastInteraction: string | null;
  /** The calendar day the follow-up falls due. */
  due: string;
  /** Days past `due` as of today in the home zone: 0 means due today. */
  daysOverdue: number;
}

export interface FollowUpsDue {
  today: string;
  total: number;
  rows: FollowUpRow[];
}

export const InteractionsForSchema = z.union([
  z.object({ contactId: IdSchema }).strict(),
  z.object({ partnershipId: IdSchema }).strict(),
  z.object({ cityId: IdSchema }).strict(),
]);

export const interactionChannels = {
  /** The log of one contact, partnership or city, newest first. */
  'interactions:list': channel<InteractionRow[]>()(InteractionsForSchema),
  'interactions:options': channel<InteractionLinkOptions>()(z.object({}).strict()),
  /** Contacts whose follow-up cadence has come round, most overdue first. */
  'followUps:due': channel<FollowUpsDue>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
} as const;
