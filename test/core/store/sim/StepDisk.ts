import type { StoreOptions } from '../../../../electron/core/store/Store';
import type { LockEnvironment } from '../../../../electron/core/store/WorkspaceLock';
import { ProcessDiedError } from './Scheduler';
import { SimDisk, type Gate } from './SimDisk';

/** What `fault` says about a call: an error code to fail it with, 'kill' to kill its process there, or null. */
export type FaultChoice = string | null;

/**
 * The simulation's disk for hand-written scenarios: every call runs one macrotask after it is
 * made (so promise chains settle in between, as on a real disk), in order, with no scheduler;
 * `fault` injects errors or kills a process at a call; `powerCut` keeps only what is durable.
 * Each process gets its own identity for the lock (pid 100000 + n), as in the simulation.
 */
export class StepDisk {
  readonly disk: SimDisk;
  now = Date.parse('2026-11-28T10:00:00.000Z');
  private boot = 1;
  private readonly dead = new Set<number>();
  fault: (proc: number, label: string) => FaultChoice = () => null;

  constructor(readonly dir = '/sim/ws') {
    const gate: Gate = (proc, label, _kind, perform) =>
      new Promise((resolve, reject) => {
        setImmediate(() => {
          if (this.dead.has(proc)) return reject(new ProcessDiedError(`process ${proc} is gone (${label})`));
          const choice = this.fault(proc, label);
          if (choice === 'kill') {
            this.dead.add(proc);
            return reject(new ProcessDiedError(`process ${proc} was killed at ${label}`));
          }
          try {
            resolve(perform(choice));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
    this.disk = new SimDisk(gate, () => this.now);
  }

  /** Options for Store.open as process `proc`. */
  options(proc: number, extra: Partial<StoreOptions> = {}): StoreOptions {
    return {
      dir: this.dir,
      owner: 'app',
      fs: this.disk.fsFor(proc),
      clock: () => new Date((this.now += 1000)),
      lock: this.lockEnvironment(proc),
      compaction: { runner: 'inline', quietMs: 0, maxLines: 1000 },
      hourlyBackups: false,
      ...extra,
    };
  }

  kill(proc: number): void {
    this.dead.add(proc);
  }

  /** Every process dies and only what is durable is left: each pending file and folder change is dropped. */
  powerCut(procs: number[]): void {
    for (const proc of procs) this.dead.add(proc);
    this.boot++;
    this.disk.powerLoss(() => 'drop', () => false);
  }

  private lockEnvironment(proc: number): LockEnvironment {
    const pidOf = (n: number) => 100_000 + n;
    return {
      here: { pid: pidOf(proc), host: 'sim', machine: 'sim-machine', bootId: `boot-${this.boot}`, bootAt: new Date(0).toISOString(), startTicks: String(proc) },
      probe: {
        isRunning: (pid) => !this.dead.has(pid - 100_000),
        startTicksOf: (pid) => Promise.resolve(this.dead.has(pid - 100_000) ? null : String(pid - 100_000)),
      },
      clock: () => this.now,
      sleep: (ms) => {
        this.now += ms;
        return new Promise((resolve) => setImmediate(resolve));
      },
    };
  }
}
