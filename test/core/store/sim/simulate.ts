import { join } from 'node:path';
import { CommandError } from '../../../../electron/core/commands/CommandError';
import { exportBackupFile } from '../../../../electron/core/store/exportBackupFile';
import type { FsOps } from '../../../../electron/core/store/FsOps';
import type { Probe } from '../../../../electron/core/store/lock/judgeHolder';
import type { ProcessIdentity } from '../../../../electron/core/store/lock/ProcessIdentity';
import type { LockEnvironment } from '../../../../electron/core/store/WorkspaceLock';
import { Store } from '../../../../electron/core/store/Store';
import { storeFilePath } from '../../../../electron/core/store/storeFilePath';
import { TaskRegistry } from '../../../../electron/core/tasks/TaskRegistry';
import type { Command } from '../../../../electron/shared/commands/commandSchemas';
import { ContactInputSchema, type ContactData } from '../../../../electron/shared/schemas/contact';
import { ProcessDiedError, Rng, Scheduler } from './Scheduler';
import { SimDisk, type CallKind } from './SimDisk';
import { droppedBytesProblem, lastJournalSeq, missing, snapshotSeq, versionsOf, type Versions } from './workspaceChecks';

export interface ScheduleResult {
  seed: number;
  /** Scheduling decisions taken (file-system calls run, operations started, crashes). */
  steps: number;
  /** Invariant evaluations. */
  checks: number;
  operations: number;
  crashes: number;
  /** The first broken invariant, or null. */
  violation: string | null;
  /** The last steps before the end (the counterexample's story). */
  trace: string[];
}

const DIR = '/sim/ws';
const EXT = '/sim/ext';
/** Simulated process n runs as pid PID_BASE + n (never the test's own pid, nor any real one it probes). */
const PID_BASE = 100_000;
const START = Date.parse('2026-11-28T10:00:00.000Z');
const OPERATIONS = 16;
const IDLE_LIMIT = 20_000;

interface App {
  proc: number;
  store: Store;
  tasks: TaskRegistry;
  /** Bumped when this store's process dies: results that arrive for an older one are ignored. */
  life: number;
  closing?: boolean;
}

interface KnownFile {
  path: string;
  versions: Versions;
}

type Operation = 'commit' | 'group' | 'update' | 'refused' | 'compact' | 'cancel' | 'backup' | 'export' | 'restore' | 'badRestore' | 'close' | 'second' | 'kill';
const WEIGHTS: [Operation, number][] = [
  ['commit', 26], ['group', 8], ['update', 10], ['refused', 4], ['compact', 6], ['cancel', 8], ['backup', 6], ['export', 6],
  ['restore', 4], ['badRestore', 2], ['close', 3], ['second', 5], ['kill', 2],
];
const WEIGHT_SUM = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

/**
 * One seeded schedule: a random program of store operations run against the real Store over a
 * simulated disk, every file-system call a scheduling point, with injected faults, kill -9 and
 * power cuts, and the invariants checked after every step. Same seed, same schedule.
 */
export interface ScheduleOptions {
  /** How many operations the program starts (16 by default). */
  operations?: number;
  /** A disk whose fdatasync lies: acknowledged commits can vanish at a power cut (the invariants must say so). */
  lyingDatasync?: boolean;
}

export async function runSchedule(seed: number, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const sim = new Simulation(seed, options.operations ?? OPERATIONS, options.lyingDatasync ?? false);
  return sim.run();
}

