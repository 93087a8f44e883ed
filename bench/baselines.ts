import { createRequire } from 'node:module';

// The baselines live in bench/node_modules, installed by `npm run bench` only, so a fresh clone's
// typecheck and `npm test` never need them. They are loaded at run time through a require rooted in
// bench/, and typed here by the few calls the scenarios make.
const requireFromBench = createRequire(new URL('./package.json', import.meta.url));

export interface SqliteStatement {
  run(...params: unknown[]): unknown;
}
export interface SqliteDatabase {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): SqliteStatement;
  transaction<T extends (...args: never[]) => void>(fn: T): T;
  close(): void;
}
export type SqliteConstructor = new (path: string) => SqliteDatabase;

export interface Papa {
  unparse(data: unknown[][] | Record<string, unknown>[], config?: { newline?: string; quotes?: boolean }): string;
}

export interface UFuzzyInstance {
  /** [matching haystack indexes, their ranking info, the ranked order of info.idx]; info and order are null past infoThresh. */
  search(haystack: string[], needle: string, outOfOrder?: number, infoThresh?: number): [number[] | null, { idx: number[] } | null, number[] | null];
}
export type UFuzzyConstructor = new (options?: Record<string, unknown>) => UFuzzyInstance;

export interface MiniSearchResult {
  id: string;
}
export interface MiniSearchInstance {
  addAll(documents: readonly object[]): void;
  add(document: object): void;
  replace(document: object): void;
  search(query: string, options?: Record<string, unknown>): MiniSearchResult[];
}
export type MiniSearchConstructor = new (options: { fields: string[]; storeFields?: string[]; searchOptions?: Record<string, unknown> }) => MiniSearchInstance;

function load<T>(name: string): T {
  try {
    return requireFromBench(name) as T;
  } catch (error) {
    throw new Error(`The benchmark baseline "${name}" is not installed; run \`npm run bench\` (it installs bench/package.json first).`, { cause: error });
  }
}

export const loadSqlite = (): SqliteConstructor => load<SqliteConstructor>('better-sqlite3');
export const loadPapa = (): Papa => load<Papa>('papaparse');
export const loadUFuzzy = (): UFuzzyConstructor => load<UFuzzyConstructor>('@leeoniya/ufuzzy');
export const loadMiniSearch = (): MiniSearchConstructor => {
  const loaded = load<MiniSearchConstructor | { default: MiniSearchConstructor }>('minisearch');
  return 'default' in loaded ? loaded.default : loaded;
};
