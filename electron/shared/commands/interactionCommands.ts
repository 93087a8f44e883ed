import { z } from 'zod';
import { IdSchema, InstantSchema } from '../schemas/common';
import { InteractionInputSchema } from '../schemas/interaction';

/** The Interaction log (meetings, calls, letters, emails), shared by contacts and negotiations. */
export const InteractionCreateSchema = z.object({ type: z.literal('interaction.create'), at: InstantSchema, id: IdSchema, data: InteractionInputSchema });
export const InteractionUpdateSchema = z.object({ type: z.literal('interaction.update'), at: InstantSchema, id: IdSchema, data: InteractionInputSchema });
export const InteractionDeleteSchema = z.object({ type: z.literal('interaction.delete'), at: InstantSchema, ids: z.array(IdSchema).min(1).max(10_000) });
