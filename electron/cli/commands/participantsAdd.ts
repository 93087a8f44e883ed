import { parseArgs } from 'node:util';
import { UsageError } from '../CliIo';
import { findConference, findContact } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `participants add --conference C --contact P [--json]`: recruited, stage "identified". */
export async function participantsAdd(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, contact: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.conference) throw new UsageError('participants add needs --conference');
  if (!o.contact) throw new UsageError('participants add needs --contact');
  const { conference: conferenceRef, contact: contactRef } = o;
  return withService(ctx, false, async (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, conferenceRef);
    const contact = findContact(ws, contactRef);
    const id = crypto.randomUUID();
    const result = await service.commit([
      { type: 'participant.add', at: ctx.now().toISOString(), id, data: { conferenceId: conference.id, contactId: contact.id, stage: 'identified', stageReason: '', partnershipId: null, notes: '' } },
    ]);
    if (o.json) ctx.io.out(`${JSON.stringify(service.store.state.participants[id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n${id}\n`);
    return 0;
  });
}
