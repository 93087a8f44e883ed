import { generateWorkspace, type GeneratedWorkspace } from './generateWorkspace';

/** What every scenario gets: the sizes and runs asked for, the seeded workspaces, a log. */
export class BenchContext {
  private readonly generated = new Map<number, GeneratedWorkspace>();

  constructor(
    readonly sizes: readonly number[],
    readonly runs: number,
    readonly seed: number,
    readonly log: (line: string) => void,
  ) {}

  /** The seeded workspace of `size` contacts, generated once per process and never changed. */
  workspace(size: number): GeneratedWorkspace {
    let generated = this.generated.get(size);
    if (!generated) {
      generated = generateWorkspace(size, this.seed);
      this.generated.set(size, generated);
    }
    return generated;
  }

  /** The largest size asked for: scenarios the issue sets at 100,000 run at this one. */
  get largest(): number {
    return Math.max(...this.sizes);
  }

  /** Drops the cached workspaces (the 100,000 one holds a few hundred megabytes). */
  forget(): void {
    this.generated.clear();
  }
}
