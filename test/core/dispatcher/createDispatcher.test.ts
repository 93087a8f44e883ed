import { describe, expect, it, vi } from 'vitest';
import { CommandError } from '../../../electron/core/commands/CommandError';
import { createDispatcher, type Handlers } from '../../../electron/core/dispatcher/createDispatcher';
import { NotSavedError } from '../../../electron/core/store/NotSavedError';
import { channelNames } from '../../../electron/shared/contract';

function stubHandlers(overrides: Partial<Record<string, (input: unknown) => unknown>> = {}) {
  const calls: { channel: string; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (input: unknown) => {
        calls.push({ channel, input });
        const override = overrides[channel];
        return override ? override(input) : { echoed: input };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('dispatcher', () => {
  it('parses the input with the channel schema (defaults filled) and returns the handler result', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('contacts:list', { query: 'Волгоград' });
    expect(result).toEqual({ ok: true, value: { echoed: { query: 'Волгоград', tags: [], sort: 'name', offset: 0, limit: 100 } } });
    expect(calls).toHaveLength(1);
  });

  it('rejects unknown channels, including prototype names, without calling anything', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers);
    for (const channel of ['nope:nothing', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(await dispatch(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['wrong type', { query: 5 }],
    ['unknown field', { query: '', extra: true }],
    ['negative offset', { offset: -1 }],
    ['huge limit', { limit: 1e9 }],
    ['a 1 MB string', { query: 'x'.repeat(1_000_000) }],
    ['not an object', 'contacts'],
    ['null', null],
  ])('answers %s with invalid-input and a sentence, never reaching the handler', async (_name, input) => {
    const { handlers, calls } = stubHandlers();
    const result = await createDispatcher(handlers)('contacts:list', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(/\.$/);
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses __proto__ and constructor keys in command payloads', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers);
    const payload = JSON.parse(
      '{"commands":[{"type":"contact.create","at":"2026-11-28T10:00:00.000Z","id":"6f1c1c1e-8a59-4a8e-9d5a-0d6b0c1b2a3c","data":{"family":"X","__proto__":{"admin":true}}}]}',
    ) as unknown;
    const result = await dispatch('commands:run', payload);
    // zod drops unknown keys of the data object, so the prototype key never reaches a record.
    if (result.ok) {
      const input = calls[0]?.input as { commands: { data: Record<string, unknown> }[] };
      expect(Object.hasOwn(input.commands[0]?.data ?? {}, '__proto__')).toBe(false);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    } else expect(result.error.code).toBe('invalid-input');
    const strict = await dispatch('contacts:get', JSON.parse('{"id":"6f1c1c1e-8a59-4a8e-9d5a-0d6b0c1b2a3c","constructor":{"x":1}}'));
    expect(strict).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('gives field paths for form messages', async () => {
    const { handlers } = stubHandlers();
    const result = await createDispatcher(handlers)('commands:run', {
      commands: [{ type: 'contact.create', at: '2026-11-28T10:00:00.000Z', id: crypto.randomUUID(), data: { family: '', birthday: '2019-02-30', emails: [{ value: 'nope' }] } }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.fields?.['commands.0.data.family']).toBeUndefined();
      expect(result.error.fields?.['commands.0.data.birthday']).toBe('Enter a date as 1961-04-12, or --04-12 without the year');
      expect(result.error.fields?.['commands.0.data.emails.0.value']).toBe('Not an email address');
    }
  });

  it('maps refusals and save failures to their codes, and hides internal errors behind a sentence', async () => {
    const internal = vi.fn();
    const { handlers } = stubHandlers({
      'history:undo': () => {
        throw new CommandError('nothing-to-undo', 'There is nothing to undo.');
      },
      'history:redo': () => {
        throw new NotSavedError('ENOSPC', new Error('disk full'));
      },
      'settings:get': () => {
        throw new TypeError('x is undefined at handler.ts:12');
      },
    });
    const dispatch = createDispatcher(handlers, internal);
    expect(await dispatch('history:undo', {})).toEqual({ ok: false, error: { code: 'nothing-to-undo', message: 'There is nothing to undo.' } });
    const notSaved = await dispatch('history:redo', {});
    expect(notSaved).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    expect(notSaved.ok ? '' : notSaved.error.message).toMatch(/disk is full/);
    const hidden = await dispatch('settings:get', {});
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('handler.ts');
    expect(internal).toHaveBeenCalledTimes(1);
  });
});
