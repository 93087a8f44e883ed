import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDispatcher } from '../../electron/core/dispatcher/createDispatcher';
import { emptyShape, widenShape } from '../../electron/core/export/CsvLayout';
import { csvLayoutOf } from '../../electron/core/export/exportContacts';
import { toPortableContact } from '../../electron/core/export/toPortableContact';
import type { Platform } from '../../electron/core/platform/Platform';
import { resolveSelection } from '../../electron/core/queries/resolveSelection';
import { nodeFsOps } from '../../electron/core/store/nodeFsOps';
import { writeFileDurable } from '../../electron/core/store/writeFileDurable';
import { WorkspaceService } from '../../electron/core/workspace/WorkspaceService';
import { loadPapa } from '../baselines';
import type { BenchContext } from '../BenchContext';
import { ratiosOf, type ScenarioResult } from '../BenchResult';
import { collectGarbage } from '../gc';
import { acrossRuns, since, summarize, type Summary } from '../stats';
import { scratchDir, workspaceOnDisk } from '../workspaceOnDisk';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Every contact: the selection the export dialog sends when nothing is picked and nothing typed. */
const everyone = () => ({ mode: 'query' as const, query: '', tags: [] as string[], exclude: [] as string[] });

/** The save dialog answered with a file in `dir`; nothing else is asked of the desktop. */
function savingTo(dir: string): Platform {
  return {
    chooseSavePath: ({ defaultName }) => Promise.resolve(join(dir, defaultName)),
    chooseOpenPaths: () => Promise.resolve([]),
    openPath: () => Promise.resolve(),
    print: () => Promise.resolve(),
    printToPdf: () => Promise.resolve(new Uint8Array()),
  };
}

/** Runs `work` while sampling the event loop's delay; returns the time taken and the worst delay (ms). */
async function withLoopMonitor(work: () => Promise<unknown>): Promise<{ ms: number; maxDelayMs: number }> {
  collectGarbage();
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const start = performance.now();
  await work();
  const ms = since(start);
  histogram.disable();
  return { ms, maxDelayMs: histogram.max / 1e6 };
}

/**
 * B8: every contact of the largest workspace exported to CSV and to vCard 3.0 through the app's
 * export:save channel (the file written and fsynced): CSV at least 1.5x faster than Papa.unparse of
 * the same rows written the same way, and main's event-loop delay never over 16 ms. The preview
 * the dialog shows first (which resolves and sorts the selection) is timed apart.
 */
export async function b8Export(ctx: BenchContext): Promise<ScenarioResult[]> {
  const size = ctx.largest;
  const data = await workspaceOnDisk(ctx.workspace(size).workspace, 'b8');
  // Only the app's copy stays in memory, so collections cost what they cost in the app.
  ctx.forget();
  const out = await scratchDir('b8-out');
  const service = await WorkspaceService.open({ dir: data.dir, owner: 'app', resourcesDir: join(repoRoot, 'resources'), platform: savingTo(out.dir) });
  const dispatch = createDispatcher(service.handlers());
  const Papa = loadPapa();
  try {
    const figures = { csv: [] as Summary[], vcard: [] as Summary[], papa: [] as Summary[], preview: [] as Summary[] };
    const delays = { csv: 0, vcard: 0, papa: 0, preview: 0 };
    for (let run = 0; run < ctx.runs; run++) {
      for (const format of ['csv', 'vcard3'] as const) {
        const preview = await withLoopMonitor(async () => {
          const result = await dispatch('export:preview', { selection: everyone(), format });
          if (!result.ok) throw new Error(`export:preview failed: ${result.error.message}`);
        });
        figures.preview.push(summarize([preview.ms]));
        delays.preview = Math.max(delays.preview, preview.maxDelayMs);
        const saved = await withLoopMonitor(async () => {
          const result = await dispatch('export:save', { selection: everyone(), format });
          if (!result.ok) throw new Error(`export:save failed: ${result.error.message}`);
        });
        const key = format === 'csv' ? 'csv' : 'vcard';
        figures[key].push(summarize([saved.ms]));
        delays[key] = Math.max(delays[key], saved.maxDelayMs);
      }
      // Papa.unparse of the very rows our CSV holds (same layout, same guarded cells), written durably.
      const papa = await withLoopMonitor(async () => {
        const ws = service.store.state;
        const contacts = resolveSelection(ws, service.contactList, everyone()).flatMap((id) => { const contact = ws.contacts[id]; return contact ? [contact] : []; });
        const layout = csvLayoutOf('csv');
        if (!layout) throw new Error('The csv format has no layout.');
        const shape = emptyShape();
        for (const c of contacts) {
          widenShape(shape, { emails: c.emails.length, phones: c.phones.length, addresses: c.addresses.length, cities: c.cityIds.length, partnerships: c.partnershipIds.length, languages: c.languages.length, tags: c.tags.length, websites: c.websites.length, middleNames: c.middleNames.length });
        }
        const rows = [layout.header(shape), ...contacts.map((c) => layout.row(toPortableContact(ws, c), shape))];
        await writeFileDurable(nodeFsOps, join(out.dir, 'papa.csv'), Papa.unparse(rows, { newline: '\r\n' }));
      });
      figures.papa.push(summarize([papa.ms]));
      delays.papa = Math.max(delays.papa, papa.maxDelayMs);
      ctx.log(`  B8 run ${run + 1}: csv ${figures.csv.at(-1)?.median.toFixed(0)} ms (loop delay max ${delays.csv.toFixed(1)}), vCard ${figures.vcard.at(-1)?.median.toFixed(0)} ms, Papa ${figures.papa.at(-1)?.median.toFixed(0)} ms`);
    }
    const csv = acrossRuns(figures.csv);
    const vcard = acrossRuns(figures.vcard);
    const papa = acrossRuns(figures.papa);
    const preview = acrossRuns(figures.preview);
    const papaBaseline = [{ name: 'Papa.unparse (same rows, written and fsynced)', median: papa.median, p95: papa.p95 }];
    const at100k = size === 100_000;
    return [
      {
        id: 'B8',
        name: 'export to CSV (export:save, written and fsynced)',
        size,
        unit: 'ms',
        median: csv.median,
        p95: csv.p95,
        baselines: papaBaseline,
        ratios: ratiosOf(csv.median, papaBaseline),
        target: '>= 1.5x faster than Papa.unparse; event-loop delay <= 16 ms',
        pass: at100k ? papa.median >= 1.5 * csv.median && delays.csv <= 16 : null,
        details: { 'event-loop delay max ms': Number(delays.csv.toFixed(1)), 'Papa event-loop delay max ms': Number(delays.papa.toFixed(1)) },
      },
      {
        id: 'B8v',
        name: 'export to vCard 3.0 (export:save, written and fsynced)',
        size,
        unit: 'ms',
        median: vcard.median,
        p95: vcard.p95,
        baselines: [],
        ratios: {},
        target: 'event-loop delay <= 16 ms',
        pass: at100k ? delays.vcard <= 16 : null,
        details: { 'event-loop delay max ms': Number(delays.vcard.toFixed(1)) },
      },
      {
        id: 'B8p',
        name: 'export preview (resolves and sorts the selection)',
        size,
        unit: 'ms',
        median: preview.median,
        p95: preview.p95,
        baselines: [],
        ratios: {},
        target: 'reported apart',
        pass: null,
        details: { 'event-loop delay max ms': Number(delays.preview.toFixed(1)) },
      },
    ];
  } finally {
    await service.close();
    await data.remove();
    await out.remove();
  }
}