class Simulation {
  private readonly rng: Rng;
  private readonly scheduler = new Scheduler();
  private now = START;
  private readonly disk: SimDisk;
  private readonly trace: string[] = [];
  private steps = 0;
  private checks = 0;
  private crashes = 0;
  private started = 0;
  private violation: string | null = null;
  private inflight = 0;
  private nextProc = 1;
  private life = 0;
  private app: App | null = null;
  private opening = 0;
  private readonly holders = new Set<number>();
  /** Processes inside Store.open (taking the lock, then loading). */
  private readonly openers = new Set<number>();
  private readonly overlapped = new Set<number>();
  /** Each process's last change outside its temp files. */
  private readonly changes = new Map<number, string>();
  private readonly procs = new Set<number>();
  /** Every commit acknowledged since the last restore (or the restored file's contents): id -> version. */
  private acked = new Map<string, number>();
  private epoch = 0;
  private readonly versions = new Map<string, number>();
  private nextId = 1;
  private readonly known: KnownFile[] = [];
  private restoring: { versions: Versions; onSwap: (before: Versions) => void } | null = null;
  /**
   * A restore that said `durable: false`: until the next acknowledged commit (which the store
   * acknowledges only after a rewrite from memory made the restored workspace durable), a reopen
   * may find either workspace the user was told of: the restored one, or the one before it.
   */
  private unsafeRestore: { before: Versions; restored: Versions } | null = null;
  private closed: Store | null = null;
  /** Bumped at each power cut: the boot id a reboot changes (a lock from before it names a gone process). */
  private boot = 1;
  // The schedule's character: how often faults, crashes and new operations come.
  private pFault: number;
  private readonly pCrash: number;
  private readonly pStart: number;
  private readonly maxLines: number;

  constructor(
    readonly seed: number,
    private readonly operations: number,
    lyingDatasync: boolean,
  ) {
    this.rng = new Rng(seed);
    this.pFault = this.rng.chance(0.4) ? 0 : 0.005 + this.rng.next() * 0.03;
    this.pCrash = this.rng.chance(0.3) ? 0 : 0.002 + this.rng.next() * 0.01;
    this.pStart = 0.05 + this.rng.next() * 0.3;
    this.maxLines = 2 + this.rng.int(10);
    this.disk = new SimDisk(this.scheduler.gate, () => this.now, lyingDatasync);
    this.disk.beforeUnlink = (path, bytes) => this.checkDeletion(path, bytes);
    this.disk.onChange = (proc, what) => this.checkWriter(proc, what);
  }

