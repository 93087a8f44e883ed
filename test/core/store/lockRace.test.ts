import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildScript } from '../../helpers/bundleChildScript';
import { lockFilePath } from '../../../electron/core/store/WorkspaceLock';

const entry = fileURLToPath(new URL('../../fixtures/processes/lockRacer.ts', import.meta.url));
const ROUNDS = 200;
const RACERS = 4;

interface Racer {
  proc: ChildProcessWithoutNullStreams;
  pid: number;
  /** Resolvers waiting for this racer's answer about a folder. */
  waiting: Map<string, (answer: string) => void>;
}

let bundleDir = '';
let root = '';
const racers: Racer[] = [];

async function startRacer(script: string): Promise<Racer> {
  const proc = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
  const racer: Racer = { proc, pid: proc.pid ?? 0, waiting: new Map() };
  let buffered = '';
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line === 'ready') ready();
      const dir = line.split(' ')[1] ?? '';
      racer.waiting.get(dir)?.(line);
      racer.waiting.delete(dir);
    }
  });
  await started;
  return racer;
}

function ask(racer: Racer, dir: string, at: number, delayMs: number): Promise<string> {
  return new Promise((resolve) => {
    racer.waiting.set(dir, resolve);
    racer.proc.stdin.write(`race ${dir} ${at} ${delayMs}\n`);
  });
}

/** The pid of a process that has really run and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'liaison-lockracer-'));
  root = await mkdtemp(join(tmpdir(), 'liaison-lockrace-'));
  const script = await bundleChildScript(entry, bundleDir, 'lockRacer.mjs');
  for (let i = 0; i < RACERS; i++) racers.push(await startRacer(script));
}, 120_000);

afterAll(async () => {
  for (const racer of racers) racer.proc.stdin.end();
  await Promise.all(racers.map((r) => (r.proc.exitCode === null ? new Promise((resolve) => r.proc.once('exit', resolve)) : Promise.resolve())));
  await rm(bundleDir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

describe('the workspace lock, raced by real processes', () => {
  it(`is held by exactly one of 2–${RACERS} processes starting at one instant, in ${ROUNDS} rounds (free, stale, writes delayed)`, async () => {
    const dead = await deadPid();
    const doubles: string[] = [];
    let staleRounds = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const dir = join(root, `round-${round}`);
      const count = 2 + (round % (RACERS - 1));
      // Half the rounds start from a lock its holder left when it died: the takeover is raced too.
      if (round % 2 === 1) {
        staleRounds++;
        await mkdir(dir, { recursive: true });
        await writeFile(lockFilePath(dir), JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-11-28T09:00:00.000Z', owner: 'app' }));
        const longAgo = new Date(Date.now() - 3_600_000);
        await utimes(lockFilePath(dir), longAgo, longAgo);
      }
      // Every third round widens the moment between creating a file and filling it.
      const delayMs = round % 3 === 0 ? 30 : 0;
      const at = Date.now() + 25;
      const chosen = racers.slice(0, count);
      const answers = await Promise.all(chosen.map((racer) => ask(racer, dir, at, delayMs)));
      const holders = chosen.filter((_, i) => answers[i]?.startsWith('held '));
      const failed = answers.filter((a) => a.startsWith('failed '));
      expect(failed).toEqual([]);
      if (holders.length !== 1) doubles.push(`round ${round}: ${holders.length} holders of ${count} (${answers.join('; ')})`);
      else {
        // The file on disk names the one that believes it holds the lock.
        expect(JSON.parse(await readFile(lockFilePath(dir), 'utf8'))).toMatchObject({ pid: holders[0]?.pid });
      }
    }
    expect(staleRounds).toBe(ROUNDS / 2);
    expect(doubles).toEqual([]);
  }, 180_000);
});
