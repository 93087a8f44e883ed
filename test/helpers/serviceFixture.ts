import { fileURLToPath } from 'node:url';
import type { CityInputSchema } from '../../electron/shared/schemas/city';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import { createDispatcher, type Dispatch } from '../../electron/core/dispatcher/createDispatcher';
import { WorkspaceService } from '../../electron/core/workspace/WorkspaceService';
import type { ChannelName, OutputOf } from '../../electron/shared/contract';
import { PartnershipInputSchema } from '../../electron/shared/schemas/partnership';
import type { z } from 'zod';
import { tempDir } from './tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

export interface ServiceFixture {
  service: WorkspaceService;
  dir: string;
  /** Moves the service's clock. */
  setNow: (iso: string) => void;
  /** A channel call through the real dispatcher; throws the Failure's sentence when it fails. */
  call: <C extends ChannelName>(channel: C, input: unknown) => Promise<OutputOf<C>>;
  dispatch: Dispatch;
  commit: (...commands: Command[]) => Promise<{ version: number; summaries: string[] }>;
}

/** A real WorkspaceService on a fresh temp folder, with a clock the test sets. */
export async function openServiceFixture(now = '2026-11-28T10:00:00.000Z'): Promise<ServiceFixture> {
  const dir = await tempDir();
  let clock = new Date(now);
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, clock: () => clock });
  const dispatch = createDispatcher(service.handlers(), (error) => {
    throw error;
  });
  return {
    service,
    dir,
    setNow: (iso) => {
      clock = new Date(iso);
    },
    dispatch,
    call: async <C extends ChannelName>(channel: C, input: unknown) => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as OutputOf<C>;
    },
    commit: (...commands) => service.commit(commands),
  };
}

export const cityData = (nameLatin: string, country: 'US' | 'RU', zone: string, nameCyrillic = ''): z.infer<typeof CityInputSchema> => ({
  nameLatin,
  nameCyrillic,
  region: '',
  country,
  zone,
});

export const partnershipData = (usCityId: string, ruCityId: string, extra: Partial<z.input<typeof PartnershipInputSchema>> = {}) =>
  PartnershipInputSchema.parse({ usCityId, ruCityId, ...extra });
