// Every channel of the contract, through the real dispatcher over a real WorkspaceService on a
// temp folder holding the sample workspace, with inputs a hostile or buggy page could send: each
// must come back as a typed failure with a sentence (never a stack trace), change nothing in
// memory or on disk, and pollute no prototype. A new channel is covered the day it is added.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommandSchema } from '../../../electron/shared/commands/commandSchemas';
import { channelNames, contract, type ChannelName, type Result } from '../../../electron/shared/contract';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

const MB = 'Ж'.repeat(1_000_000);
const at = '2026-11-28T10:00:00.000Z';
const id = '6f1c1c1e-8a59-4a8e-9d5a-0d6b0c1b2a3c';

/** Bad inputs for any channel, whatever its schema. */
const generic: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'contacts'],
  ['null', null],
  ['true', true],
  ['an array for the object', []],
  ['an array of objects', [{}]],
  ['a 1 MB string', MB],
  ['a __proto__ key', JSON.parse('{"__proto__":{"polluted":true}}')],
  ['a constructor key', JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
  ['an unknown 1 MB field', { note: MB }],
];

/** Bad values put, one at a time, into each field the channel's object schema declares. */
const fieldValues: [string, unknown][] = [
  ['a 1 MB string', MB],
  ['a number', 1e308],
  ['a negative number', -1],
  ['an array', []],
  ['an object', {}],
  ['null', null],
  ['a __proto__ object', JSON.parse('{"__proto__":{"polluted":true}}')],
];

function fieldsOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Every bad input for one channel, named; inputs its schema accepts are not bad and are dropped. */
function badInputs(channel: ChannelName): [string, unknown][] {
  const schema = contract[channel].input as z.ZodType;
  const cases: [string, unknown][] = [...generic];
  if (!schema.safeParse({}).success) cases.push(['missing fields', {}]);
  for (const field of fieldsOf(schema)) {
    for (const [name, value] of fieldValues) cases.push([`${field} = ${name}`, { [field]: value }]);
  }
  return cases.filter(([, input]) => !schema.safeParse(input).success);
}

/** For commands:run, each command type with a wrong clock, no id, a 1 MB payload and prototype keys. */
function badCommands(): [string, unknown][] {
  const cases: [string, unknown][] = [];
  for (const option of CommandSchema.options) {
    const type = option.shape.type.value;
    const bodies: [string, Record<string, unknown>][] = [
      ['no fields', { type }],
      ['a wrong clock', { type, at: 'yesterday', id, ids: [id], data: {} }],
      ['a 1 MB id', { type, at, id: MB, ids: [MB] }],
      ['a 1 MB payload', { type, at, id, ids: [id], data: MB }],
      ['an array for data', { type, at, id, ids: [id], data: [] }],
      ['a __proto__ payload', { type, at, id, ...(JSON.parse('{"__proto__":{"polluted":true},"data":{"__proto__":{"x":1}}}') as object) }],
    ];
    for (const [name, body] of bodies) cases.push([`${type}: ${name}`, { commands: [body] }]);
  }
  cases.push(['an unknown command type', { commands: [{ type: 'contact.explode', at, id }] }]);
  cases.push(['an empty command list', { commands: [] }]);
  cases.push(['51 commands', { commands: Array.from({ length: 51 }, () => ({ type: 'contact.delete', at, ids: [id] })) }]);
  return cases.filter(([, input]) => !contract['commands:run'].input.safeParse(input).success);
}

async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      hash.update(relative(dir, path));
      if (entry.isDirectory()) await walk(path);
      else hash.update(await readFile(path));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

let fixture: ServiceFixture;
let diskBefore: string;
let seqBefore: number;
let stateBefore: string;
let tried = 0;

// A fresh sample workspace per channel: the temp folder helper removes folders after each test.
beforeEach(async () => {
  fixture = await openServiceFixture();
  await fixture.call('workspace:openSample', {});
  seqBefore = fixture.service.store.state.seq;
  stateBefore = JSON.stringify(fixture.service.store.state);
  diskBefore = await folderHash(fixture.dir);
});

afterEach(async () => {
  await fixture.service.close();
});

afterAll(() => {
  console.log(`[bad input] ${tried} bad inputs across ${channelNames.length} channels: every one a typed failure, no state change`);
});

function expectTypedFailure(result: Result<unknown>, what: string): void {
  expect(result.ok, what).toBe(false);
  if (result.ok) return;
  expect(result.error.code, what).toMatch(/^[a-z-]+$/);
  expect(result.error.message, what).toMatch(/[.!?]$/);
  expect(result.error.message.length, what).toBeLessThan(2_000);
  expect(result.error.message, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  expect(JSON.stringify(result.error).length, what).toBeLessThan(20_000);
}

describe('bad input on every channel, through the real dispatcher and service', () => {
  it.each(channelNames.map((channel) => [channel]))('%s: a typed failure for each bad input, nothing changed', async (channel) => {
    const cases = channel === 'commands:run' ? [...badInputs(channel), ...badCommands()] : badInputs(channel);
    expect(cases.length).toBeGreaterThanOrEqual(generic.length);
    for (const [name, input] of cases) {
      expectTypedFailure(await fixture.dispatch(channel, input), `${channel} with ${name}`);
      tried += 1;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(fixture.service.store.state.seq).toBe(seqBefore);
    expect(JSON.stringify(fixture.service.store.state)).toBe(stateBefore);
    expect(await folderHash(fixture.dir)).toBe(diskBefore);
  });
});
