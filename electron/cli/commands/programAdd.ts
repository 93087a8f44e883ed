import { parseArgs } from 'node:util';
import { parseMinuteOfDay } from '../../shared/program/programDays';
import { ProgramKindSchema } from '../../shared/schemas/programItem';
import { UsageError } from '../CliIo';
import { findConference, findContact } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `program add --conference C --title T [--title-ru T] [--kind K] [--day N] [--start HH:MM] [--minutes M] [--speaker P]... [--json]`. */
export async function programAdd(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () =>
      parseArgs({
        args: ctx.args,
        strict: true,
        options: {
          conference: { type: 'string' },
          title: { type: 'string' },
          'title-ru': { type: 'string' },
          kind: { type: 'string' },
          day: { type: 'string' },
          start: { type: 'string' },
          minutes: { type: 'string' },
          speaker: { type: 'string', multiple: true },
          json: { type: 'boolean' },
        },
      }).values,
  );
  if (!o.conference) throw new UsageError('program add needs --conference');
  if (!o.title && !o['title-ru']) throw new UsageError('program add needs --title or --title-ru');
  const kind = ProgramKindSchema.safeParse(o.kind ?? 'panel');
  if (!kind.success) throw new UsageError(`--kind is one of: ${ProgramKindSchema.options.join(', ')}`);
  const day = o.day === undefined ? null : Number(o.day);
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > 14)) throw new UsageError('--day is a day of the conference, 1–14');
  const start = o.start === undefined ? null : parseMinuteOfDay(o.start);
  if (o.start !== undefined && start === null) throw new UsageError('--start is a time like 09:30');
  const minutes = o.minutes === undefined ? 60 : Number(o.minutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) throw new UsageError('--minutes is a whole number from 5 to 1440');
  const { conference: conferenceRef } = o;
  return withService(ctx, false, async (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, conferenceRef);
    const speakerIds = [...new Set((o.speaker ?? []).map((ref) => findContact(ws, ref).id))];
    const id = crypto.randomUUID();
    const result = await service.commit([
      {
        type: 'program.create',
        at: ctx.now().toISOString(),
        id,
        data: {
          conferenceId: conference.id,
          titleEn: o.title ?? '',
          titleRu: o['title-ru'] ?? '',
          descriptionEn: '',
          descriptionRu: '',
          kind: kind.data,
          topics: [],
          day,
          start,
          minutes,
          place: '',
          speakerIds,
          moderatorIds: [],
          invitations: {},
          proposedById: null,
          status: 'idea',
          statusReason: '',
          notes: '',
        },
        participantIds: Object.fromEntries(speakerIds.map((contactId) => [contactId, crypto.randomUUID()])),
      },
    ]);
    if (o.json) ctx.io.out(`${JSON.stringify(service.store.state.programItems[id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n${id}\n`);
    return 0;
  });
}
