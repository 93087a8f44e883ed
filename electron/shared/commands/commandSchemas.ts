import { z } from 'zod';
import { IdSchema, InstantSchema } from '../schemas/common';
import { CityInputSchema } from '../schemas/city';
import { ConferenceInputSchema } from '../schemas/conference';
import { ContactInputSchema } from '../schemas/contact';
import { OrganizationInputSchema } from '../schemas/organization';
import { PartnershipInputSchema } from '../schemas/partnership';
import { ProgramItemInputSchema } from '../schemas/programItem';
import { CandidacyInputSchema } from '../schemas/candidacy';
import { InteractionInputSchema } from '../schemas/interaction';
import { MilestoneInputSchema } from '../schemas/milestone';
import { ParticipantInputSchema } from '../schemas/participant';
import { TaskInputSchema } from '../schemas/task';
import { InteractionCreateSchema, InteractionDeleteSchema, InteractionUpdateSchema } from './interactionCommands';
import {
  CandidacyAttachSchema,
  CandidacyCreateSchema,
  CandidacyDeleteSchema,
  CandidacyDetachSchema,
  CandidacyMoveSchema,
  CandidacyRateSchema,
  CandidacySetOfferSchema,
  CandidacyTaskDoneSchema,
  CandidacyUpdateSchema,
  ConferenceMarkReviewedSchema,
  ConferenceSetWeightSchema,
} from './negotiationCommands';
import {
  ContactBulkTagSchema,
  ContactBulkUntagSchema,
  ContactMergeSchema,
  ContactPurgeSchema,
  ContactRestoreSchema,
} from './contactListCommands';
import {
  CityDeleteSchema,
  CityUpdateSchema,
  OrganizationDeleteSchema,
  OrganizationUpdateSchema,
  PartnershipCreateSchema,
  PartnershipDeleteSchema,
  PartnershipUpdateSchema,
} from './placeCommands';
import { ContactImportSchema } from './importCommands';
import {
  ParticipantSetArrivalSchema,
  ProgramCreateSchema,
  ProgramDeleteSchema,
  ProgramImportSchema,
  ProgramInviteSchema,
  ProgramMoveSchema,
  ProgramPlaceSchema,
  ProgramSetVenueHoursSchema,
  ProgramUpdateSchema,
} from './programCommands';
import {
  ConferenceCreateSchema,
  ConferenceDeleteSchema,
  ConferenceSetDateSchema,
  ConferenceSetTargetsSchema,
  ConferenceUpdateSchema,
  MilestoneCreateSchema,
  MilestoneDeleteSchema,
  MilestoneUpdateSchema,
  ParticipantAddSchema,
  ParticipantMoveSchema,
  ParticipantRemoveSchema,
  TaskCreateSchema,
  TaskDeleteSchema,
  TaskUpdateSchema,
} from './timelineCommands';
import { SyncApplySchema } from './syncCommands';

/**
 * Every change to the workspace is one of these commands. The caller puts everything
 * non-deterministic inside (new ids, the clock, derived Latin forms), so applying a command is
 * a pure function of the command and the records it touches.
 */
const at = InstantSchema;

export const ContactCreateSchema = z.object({ type: z.literal('contact.create'), at, id: IdSchema, data: ContactInputSchema });
export const ContactUpdateSchema = z.object({ type: z.literal('contact.update'), at, id: IdSchema, data: ContactInputSchema });
export const ContactDeleteSchema = z.object({
  type: z.literal('contact.delete'),
  at,
  ids: z.array(IdSchema).min(1).max(100_000),
});
export const OrganizationCreateSchema = z.object({
  type: z.literal('organization.create'),
  at,
  id: IdSchema,
  data: OrganizationInputSchema,
});
export const CityCreateSchema = z.object({ type: z.literal('city.create'), at, id: IdSchema, data: CityInputSchema });