  async run(): Promise<ScheduleResult> {
    // A file no restore may accept, to check that a refused restore changes nothing.
    this.disk.put(join(EXT, 'damaged.json'), Buffer.from('{"schemaVersion": 1, "contacts": ['));
    this.openApp();
    while (!this.violation) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.violation) break;
      this.now += this.rng.int(300);
      if (this.crashes < 2 && this.rng.chance(this.pCrash)) this.powerCut();
      else if (this.started < this.operations && (this.scheduler.waiting === 0 || this.rng.chance(this.pStart)) && this.startOperation()) {
        // started (or opened) something
      } else if (this.scheduler.waiting > 0) this.runOneCall();
      else if (this.inflight > 0) {
        if (++this.idle > IDLE_LIMIT) this.fail(`no file-system call pending, yet ${this.inflight} operations never finished`);
        continue;
      } else if (this.started >= this.operations) {
        await this.finish();
        break;
      } else {
        if (++this.idle > IDLE_LIMIT) this.fail('the program cannot go on: nothing to run and nothing to start');
        continue;
      }
      this.idle = 0;
      this.steps++;
      this.checkAlways();
    }
    return { seed: this.seed, steps: this.steps, checks: this.checks, operations: this.started, crashes: this.crashes, violation: this.violation, trace: this.trace.slice() };
  }

  private idle = 0;
  private failedOpens = 0;
  /** The restore under way when its process died: a reopen may find it done. */
  private interrupted: Versions | null = null;

  // ---- the program ------------------------------------------------------------------------

  /** Starts the next operation of the program (or reopens the app); false when there is nothing to start now. */
  private startOperation(): boolean {
    // A process that has begun to close issues nothing more (the app quits, the CLI ends).
    if (this.app?.closing) return false;
    if (!this.app) {
      if (this.opening > 0) return false;
      if (++this.failedOpens > 60) this.fail('the workspace could not be opened again in 60 attempts');
      this.openApp();
      return true;
    }
    this.started++;
    let r = this.rng.int(WEIGHT_SUM);
    let op: Operation = 'commit';
    for (const [name, weight] of WEIGHTS) {
      if ((r -= weight) < 0) {
        op = name;
        break;
      }
    }
    this.note(`+ ${op}`);
    this.begin(op, this.app);
    return true;
  }

  private begin(op: Operation, app: App): void {
    switch (op) {
      case 'commit':
        return this.launch(op, () => this.commitNew(app, 1));
      case 'group':
        return this.launch(op, () => this.commitNew(app, 2 + this.rng.int(3)));
      case 'update':
        return this.launch(op, () => this.update(app));
      case 'refused':
        return this.launch(op, () => this.refusedCommit(this.rng.chance(0.3) && this.closed ? this.closed : app.store));
      case 'compact':
        return this.launch(op, () => this.compact(app));
      case 'cancel':
        return this.cancel(app);
      case 'backup':
        return this.launch(op, () => this.backup(app));
      case 'export':
        return this.launch(op, () => this.exportTo(app));
      case 'restore':
        return this.launch(op, () => this.restore(app, this.rng.pick(this.known)?.path ?? join(EXT, 'missing.json')));
      case 'badRestore':
        return this.launch(op, () => this.restore(app, this.rng.chance(0.5) ? join(EXT, 'damaged.json') : join(EXT, 'missing.json')));
      case 'close':
        return this.launch(op, () => this.close(app));
      case 'second':
        return this.launch(op, () => this.secondProcess());
      case 'kill':
        return this.kill(app);
    }
  }

  private launch(name: string, work: () => Promise<void>): void {
    this.inflight++;
    work()
      .catch((error: unknown) => {
        if (isSimBug(error)) this.fail(`${name} threw ${String(error)}`);
      })
      .finally(() => this.inflight--);
  }

  private contact(n: number, version: number, at: string): Command[] {
    const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    return [{ type: 'contact.create', at, id, data: contactData(version) }];
  }

  private async commitNew(app: App, count: number): Promise<void> {
    const at = new Date(this.now).toISOString();
    const commands = Array.from({ length: count }, () => this.contact(this.nextId++, 1, at)).flat();
    const ids = commands.map((c) => ('id' in c ? String(c.id) : ''));
    for (const id of ids) this.versions.set(id, 1);
    await app.store.commit(commands);
    if (!this.alive(app)) return;
    this.acknowledged(app, ids.map((id) => [id, 1]));
  }

  private async update(app: App): Promise<void> {
    const id = this.rng.pick([...this.acked.keys()]);
    if (!id) return;
    const version = (this.versions.get(id) ?? 1) + 1;
    this.versions.set(id, version);
    const at = new Date(this.now).toISOString();
    const command: Command = { type: 'contact.update', at, id, data: contactData(version) };
    try {
      await app.store.commit([command]);
    } catch (error) {
      if (error instanceof CommandError) return; // the contact went with a restore meanwhile
      throw error;
    }
    if (!this.alive(app)) return;
    this.acknowledged(app, [[id, version]]);
  }

  /** An ack: the change is in memory now, and from now on everywhere the invariants look. */
  private acknowledged(app: App, changes: [string, number][]): void {
    this.checks++;
    const problem = missing(new Map(changes), versionsOf(app.store.state));
    if (problem) return this.fail(`a commit was acknowledged but is not in memory: ${problem}`);
    for (const [id, version] of changes) this.acked.set(id, Math.max(this.acked.get(id) ?? 0, version));
    this.unsafeRestore = null;
    this.note(`ack ${changes.map(([id, v]) => `${id.slice(-4)}v${v}`).join(',')}`);
  }

  /** A command the rules refuse (an update of a contact that never existed), or any commit to a closed store. */
  private async refusedCommit(store: Store): Promise<void> {
    const n = this.nextId++;
    const [create] = this.contact(n, 1, new Date(this.now).toISOString());
    if (!create || create.type !== 'contact.create') return;
    const command: Command = store === this.closed ? create : { ...create, type: 'contact.update' };
    try {
      await store.commit([command]);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      this.checks++;
      const marker = create.id;
      if (Object.hasOwn(store.state.contacts, marker)) return this.fail(`a refused commit changed memory (${command.type})`);
      for (const [path, bytes] of this.disk.files(DIR)) {
        if (bytes.includes(marker)) return this.fail(`a refused commit reached the disk: ${path}`);
      }
      return;
    }
    if (store === this.closed) this.fail('a closed store accepted a commit');
    else this.fail('an update of a contact that never existed was accepted');
  }

  private async compact(app: App): Promise<void> {
    const expected = new Map(this.acked);
    const epoch = this.epoch;
    await app.store.compact();
    if (!this.alive(app) || epoch !== this.epoch) return;
    this.checks++;
    const onDisk = versionsOf(this.disk.read(storeFilePath(DIR)));
    const problem = missing(expected, onDisk);
    // A restore's swap may follow the fold while the compaction still takes its backup (it waits
    // only for the fold): liaison.json is then the restored file, before the restore announces the
    // swap (seed 800184669). A compaction promises its fold, not liaison.json after a later swap,
    // so that file, exactly, is the one other answer; a partial fold is still caught.
    const restoring = this.restoring?.versions;
    const swappedIn = restoring !== undefined && onDisk !== null && onDisk.size === restoring.size && missing(restoring, onDisk) === null;
    if (problem && !swappedIn) this.fail(`after a compaction, liaison.json lacks changes acknowledged before it began: ${problem}`);
  }

  private cancel(app: App): void {
    const running = app.tasks.list().filter((t) => t.cancellable);
    const task = this.rng.pick(running);
    if (!task) return;
    this.note(`cancel ${task.kind}`);
    app.tasks.cancel(task.id);
  }

  private async backup(app: App): Promise<void> {
    const expected = new Map(this.acked);
    const epoch = this.epoch;
    const path = await app.store.backup();
    if (!this.alive(app) || epoch !== this.epoch) return;
    this.checkCopy('a backup', path, expected);
  }

  private async exportTo(app: App): Promise<void> {
    const expected = new Map(this.acked);
    const epoch = this.epoch;
    const target = join(EXT, `export-${this.started}.json`);
    try {
      await app.tasks.run('export', (task) => exportBackupFile(app.store, target, task, this.fsOf(app)));
    } catch (error) {
      if (this.alive(app) && isCancel(error)) {
        this.checks++;
        if (this.disk.read(target) !== null) this.fail(`a cancelled export left ${target} behind`);
      }
      throw error;
    }
    if (!this.alive(app) || epoch !== this.epoch) return;
    this.checkCopy('an export', target, expected);
  }

  private checkCopy(what: string, path: string, expected: Versions): void {
    this.checks++;
    const versions = versionsOf(this.disk.read(path));
    const problem = missing(expected, versions);
    if (problem) return this.fail(`${what} lacks changes acknowledged before it began: ${problem}`);
    if (versions) this.known.push({ path, versions });
  }

  private async restore(app: App, source: string): Promise<void> {
    if (this.restoring) return;
    const known = this.known.find((k) => k.path === source);
    const wsBefore = app.store.state;
    let swapped = false;
    let ackedAtSwap: Versions = new Map();
    this.restoring = {
      versions: known?.versions ?? new Map(),
      onSwap: (before) => {
        swapped = true;
        ackedAtSwap = before;
      },
    };
    try {
      const result = await app.store.restore(source);
      if (!this.alive(app)) return;
      if (!swapped) return this.fail('a restore finished without replacing the workspace');
      this.checkCopy('the pre-restore backup', result.preRestoreBackup, ackedAtSwap);
      if (!result.durable) {
        this.note('restore not yet durable');
        this.unsafeRestore = { before: ackedAtSwap, restored: new Map(this.acked) };
      }
    } catch (error) {
      if (!this.alive(app) || swapped || !isRefusal(error)) throw error;
      this.checks++;
      if (app.store.state !== wsBefore) this.fail(`a refused restore (${String(error)}) replaced the workspace in memory`);
    } finally {
      this.restoring = null;
    }
  }

  /** The store announced the swap: from here the expected workspace is the restored file. */
  private swapped(app: App): void {
    const restoring = this.restoring;
    if (!restoring) return this.fail('the workspace was replaced with no restore running');
    this.checks++;
    const now = versionsOf(app.store.state);
    const expected = restoring.versions;
    if (!now || now.size !== expected.size || missing(expected, now) !== null) {
      return this.fail(`after a restore memory holds ${now?.size ?? 0} contacts, the restored file ${expected.size}`);
    }
    restoring.onSwap(this.acked);
    this.acked = new Map(expected);
    this.epoch++;
  }

  /** The app closes its store and ends, whether or not the close succeeded. */
  private async close(app: App): Promise<void> {
    app.closing = true;
    try {
      await app.store.close();
    } finally {
      if (this.alive(app)) {
        this.closed = app.store;
        this.app = null;
        this.scheduler.kill(app.proc);
        this.exited(app.proc);
      }
    }
  }

  // ---- processes and the lock -------------------------------------------------------------

  private newProc(): number {
    const proc = this.nextProc++;
    this.procs.add(proc);
    return proc;
  }

  private fsOf(app: App): FsOps {
    return this.disk.fsFor(app.proc);
  }

  private alive(app: App): boolean {
    return this.app === app && app.life === this.life;
  }

  private openApp(): void {
    const proc = this.newProc();
    const tasks = new TaskRegistry(() => this.now);
    const life = this.life;
    this.opening++;
    this.note(`+ open (process ${proc})`);
    this.launch('open', async () => {
      try {
        const store = await this.openStore(proc, 'app', tasks);
        if (!store || life !== this.life) return;
        const app: App = { proc, store, tasks, life };
        this.app = app;
        store.onChange((change) => {
          if (change.type === 'backup.restore' && this.alive(app)) this.swapped(app);
        });
      } finally {
        this.opening--;
      }
    });
  }

  /** Opens a store as process `proc`; null when the lock is held (checked: a refusal changes nothing). */
  private async openStore(proc: number, owner: 'app' | 'cli', tasks: TaskRegistry): Promise<Store | null> {
    const before = this.disk.files(DIR);
    let store: Store;
    // The damage check compares files before and after this open: only if no other process opened meanwhile.
    for (const other of this.openers) this.overlapped.add(other);
    if (this.openers.size > 0) this.overlapped.add(proc);
    this.openers.add(proc);
    try {
      store = await Store.open({
        dir: DIR,
        owner,
        fs: this.disk.fsFor(proc),
        clock: () => new Date(this.now),
        tasks,
        lock: this.lockEnvironment(proc),
        compaction: { runner: 'inline', maxLines: this.maxLines, quietMs: 0 },
        // Hourly backups run on a timer; the program takes backups itself.
        hourlyBackups: false,
      });
    } catch (error) {
      this.exited(proc);
      if (error instanceof Error && error.name === 'WorkspaceLockedError') {
        this.checks++;
        const changed = this.changes.get(proc);
        if (changed) this.fail(`process ${proc} was refused the lock, yet changed the disk: ${changed}`);
      }
      return null;
    } finally {
      this.openers.delete(proc);
    }
    if (this.scheduler.isDead(proc)) return null;
    this.checks++;
    if (this.holders.size > 0) {
      this.fail(`two processes hold the workspace lock: ${[...this.holders].join(', ')} and ${proc}`);
      return null;
    }
    this.holders.add(proc);
    this.note(`${owner} ${proc} holds the lock`);
    this.checks += 2;
    this.failedOpens = 0;
    const problem = missing(this.acked, versionsOf(store.state));
    if (problem && !this.restoreFinishedBeforeDeath(store) && !this.unsafeRestoreUndone(store)) this.fail(`after reopening, memory lacks acknowledged changes: ${problem}`);
    this.interrupted = null;
    const alone = !this.overlapped.delete(proc);
    const dropped = alone && droppedBytesProblem(DIR, before, this.disk.files(DIR), { journal: store.journalNotice !== null, snapshot: store.report.recovery !== null });
    if (dropped) this.fail(dropped);
    return store;
  }

  /**
   * A restore cut short by a crash may have swapped the files already: then the workspace must be
   * exactly the restored file, and a pre-restore backup must hold every change acknowledged before.
   */
  private restoreFinishedBeforeDeath(store: Store): boolean {
    const restored = this.interrupted;
    const now = versionsOf(store.state);
    if (!restored || !now || now.size !== restored.size || missing(restored, now) !== null) return false;
    const kept = this.disk.list(join(DIR, 'backups')).filter((name) => name.includes('pre-restore'));
    if (!kept.some((name) => missing(this.acked, versionsOf(this.disk.read(join(DIR, 'backups', name)))) === null)) return false;
    this.acked = new Map(restored);
    this.epoch++;
    return true;
  }

  /**
   * After a restore that said it was not yet durable, a reopen before the next acknowledged commit
   * may find the workspace as it was before it, with every change acknowledged then (or, after a
   * later crash, the restored one again): what the user was told may happen, nothing more.
   */
  private unsafeRestoreUndone(store: Store): boolean {
    const told = this.unsafeRestore;
    const now = versionsOf(store.state);
    const found = [told?.before, told?.restored].find((versions) => versions && missing(versions, now) === null);
    if (!found) return false;
    this.acked = new Map(found);
    this.epoch++;
    return true;
  }

  /** A second process (the CLI) tries the lock; it takes it only if no one holds it, then lets go. */
  private async secondProcess(): Promise<void> {
    const proc = this.newProc();
    const store = await this.openStore(proc, 'cli', new TaskRegistry(() => this.now));
    if (!store) return;
    try {
      await store.close();
    } finally {
      // The command ends whether or not its close succeeded (a lock it could not remove is then
      // a dead process's, taken over by the next opener).
      this.holders.delete(proc);
      this.exited(proc);
    }
  }

  /** A process ended: from now on the lock's probe says its pid no longer runs. */
  private exited(proc: number): void {
    this.procs.delete(proc);
    this.holders.delete(proc);
  }

  /**
   * Process `proc` as the lock sees it: its own pid and start, this boot's id, the simulated
   * clock, and sleeps that are scheduling points advancing that clock. Nothing real is read or
   * waited for, so a seed replays the same schedule in any process.
   */
  private lockEnvironment(proc: number): LockEnvironment {
    const here: ProcessIdentity = {
      pid: PID_BASE + proc,
      host: 'sim',
      machine: 'sim-machine',
      bootId: `sim-boot-${this.boot}`,
      bootAt: new Date(START).toISOString(),
      startTicks: String(proc),
    };
    const running = (pid: number): number | null => {
      const other = pid - PID_BASE;
      return this.procs.has(other) && !this.scheduler.isDead(other) ? other : null;
    };
    const probe: Probe = {
      isRunning: (pid) => running(pid) !== null,
      startTicksOf: (pid) => Promise.resolve(running(pid) === null ? null : String(running(pid))),
    };
    return {
      here,
      probe,
      clock: () => this.now,
      sleep: (ms) => {
        const until = this.now + ms;
        return this.scheduler.gate(proc, `sleep ${ms} ms`, 'sleep', () => {
          this.now = Math.max(this.now, until);
        });
      },
    };
  }

  private kill(app: App): void {
    this.note(`kill -9 process ${app.proc}`);
    // Cleared only by a reopen that checked it: a second crash must not forget a restore the first cut short.
    this.interrupted = this.restoring?.versions ?? this.interrupted;
    this.life++;
    this.app = null;
    this.scheduler.kill(app.proc);
    this.exited(app.proc);
  }

  private powerCut(): void {
    this.crashes++;
    this.note('power cut');
    this.interrupted = this.restoring?.versions ?? this.interrupted;
    this.boot++;
    this.life++;
    this.app = null;
    for (const proc of this.procs) this.scheduler.kill(proc);
    this.procs.clear();
    this.holders.clear();
    // The lock files stay as the cut left them (whole, empty, garbled or gone): after the reboot
    // their holders are judged gone by the new boot id, or, unreadable, once no longer young.
    this.disk.powerLoss(
      (what) => {
        const r = this.rng.next();
        if (what === 'dir') return r < 0.5 ? 'apply' : 'drop';
        return r < 0.6 ? 'apply' : r < 0.85 ? 'drop' : 'garble';
      },
      () => false,
    );
  }

  private async finish(): Promise<void> {
    // The last word: a power cut now, then a fault-free reopen must bring back every acknowledged change.
    this.powerCut();
    this.pFault = 0;
    this.openApp();
    for (let i = 0; this.inflight > 0 && !this.violation; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.scheduler.waiting > 0) this.runOneCall();
      else if (i > IDLE_LIMIT) this.fail('the final reopen never finished');
      this.steps++;
    }
    this.checks++;
    if (!this.violation && !this.app) this.fail('the final reopen after a power cut failed');
  }

  // ---- one step -----------------------------------------------------------------------------

  private runOneCall(): void {
    const label = this.scheduler.step(this.rng, (kind, what) => this.fault(kind, what));
    this.note(label);
  }

  private fault(kind: CallKind, label: string): string | null {
    if (this.pFault === 0 || kind === 'sleep' || (label.includes(EXT) && label.includes('damaged.json'))) return null;
    if (!this.rng.chance(kind === 'read' ? this.pFault / 4 : this.pFault)) return null;
    return kind === 'write' && this.rng.chance(0.5) ? 'ENOSPC' : 'EIO';
  }

  /** After every step: at most one lock holder, and memory holds every acknowledged change. */
  private checkAlways(): void {
    this.checks += 2;
    if (this.holders.size > 1) return this.fail(`two processes hold the workspace lock: ${[...this.holders].join(', ')}`);
    // While a restore runs, memory may already be the restored workspace before the store says so.
    if (this.app && !this.restoring) {
      const problem = missing(this.acked, versionsOf(this.app.store.state));
      if (problem) this.fail(`memory lacks acknowledged changes: ${problem}`);
    }
  }

  /** Only the lock's holder (or a process taking it) changes the workspace's files. */
  private checkWriter(proc: number, what: string): void {
    this.checks++;
    // A process's own temp files (written whole, then linked or renamed into place) and the lock's
    // takeover mutex are its scratch.
    if (!what.endsWith('.tmp') && !what.endsWith('.takeover')) {
      this.changes.set(proc, what);
      // An opener's before/after comparison of the files holds only if no one else changed them
      // meanwhile (the holder it is taking the lock from may still be writing until it dies).
      if (/(liaison\.json|journal-\d+\.log)$/.test(what)) for (const other of this.openers) if (other !== proc) this.overlapped.add(other);
    }
    if (!what.includes(` ${DIR}/`) || this.holders.has(proc) || this.openers.has(proc)) return;
    this.fail(`process ${proc} changed the workspace without holding the lock: ${what}`);
  }

  /** "Nothing is deleted that has not been folded into a durable snapshot." */
  private checkDeletion(path: string, bytes: Buffer): void {
    this.checks++;
    if (path.startsWith(`${DIR}/damaged/`)) return this.fail(`${path} was deleted from damaged/`);
    if (path === storeFilePath(DIR)) return this.fail('liaison.json was deleted');
    if (!/\/journal-\d+\.log$/.test(path) || !path.startsWith(`${DIR}/`)) return;
    const last = lastJournalSeq(bytes);
    const folded = snapshotSeq(this.disk.readDurable(storeFilePath(DIR)));
    if (last > 0 && last > folded) this.fail(`${path.slice(DIR.length + 1)} (up to change ${last}) was deleted while the durable snapshot holds changes up to ${folded}`);
  }

  private note(line: string): void {
    this.trace.push(line);
    if (this.trace.length > 4000) this.trace.splice(0, 2000);
  }

  fail(message: string): void {
    if (this.violation) return;
    this.violation = message;
    this.note(`VIOLATION: ${message}`);
  }
}

const contactInputs = new Map<number, ContactData>();
/** A contact's fields at a version (parsed once: zod's parse is a schedule's largest cost after the store's own). */
function contactData(version: number): ContactData {
  let data = contactInputs.get(version);
  if (!data) contactInputs.set(version, (data = ContactInputSchema.parse({ family: 'Sim', given: String(version) })));
  return structuredClone(data);
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'TaskCancelledError';
}

/** A refusal: the rules said no (a CommandError), or the source file was missing or damaged. */
function isRefusal(error: unknown): boolean {
  if (error instanceof CommandError) return true;
  return error instanceof Error && (error.name === 'DamagedFileError' || ('code' in error && error.code === 'ENOENT'));
}

/** Errors no injected fault explains: the store's own bugs, or the simulation's. */
function isSimBug(error: unknown): boolean {
  if (error instanceof ProcessDiedError) return false;
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError || (error instanceof Error && error.message.startsWith('SimDisk'));
}
