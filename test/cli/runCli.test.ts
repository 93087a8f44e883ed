import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { Store } from '../../electron/core/store/Store';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    resourcesDir,
  });
  return { code, out, err };
}

describe('liaison CLI', () => {
  it('init creates the workspace file and says where', async () => {
    const dir = await tempDir();
    const r = await cli(dir, 'init');
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(dir, 'liaison.json'));
    const doc = JSON.parse(await readFile(join(dir, 'liaison.json'), 'utf8')) as { schemaVersion: number };
    expect(doc.schemaVersion).toBe(1);
  });

  it('adds contacts, links a city named in either script, and finds them across scripts', async () => {
    const dir = await tempDir();
    const a = await cli(dir, 'contacts', 'add', '--family', 'Иванова', '--given', 'Мария', '--patronymic', 'Петровна', '--email', 'm.ivanova@volgadmin.ru', '--city', 'Волгоград', '--org', 'Администрация Волгограда', '--tag', 'summit', '--tag', 'host');
    expect(a.code).toBe(0);
    expect(a.out).toContain('Add contact Иванова Мария Петровна');
    const b = await cli(dir, 'contacts', 'add', '--family', 'Smith', '--given', 'John', '--city', 'Volgograd', '--json');
    expect(b.code).toBe(0);
    const created = JSON.parse(b.out) as { cityIds: string[]; familyLatin: string };
    const doc = JSON.parse(await readFile(join(dir, 'liaison.json'), 'utf8')) as { cities: Record<string, { nameLatin: string }>; contacts: Record<string, { familyLatin: string; cityIds: string[] }> };
    expect(Object.values(doc.cities)).toHaveLength(1);
    expect(Object.values(doc.cities)[0]?.nameLatin).toBe('Volgograd');
    expect(created.cityIds).toEqual(Object.keys(doc.cities));
    expect(Object.values(doc.contacts).find((c) => c.familyLatin === 'Ivanova')).toBeDefined();

    const latin = await cli(dir, 'contacts', 'list', '--search', 'ivanova', '--json');
    expect(latin.code).toBe(0);
    expect((JSON.parse(latin.out) as { name: string }[]).map((r) => r.name)).toEqual(['Иванова Мария Петровна']);
    const cyr = await cli(dir, 'contacts', 'list', '--search', 'Смит');
    expect(cyr.out).toContain('John Smith');
    const all = await cli(dir, 'contacts', 'list');
    expect(all.out).toContain('2 contacts');
  });

  it('undo removes the last change and says which; a second undo reaches further back', async () => {
    const dir = await tempDir();
    await cli(dir, 'contacts', 'add', '--family', 'First', '--given', 'A');
    await cli(dir, 'contacts', 'add', '--family', 'Second', '--given', 'B');
    const u = await cli(dir, 'undo');
    expect(u).toMatchObject({ code: 0, out: 'Undone: Add contact B Second\n' });
    expect((await cli(dir, 'contacts', 'list')).out).not.toContain('Second');
    await cli(dir, 'undo');
    const none = await cli(dir, 'undo');
    expect(none.code).toBe(1);
    expect(none.err).toBe('liaison: There is nothing to undo.\n');
  });

  it('sample opens the shipped US–Russia sample', async () => {
    const dir = await tempDir();
    const r = await cli(dir, 'sample');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/70 partnerships, 2 conferences/);
    const again = await cli(dir, 'sample');
    expect(again.code).toBe(1);
  });

  it.each([
    [['frobnicate'], 'unknown command: frobnicate'],
    [['contacts', 'add', '--tag', 'X'], 'contacts add needs a name (--family, --given, --nickname), --email, --phone or --org'],
    [['contacts', 'list', '--colour', 'red'], "Unknown option '--colour'"],
    [['contacts', 'add', '--family', 'X', '--given', 'Y', '--email', 'not-an-email'], 'emails.0.value: Not an email address'],
    [[], 'no command given'],
  ])('exits 2 with a usage line for %j', async (args, message) => {
    const dir = await tempDir();
    const r = await cli(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('usage: liaison');
  });

  it('adds a contact known only by a given name, or only by an email', async () => {
    const dir = await tempDir();
    expect((await cli(dir, 'contacts', 'add', '--given', 'zzMad Perla 45')).code).toBe(0);
    expect((await cli(dir, 'contacts', 'add', '--email', 'blablö@blub.com')).code).toBe(0);
    const list = await cli(dir, 'contacts', 'list', '--json');
    const rows = JSON.parse(list.out) as { name: string }[];
    expect(rows.map((r) => r.name).sort()).toEqual(['blablö@blub.com', 'zzMad Perla 45']);
  });

  it('refuses writes while the app holds the workspace, naming it; reads still work', async () => {
    const dir = await tempDir();
    await cli(dir, 'contacts', 'add', '--family', 'Before', '--given', 'App');
    const app = await Store.open({ dir, owner: 'app' });
    try {
      const write = await cli(dir, 'contacts', 'add', '--family', 'During', '--given', 'App');
      expect(write.code).toBe(1);
      expect(write.err).toMatch(/already open .*the app/);
      const read = await cli(dir, 'contacts', 'list');
      expect(read.code).toBe(0);
      expect(read.out).toContain('App Before');
      const doc = await cli(dir, 'doctor', '--json');
      expect(JSON.parse(doc.out)).toMatchObject({ lock: { state: 'held' } });
    } finally {
      await app.close();
    }
  });

  it('leaves a workspace from a newer Liaison untouched and names the version needed', async () => {
    const dir = await tempDir();
    const bytes = JSON.stringify({ schemaVersion: 7, seq: 0, contacts: {} });
    await writeFile(join(dir, 'liaison.json'), bytes);
    for (const args of [['contacts', 'list'], ['contacts', 'add', '--family', 'X', '--given', 'Y']]) {
      const r = await cli(dir, ...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/schema version 7/);
    }
    expect(await readFile(join(dir, 'liaison.json'), 'utf8')).toBe(bytes);
  });

  it('doctor reports the store path and health, and a damaged store without touching it', async () => {
    const dir = await tempDir();
    await cli(dir, 'contacts', 'add', '--family', 'Healthy', '--given', 'H');
    const ok = await cli(dir, 'doctor', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true, path: join(dir, 'liaison.json'), store: { state: 'ok' }, counts: { contacts: 1 } });
    await writeFile(join(dir, 'liaison.json'), '{"schemaVersion":1,"seq":3,"contacts":{');
    const bad = await cli(dir, 'doctor');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/damaged/);
    expect(await readFile(join(dir, 'liaison.json'), 'utf8')).toBe('{"schemaVersion":1,"seq":3,"contacts":{');
  });

  it('recovers a damaged store on the next write, from the newest valid backup', async () => {
    const dir = await tempDir();
    await cli(dir, 'contacts', 'add', '--family', 'Saved', '--given', 'S');
    // The first save made an hourly backup holding the contact.
    await writeFile(join(dir, 'liaison.json'), '\0\0\0');
    const r = await cli(dir, 'contacts', 'add', '--family', 'After', '--given', 'A');
    expect(r.code).toBe(0);
    const list = await cli(dir, 'contacts', 'list');
    expect(list.out).toContain('S Saved');
    expect(list.out).toContain('A After');
    const doctor = JSON.parse((await cli(dir, 'doctor', '--json')).out) as { recoveries: string[] };
    expect(doctor.recoveries).toHaveLength(1);
    expect(await readFile(doctor.recoveries[0] ?? '', 'utf8')).toBe('\0\0\0');
  });
});
