import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { Command, CommandInput } from '../../../electron/shared/commands/commandSchemas';
import { CommandSchema } from '../../../electron/shared/commands/commandSchemas';
import type { ChannelName, OutputOf } from '../../../electron/shared/contract';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const open: WorkspaceService[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((service) => service.close()));
});

export interface TimelineFixture {
  service: WorkspaceService;
  dir: string;
  setNow: (iso: string) => void;
  /** Commands as a caller writes them (defaults filled by the schema), one commit. */
  run: (...commands: CommandInput[]) => Promise<string[]>;
  /** A channel through the real dispatcher; throws the Failure's sentence. */
  call: <C extends ChannelName>(channel: C, input: unknown) => Promise<OutputOf<C>>;
}

export async function openTimelineFixture(now: string): Promise<TimelineFixture> {
  const dir = await tempDir();
  let clock = new Date(now);
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, clock: () => clock });
  open.push(service);
  const dispatch = createDispatcher(service.handlers(), (error) => {
    throw error;
  });
  return {
    service,
    dir,
    setNow: (iso) => {
      clock = new Date(iso);
    },
    run: async (...commands) => (await service.commit(commands.map((c): Command => CommandSchema.parse(c)))).summaries,
    call: async <C extends ChannelName>(channel: C, input: unknown) => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as OutputOf<C>;
    },
  };
}

export function fuzzy(text: string): FuzzyDate {
  const result = parseFuzzyDate(text, new Date('2019-01-01T00:00:00Z'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

let tick = Date.parse('2019-06-01T10:00:00.000Z');
export const at = (): string => new Date((tick += 1000)).toISOString();
export const newId = (): string => crypto.randomUUID();
