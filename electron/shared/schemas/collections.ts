import type { z } from 'zod';
import { CandidacySchema } from './candidacy';
import { CitySchema } from './city';
import { ConferenceSchema } from './conference';
import { ContactSchema } from './contact';
import { InteractionSchema } from './interaction';
import { MilestoneSchema } from './milestone';
import { OrganizationSchema } from './organization';
import { ParticipantSchema } from './participant';
import { PartnershipSchema } from './partnership';
import { ProgramItemSchema } from './programItem';
import { TaskSchema } from './task';

/** Every kind of record the workspace keeps, each in its own map keyed by id. */
export const collectionSchemas = {
  contacts: ContactSchema,
  organizations: OrganizationSchema,
  cities: CitySchema,
  partnerships: PartnershipSchema,
  conferences: ConferenceSchema,
  candidacies: CandidacySchema,
  interactions: InteractionSchema,
  milestones: MilestoneSchema,
  tasks: TaskSchema,
  participants: ParticipantSchema,
  programItems: ProgramItemSchema,
} as const;

export type Kind = keyof typeof collectionSchemas;
export const kinds = Object.keys(collectionSchemas) as Kind[];
export type RecordOf<K extends Kind> = z.infer<(typeof collectionSchemas)[K]>;
export type AnyRecord = RecordOf<Kind>;
export type Collections = { [K in Kind]: Record<string, RecordOf<K>> };

export function isKind(value: string): value is Kind {
  return Object.hasOwn(collectionSchemas, value);
}