/** The sample workspace arrives as one undoable command holding every record it creates. */
export const SampleOpenSchema = z.object({
  type: z.literal('sample.open'),
  at,
  cities: z.array(CityInputSchema.extend({ id: IdSchema })).max(1000),
  organizations: z.array(OrganizationInputSchema.extend({ id: IdSchema })).max(1000),
  partnerships: z.array(PartnershipInputSchema.extend({ id: IdSchema })).max(1000),
  conferences: z.array(ConferenceInputSchema.extend({ id: IdSchema })).max(100),
  contacts: z.array(ContactInputSchema.extend({ id: IdSchema })).max(1000),
  /** The summit's draft program (absent in samples opened before the program existed). */
  programItems: z.array(z.object({ id: IdSchema, data: ProgramItemInputSchema })).max(200).optional(),
  /** The story around them (absent in samples opened before the story was dated from the day it opens). */
  candidacies: z.array(CandidacyInputSchema.extend({ id: IdSchema })).max(100).optional(),
  interactions: z.array(InteractionInputSchema.extend({ id: IdSchema })).max(200).optional(),
  milestones: z.array(MilestoneInputSchema.extend({ id: IdSchema })).max(200).optional(),
  tasks: z.array(TaskInputSchema.extend({ id: IdSchema })).max(200).optional(),
  participants: z.array(ParticipantInputSchema.extend({ id: IdSchema })).max(500).optional(),
});

/**
 * Removes what the sample added and the user has not made theirs since (edited, or used from a
 * record of their own); one command, so one undo step.
 */
export const SampleRemoveSchema = z.object({ type: z.literal('sample.remove'), at });

export const HistoryUndoSchema = z.object({ type: z.literal('history.undo'), at });
export const HistoryRedoSchema = z.object({ type: z.literal('history.redo'), at });

/** Every command; a feature defines its schemas in its own file and adds them to this list. */
export const CommandSchema = z.discriminatedUnion('type', [
  ContactCreateSchema,
  ContactUpdateSchema,
  ContactDeleteSchema,
  OrganizationCreateSchema,
  CityCreateSchema,
  SampleOpenSchema,
  SampleRemoveSchema,
  InteractionCreateSchema,
  InteractionUpdateSchema,
  InteractionDeleteSchema,
  CandidacyCreateSchema,
  CandidacyUpdateSchema,
  CandidacyDeleteSchema,
  CandidacyMoveSchema,
  CandidacySetOfferSchema,
  CandidacyRateSchema,
  CandidacyAttachSchema,
  CandidacyDetachSchema,
  CandidacyTaskDoneSchema,
  ConferenceSetWeightSchema,
  ConferenceMarkReviewedSchema,
  ContactImportSchema,
  CityUpdateSchema,
  CityDeleteSchema,
  OrganizationUpdateSchema,
  OrganizationDeleteSchema,
  PartnershipCreateSchema,
  PartnershipUpdateSchema,
  PartnershipDeleteSchema,
  ContactBulkTagSchema,
  ContactBulkUntagSchema,
  ContactRestoreSchema,
  ContactPurgeSchema,
  ContactMergeSchema,
  ConferenceCreateSchema,
  ConferenceUpdateSchema,
  ConferenceSetDateSchema,
  ConferenceSetTargetsSchema,
  ConferenceDeleteSchema,
  MilestoneCreateSchema,
  MilestoneUpdateSchema,
  MilestoneDeleteSchema,
  TaskCreateSchema,
  TaskUpdateSchema,
  TaskDeleteSchema,
  ParticipantAddSchema,
  ParticipantMoveSchema,
  ParticipantRemoveSchema,
  ProgramCreateSchema,
  ProgramUpdateSchema,
  ProgramPlaceSchema,
  ProgramMoveSchema,
  ProgramDeleteSchema,
  ProgramInviteSchema,
  ProgramSetVenueHoursSchema,
  ProgramImportSchema,
  ParticipantSetArrivalSchema,
  SyncApplySchema,
  HistoryUndoSchema,
  HistoryRedoSchema,
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
