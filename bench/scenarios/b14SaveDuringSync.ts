import { SyncReplica } from '../../electron/core/sync/SyncReplica';
import type { BenchContext } from '../BenchContext';
import { ratiosOf, type ScenarioResult } from '../BenchResult';
import { acrossRuns, type Summary } from '../stats';
import { benchSyncServer } from '../syncServer';
import { runOurs, type Beside } from './b1Save';

/**
 * B14: B1's durable single-contact save (same run: commands:run, journal append + fdatasync,
 * interleaved with the append+fdatasync floor) with a sync running beside it in the same process,
 * as the app's main process runs both: first the whole workspace pushed to an empty database,
 * then sync after sync, each pulling and pushing what the saves changed. Target as B1: p95 <=
 * 3x the floor's p95 (the issue: saving stays as fast as before while a sync runs).
 */
export async function b14SaveDuringSync(ctx: BenchContext): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const size of ctx.sizes) {
    const { workspace, contactIds } = ctx.workspace(size);
    const server = await benchSyncServer();
    const saves: Summary[] = [];
    const floors: Summary[] = [];
    let syncs = 0;
    let pushed = 0;
    try {
      for (let run = 0; run < ctx.runs; run++) {
        const db = await server.createDatabase();
        const beside: Beside = async (service) => {
          const replica = await SyncReplica.open({ store: service.store, target: { server: server.origin, db }, timeoutMs: 300_000 });
          let stopped = false;
          const loop = (async () => {
            while (!stopped) {
              const report = await replica.syncOnce();
              syncs++;
              pushed += report.pushed;
            }
          })();
          return async () => {
            stopped = true;
            await loop;
            await replica.close();
          };
        };
        const figures = await runOurs(workspace, contactIds, run, beside);
        saves.push(figures.steady);
        floors.push(figures.floor);
        ctx.log(`  B14 ${size} run ${run + 1}: save p95 ${figures.steady.p95.toFixed(2)} ms (floor p95 ${figures.floor.p95.toFixed(2)}); syncs so far ${syncs}, documents pushed ${pushed}`);
      }
    } finally {
      await server.close();
    }
    const ours = acrossRuns(saves);
    const floor = acrossRuns(floors);
    const baselines = [{ name: 'append+fdatasync floor', median: floor.median, p95: floor.p95 }];
    results.push({
      id: 'B14',
      name: 'durable single-contact save while a sync runs',
      size,
      unit: 'ms',
      median: ours.median,
      p95: ours.p95,
      baselines,
      ratios: ratiosOf(ours.median, baselines),
      target: 'p95 <= 3x floor p95 (as B1)',
      pass: ours.p95 <= 3 * floor.p95,
      note: `B1's saves with SyncReplica.syncOnce() in a loop beside them (first push of the workspace, then each sync sending the saves made since); ${syncs} syncs and ${pushed} documents pushed over ${ctx.runs} runs; saves overlapping a store compaction left out as in B1`,
      details: { 'p95 / floor p95': Number((ours.p95 / floor.p95).toFixed(2)), max: ours.max, syncs, pushed },
    });
  }
  return results;
}
