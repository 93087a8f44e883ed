import type { Command } from '../../shared/commands/commandSchemas';
import { ContactInputSchema } from '../../shared/schemas/contact';
import { deriveLatinName } from '../../shared/names/deriveLatinName';
import { UsageError } from '../CliIo';
import { findOrCreateCity, findOrCreateOrganization } from '../findOrCreateByName';
import { parseArgs } from 'node:util';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

export async function contactsAdd(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: {
    family: { type: 'string' },
    given: { type: 'string' },
    patronymic: { type: 'string' },
    nickname: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    org: { type: 'string' },
    city: { type: 'string' },
    tag: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  } }).values);
  // Every name part is optional: a contact known only by a given name, an email or a phone is one.
  if (![o.family, o.given, o.patronymic, o.nickname, o.email, o.phone, o.org].some((v) => v?.trim())) {
    throw new UsageError('contacts add needs a name (--family, --given, --nickname), --email, --phone or --org');
  }
  const name = { family: o.family ?? '', given: o.given ?? '', patronymic: o.patronymic ?? '' };
  const data = ContactInputSchema.safeParse({
    ...name,
    nickname: o.nickname ?? '',
    ...deriveLatinName(name),
    emails: o.email ? [{ label: 'work', value: o.email, preferred: true }] : [],
    phones: o.phone ? [{ label: 'work', value: o.phone, preferred: true }] : [],
    tags: o.tag ?? [],
  });
  if (!data.success) {
    const issue = data.error.issues[0];
    throw new UsageError(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return withService(ctx, false, async (service) => {
    const at = ctx.now().toISOString();
    const commands: Command[] = [];
    const contact = { ...data.data };
    if (o.org) {
      const org = findOrCreateOrganization(service.store.state, o.org, at);
      if (org.create) commands.push(org.create);
      contact.organizationId = org.id;
    }
    if (o.city) {
      const city = findOrCreateCity(service.store.state, o.city, at);
      if (city.create) commands.push(city.create);
      contact.cityIds = [city.id];
    }
    const id = crypto.randomUUID();
    commands.push({ type: 'contact.create', at, id, data: contact });
    const result = await service.commit(commands);
    const created = service.store.state.contacts[id];
    if (o.json) ctx.io.out(`${JSON.stringify(created, null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n`);
    return 0;
  });
}
