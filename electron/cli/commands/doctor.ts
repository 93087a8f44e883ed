import { basename, join } from 'node:path';
import { englishText } from '../../shared/i18n/Phrase';
import { describeJournalLoss, journalLossPhrase, readJournalLosses, type JournalLoss } from '../../core/journal/JournalLoss';
import { replayJournals } from '../../core/journal/replayJournals';
import { references } from '../../shared/references';
import type { Kind } from '../../shared/schemas/collections';
import { kinds } from '../../shared/schemas/collections';
import type { Workspace } from '../../shared/schemas/workspace';
import { listBackups } from '../../core/store/backups';
import { readCompactionFailure, type CompactionFailure } from '../../core/store/CompactionFailure';
import { DamagedFileError } from '../../core/store/DamagedFileError';
import { nodeFsOps } from '../../core/store/nodeFsOps';
import { readLock } from '../../core/store/WorkspaceLock';
import { readWorkspaceReadOnly } from '../../core/store/readWorkspaceReadOnly';
import { storeFilePath } from '../../core/store/storeFilePath';
import { parseArgs } from 'node:util';
import { readSyncState, type SyncStateOnDisk } from '../../core/sync/readSyncState';
import { findRuleViolations, type RuleViolation } from '../../core/sync/crossRecordRules';
import { formatSyncState } from './syncStatus';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';

export interface DoctorReport {
  ok: boolean;
  dataDir: string;
  path: string;
  store: { state: 'missing' | 'ok' | 'damaged'; bytes: number | null; reason?: string; schemaVersion?: number; seq?: number };
  counts: Partial<Record<Kind, number>>;
  lock: { state: string; holder?: string; stale?: boolean };
  backups: { count: number; newest: string | null; newestAt: string | null; totalBytes: number };
  /** Damaged files moved aside by earlier recoveries. */
  recoveries: string[];
  danglingLinks: { kind: Kind; id: string; field: string; missing: string }[];
  /** The last background compaction's failure, until one succeeds; the journal still holds every change. */
  compaction: CompactionFailure | null;
  /** Saved changes an earlier load could not replay; their journals are kept in damaged/. */
  journalLosses: JournalLoss[];
  /** What the next load would not replay (a gap or a damaged line found now), or null. */
  journalAtRisk: JournalLoss | null;
  /** Where the folder syncs, how it went, and the records in conflict (null: the store could not be read). */
  sync: SyncStateOnDisk | null;
  /** Rules spanning records that a sync broke (two host cities selected for one conference): shown, never repaired here. */
  ruleViolations: Omit<RuleViolation, 'phrase'>[];
  problems: string[];
}

/** Looks at everything and changes nothing: no lock taken, no repair, no write. */
export async function doctor(ctx: CliContext): Promise<number> {
  const options = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { json: { type: 'boolean' } } }).values);
  const fs = nodeFsOps;
  const dir = ctx.dataDir;
  const report: DoctorReport = {
    ok: true,
    dataDir: dir,
    path: storeFilePath(dir),
    store: { state: 'missing', bytes: null },
    counts: {},
    lock: { state: 'free' },
    backups: { count: 0, newest: null, newestAt: null, totalBytes: 0 },
    recoveries: [],
    danglingLinks: [],
    compaction: null,
    journalLosses: [],
    journalAtRisk: null,
    sync: null,
    ruleViolations: [],
    problems: [],
  };
  try {
    report.store.bytes = (await fs.stat(report.path)).size;
    const { workspace } = await readWorkspaceReadOnly(fs, dir);
    report.store = { ...report.store, state: 'ok', schemaVersion: workspace.schemaVersion, seq: workspace.seq };
    for (const kind of kinds) report.counts[kind] = Object.keys(workspace[kind]).length;
    // Read only: the replay runs on the copy in memory; nothing is copied, cut or written.
    const replay = await replayJournals(fs, dir, workspace);
    report.journalAtRisk = await describeJournalLoss(fs, replay, workspace.seq, ctx.now());
    if (report.journalAtRisk) report.problems.push(atRiskSentence(report.journalAtRisk));
    report.sync = await readSyncState(fs, dir, workspace);
    const conflicts = report.sync.conflicts.length;
    if (conflicts > 0) {
      report.problems.push(
        `${conflicts} record${conflicts === 1 ? ' is' : 's are'} in sync conflict: ${report.sync.conflicts.map((c) => `${c.kind}:${c.id}`).join(', ')}. \`liaison sync status\` shows the sides; \`liaison sync resolve KIND:ID --keep REV\` settles one.`,
      );
    }
    report.ruleViolations = findRuleViolations(workspace).map(({ rule, conferenceId, candidacyIds, message }) => ({ rule, conferenceId, candidacyIds, message }));
    for (const violation of report.ruleViolations) report.problems.push(violation.message);
    report.danglingLinks = findDanglingLinks(workspace);
    if (report.danglingLinks.length > 0) report.problems.push(`${report.danglingLinks.length} links point at records that no longer exist.`);
  } catch (error) {
    if (error instanceof DamagedFileError) {
      report.store.state = 'damaged';
      report.store.reason = error.message;
      report.problems.push(`The store file is damaged (${error.message}). Open Liaison, or run any writing command, to recover it from the newest valid backup.`);
    } else if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')) {
      throw error;
    }
  }
  const lock = await readLock(fs, dir);
  if (lock.state === 'held') {
    report.lock = {
      state: 'held',
      holder: `${lock.holder.owner === 'app' ? 'the app' : 'the liaison command'}, process ${lock.holder.pid} on ${lock.holder.host}${lock.verdict.kind === 'unknown' ? ' (another machine)' : ''} since ${lock.holder.startedAt}`,
      stale: lock.stale,
    };
  } else report.lock = { state: lock.state };
  const backups = await listBackups(fs, dir);
  report.backups = {
    count: backups.length,
    newest: backups[0]?.path ?? null,
    newestAt: backups[0]?.time.toISOString() ?? null,
    totalBytes: backups.reduce((sum, b) => sum + b.size, 0),
  };
  try {
    report.recoveries = (await fs.readdir(join(dir, 'damaged'))).sort().map((name) => join(dir, 'damaged', name));
  } catch {
    report.recoveries = [];
  }
  report.journalLosses = await readJournalLosses(fs, dir);
  for (const loss of report.journalLosses) report.problems.push(`${englishText(journalLossPhrase(loss))} (${loss.at})`);
  report.compaction = await readCompactionFailure(fs, dir);
  if (report.compaction) report.problems.push(`Compaction failed at ${report.compaction.at}: ${report.compaction.message}`);
  report.ok = report.problems.length === 0;
  if (options.json) ctx.io.out(`${JSON.stringify(report, null, 2)}\n`);
  else ctx.io.out(formatReport(report));
  return report.ok ? 0 : 1;
}

