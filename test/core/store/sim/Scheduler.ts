import type { CallKind, Gate } from './SimDisk';

/**
 * mulberry32: a 32-bit seeded generator, a few lines, the same sequence on every machine. A
 * library would add a dependency for six lines; fast-check's generators are built for shrinking
 * values, not for a scheduler's stream of choices.
 */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.int(items.length)];
  }
}

/** A process that died (kill -9 or a power cut): its calls in flight and all later ones fail. */
export class ProcessDiedError extends Error {
  readonly code = 'EIO';
}

interface Pending {
  proc: number;
  label: string;
  kind: CallKind;
  run: (fault: string | null) => void;
  die: (error: Error) => void;
}

/**
 * Holds every file-system call of every simulated process until `step` lets one proceed: the
 * seeded choice of which pending call runs next (and whether it fails) is the interleaving.
 */
export class Scheduler {
  private pending: Pending[] = [];
  private readonly dead = new Set<number>();

  readonly gate: Gate = (proc, label, kind, perform) => {
    if (this.dead.has(proc)) return Promise.reject(new ProcessDiedError(`process ${proc} is gone (${label})`));
    return new Promise((resolve, reject) => {
      this.pending.push({
        proc,
        label,
        kind,
        run: (fault) => {
          try {
            resolve(perform(fault));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        die: reject,
      });
    });
  };

  get waiting(): number {
    return this.pending.length;
  }

  /** Runs one pending call chosen by `rng`, failing it with `fault(kind)`'s code if that says so; returns its label. */
  step(rng: Rng, fault: (kind: CallKind, label: string) => string | null): string {
    const index = rng.int(this.pending.length);
    const [call] = this.pending.splice(index, 1);
    if (!call) throw new Error('Scheduler: nothing to run');
    const code = fault(call.kind, call.label);
    call.run(code);
    return `${call.proc}: ${call.label}${code ? ` !${code}` : ""}`;
  }

  /** The process is gone: its pending calls fail now, its later ones at once. */
  kill(proc: number): void {
    this.dead.add(proc);
    const gone = this.pending.filter((p) => p.proc === proc);
    this.pending = this.pending.filter((p) => p.proc !== proc);
    for (const call of gone) call.die(new ProcessDiedError(`process ${proc} died during ${call.label}`));
  }

  killAll(): void {
    for (const proc of new Set(this.pending.map((p) => p.proc))) this.kill(proc);
  }

  isDead(proc: number): boolean {
    return this.dead.has(proc);
  }
}
