import { z } from 'zod';
import { CityInputSchema } from '../schemas/city';
import { IdSchema, InstantSchema } from '../schemas/common';
import { OrganizationInputSchema } from '../schemas/organization';
import { PartnershipInputSchema } from '../schemas/partnership';

/** Cities, organisations and partnerships: edited and deleted by the Cities and Partnerships screens. */
const at = InstantSchema;
const ids = z.array(IdSchema).min(1).max(1000);

export const CityUpdateSchema = z.object({ type: z.literal('city.update'), at, id: IdSchema, data: CityInputSchema });
export const CityDeleteSchema = z.object({ type: z.literal('city.delete'), at, ids });
export const OrganizationUpdateSchema = z.object({ type: z.literal('organization.update'), at, id: IdSchema, data: OrganizationInputSchema });
export const OrganizationDeleteSchema = z.object({ type: z.literal('organization.delete'), at, ids });
export const PartnershipCreateSchema = z.object({ type: z.literal('partnership.create'), at, id: IdSchema, data: PartnershipInputSchema });
export const PartnershipUpdateSchema = z.object({ type: z.literal('partnership.update'), at, id: IdSchema, data: PartnershipInputSchema });
export const PartnershipDeleteSchema = z.object({ type: z.literal('partnership.delete'), at, ids });