function atRiskSentence(loss: JournalLoss): string {
  const numbers = loss.first === null ? '' : loss.first === loss.last ? ` (number ${loss.first})` : ` (numbers ${loss.first}–${loss.last})`;
  const one = loss.dropped === 1;
  const cause = loss.kind === 'gap' ? `come${one ? 's' : ''} after a missing change` : `follow${one ? 's' : ''} a damaged line (${loss.unreadable} unreadable)`;
  return (
    `${loss.dropped} saved change${one ? '' : 's'}${numbers} in ${basename(loss.file)} ${cause} and will not be loaded; the workspace loads up to change ${loss.loadedUpTo}. ` +
    'Open Liaison, or run any writing command, to keep a copy of the journal in damaged/ and go on from there.'
  );
}

function findDanglingLinks(ws: Readonly<Workspace>): DoctorReport['danglingLinks'] {
  const found: DoctorReport['danglingLinks'] = [];
  for (const ref of references) {
    const targets = ws[ref.to] as Record<string, unknown>;
    for (const record of Object.values(ws[ref.from]) as Record<string, unknown>[]) {
      const value = record[ref.field];
      const ids = Array.isArray(value) ? value : value ? [value] : [];
      for (const id of ids) {
        if (typeof id === 'string' && !Object.hasOwn(targets, id)) {
          found.push({ kind: ref.from, id: String(record.id), field: ref.field, missing: id });
        }
      }
    }
  }
  return found;
}

function formatReport(r: DoctorReport): string {
  const lines = [
    `Data folder: ${r.dataDir}`,
    `Store:       ${r.path} — ${r.store.state}${r.store.bytes !== null ? ` (${r.store.bytes} bytes)` : ''}`,
  ];
  if (r.store.state === 'ok') {
    lines.push(`Records:     ${Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  lines.push(`Lock:        ${r.lock.state}${r.lock.holder ? ` (${r.lock.holder}${r.lock.stale ? ', stale: the next writer takes it over' : ''})` : ''}`);
  lines.push(`Backups:     ${r.backups.count}${r.backups.newestAt ? `, newest ${r.backups.newestAt}` : ''}`);
  lines.push(`Recoveries:  ${r.recoveries.length === 0 ? 'none' : r.recoveries.join(', ')}`);
  lines.push(`Compaction:  ${r.compaction ? `failed at ${r.compaction.at}` : 'ok'}`);
  const losses = r.journalLosses.length + (r.journalAtRisk ? 1 : 0);
  lines.push(`Journal:     ${losses === 0 ? 'every saved change loads' : `${losses} loss${losses === 1 ? '' : 'es'} (see below)`}`);
  if (r.sync) lines.push(...formatSyncState(r.sync).filter((line) => !line.startsWith('  ')));
  lines.push(r.ok ? 'Healthy.' : `Problems:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
  return `${lines.join('\n')}\n`;
}
