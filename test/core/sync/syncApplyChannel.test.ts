import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/core/dispatcher/createDispatcher';
import { channelNames } from '../../../electron/shared/contract';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { createContact } from '../../helpers/commands';

describe('sync.apply is the sync engine’s, not a window’s', () => {
  it('commands:run refuses it with a sentence and never reaches the workspace; other commands still pass', async () => {
    const reached: unknown[] = [];
    const handlers = Object.fromEntries(channelNames.map((channel) => [channel, (input: unknown) => reached.push(input)])) as unknown as Handlers;
    const dispatch = createDispatcher(handlers);
    const id = crypto.randomUUID();
    const syncApply = { type: 'sync.apply', at: '2026-12-07T10:00:00.000Z', changes: [{ kind: 'contacts', id, rev: '2-abc', record: { given: 'Anna' } }] };
    const refused = await dispatch('commands:run', { commands: [syncApply] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!refused.ok) expect(refused.error.message).toContain('Changes from the sync server are applied by Liaison’s sync, not sent from a window');
    expect(await dispatch('commands:run', { commands: [createContact(blankContactData()), syncApply] })).toMatchObject({ ok: false });
    expect(reached).toEqual([]);
    expect(await dispatch('commands:run', { commands: [createContact({ ...blankContactData(), given: 'Anna' })] })).toMatchObject({ ok: true });
    expect(reached).toHaveLength(1);
  });
});
