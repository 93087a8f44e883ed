import { exportContacts } from '../../electron/core/export/exportContacts';
import { planImport } from '../../electron/core/import/planImport';
import { readContactsFile } from '../../electron/core/import/readContactsFile';
import type { Workspace } from '../../electron/shared/schemas/workspace';
import type { BenchContext } from '../BenchContext';
import type { ScenarioResult } from '../BenchResult';
import { collectGarbage } from '../gc';
import { generateWorkspace } from '../generateWorkspace';
import { acrossRuns, since, summarize, type Summary } from '../stats';

const FILE_CONTACTS = 10_000;

/** A CSV file of `count` contacts from another seeded workspace: people the workspace does not hold yet. */
async function csvOfOthers(count: number): Promise<Buffer> {
  const others = generateWorkspace(count, 20201001).workspace;
  const chunks: Buffer[] = [];
  for await (const chunk of exportContacts(Object.values(others.contacts), others, 'csv')) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * B9: what the import dialog waits for with a 10,000-contact CSV file and the largest workspace:
 * the file read and recognised (import:choose), then every record matched against the workspace's
 * contacts, organisations and cities and planned (import:preview, and again at import:apply).
 * Reported, with no target in the issue; it runs on main's thread, so it is kept in view here.
 */
export async function b9Import(ctx: BenchContext): Promise<ScenarioResult[]> {
  const size = ctx.largest;
  const ws: Readonly<Workspace> = ctx.workspace(size).workspace;
  const bytes = await csvOfOthers(FILE_CONTACTS);
  const reads: Summary[] = [];
  const plans: Summary[] = [];
  let created = 0;
  for (let run = 0; run < ctx.runs; run++) {
    collectGarbage();
    let start = performance.now();
    const file = readContactsFile(bytes, 'others.csv');
    reads.push(summarize([since(start)]));
    collectGarbage();
    start = performance.now();
    const plan = planImport(ws, file.records, { mode: 'ui', decisions: {}, at: new Date().toISOString(), source: file.name });
    plans.push(summarize([since(start)]));
    created = plan.created;
    ctx.log(`  B9 run ${run + 1}: read ${reads.at(-1)?.median.toFixed(0)} ms, plan ${plans.at(-1)?.median.toFixed(0)} ms (${plan.created} new, ${plan.merged} merged)`);
  }
  const read = acrossRuns(reads);
  const planned = acrossRuns(plans);
  const note = `${FILE_CONTACTS.toLocaleString('en')} contacts of another seeded workspace as Liaison's CSV (${(bytes.byteLength / 1e6).toFixed(1)} MB); ${created} planned as new`;
  return [
    { id: 'B9r', name: 'import: a 10,000-contact CSV file read and recognised', size, unit: 'ms', median: read.median, p95: read.p95, baselines: [], ratios: {}, target: 'reported', pass: null, note },
    { id: 'B9', name: 'import: 10,000 records matched and planned against the workspace (preview, apply)', size, unit: 'ms', median: planned.median, p95: planned.p95, baselines: [], ratios: {}, target: 'reported', pass: null, note },
  ];
}
