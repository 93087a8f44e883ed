import type { z } from 'zod';
import { ParticipantStageSchema } from '../schemas/participant';

export type ParticipantStage = z.infer<typeof ParticipantStageSchema>;

/** The funnel in order, without "declined", which leaves it from any step. */
export const funnelStages = ParticipantStageSchema.options.filter((stage): stage is Exclude<ParticipantStage, 'declined'> => stage !== 'declined');

/** How far along the funnel a stage is (declined: -1). */
export function stageRank(stage: ParticipantStage): number {
  return stage === 'declined' ? -1 : funnelStages.indexOf(stage);
}
