import { parseArgs } from 'node:util';
import { replayJournals } from '../../core/journal/replayJournals';
import { nodeFsOps } from '../../core/store/nodeFsOps';
import { readWorkspaceReadOnly } from '../../core/store/readWorkspaceReadOnly';
import { readSyncState, type ConflictOnDisk, type SyncStateOnDisk } from '../../core/sync/readSyncState';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';

/** `liaison sync status [--json]`: read only (no lock, no server contacted), like doctor. */
export async function syncStatus(ctx: CliContext): Promise<number> {
  const options = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { json: { type: 'boolean' } } }).values);
  const state = await readSyncStateOf(ctx.dataDir, ctx.io.fs ?? nodeFsOps);
  if (options.json) ctx.io.out(`${JSON.stringify(state, null, 2)}\n`);
  else ctx.io.out(`${formatSyncState(state).join('\n')}\n`);
  return 0;
}

/** The folder's sync state over the workspace as a writer would load it (snapshot + journal, replayed in memory). */
export async function readSyncStateOf(dir: string, fs = nodeFsOps): Promise<SyncStateOnDisk> {
  const { workspace } = await readWorkspaceReadOnly(fs, dir);
  await replayJournals(fs, dir, workspace);
  return readSyncState(fs, dir, workspace);
}

export function formatSyncState(s: SyncStateOnDisk): string[] {
  if (!s.configured) return ['Sync:        not set up (liaison sync --server URL --db NAME [--user U])'];
  const lines = [
    `Sync:        ${s.server ?? ''}, database ${s.db ?? ''}${s.user ? `, user ${s.user}` : ''}${s.live ? ' (live)' : ''}`,
    `Last sync:   ${s.lastSyncAt ?? 'never'}`,
    `Waiting:     ${s.pending} change${s.pending === 1 ? '' : 's'} not yet sent`,
    `Conflicts:   ${s.conflicts.length === 0 ? 'none' : s.conflicts.length}`,
  ];
  for (const conflict of s.conflicts) lines.push(...formatConflict(conflict));
  const files = s.filesNotSynced.length;
  if (files > 0) lines.push(`Not synced:  ${files} file${files === 1 ? '' : 's'} (contact photos, offer letters) stay${files === 1 ? 's' : ''} on this computer: ${s.filesNotSynced.slice(0, 5).join(', ')}${files > 5 ? ', …' : ''}`);
  if (s.lastError) lines.push(`Last error:  ${s.lastError.message} (${s.lastError.at})`);
  return lines;
}

/** A conflict as the user chooses from it: each side's revision and the fields where the sides differ. */
function formatConflict(c: ConflictOnDisk): string[] {
  const sides = [c.winner, ...c.others];
  const fields = [...new Set(sides.flatMap((side) => Object.keys(side.record)))].filter((field) => new Set(sides.map((side) => JSON.stringify(side.record[field] ?? null))).size > 1).sort();
  const lines = [`  ${c.kind}:${c.id}`];
  for (const side of sides) {
    const shown = fields.map((field) => `${field}: ${JSON.stringify(side.record[field] ?? null)}`).join(', ');
    lines.push(`    --keep ${side.rev}${side === c.winner ? ' (shown now)' : ''}  ${shown}`);
  }
  return lines;
}
