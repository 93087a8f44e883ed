import { generateWorkspace } from './generateWorkspace';
import { workspaceOnDisk } from './workspaceOnDisk';
import { nodeFsOps } from '../electron/core/store/nodeFsOps';
import { searchIndexFilePath } from '../electron/core/search/searchIndexFile';
import { decodeIndexImage } from '../electron/core/search/indexImageCodec';
import { ContactSearchIndex } from '../electron/core/search/ContactSearchIndex';
import { indexContact } from '../electron/core/search/buildContactIndex';
import { PerformanceObserver } from 'node:perf_hooks';
const ws = JSON.parse(JSON.stringify(generateWorkspace(100000).workspace));
const disk = await workspaceOnDisk(ws, 'prof');
const gc = (globalThis as any).gc as () => void;
let gcMs = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) gcMs += e.duration; }).observe({ entryTypes: ['gc'] });
const changed = Object.values(ws.contacts).slice(0, 100) as any[];
for (let run = 0; run < 6; run++) {
  gc(); await new Promise((r) => setTimeout(r, 50)); gcMs = 0;
  const t0 = performance.now(); let t = t0;
  const lap = (l: string) => { const n = performance.now(); process.stdout.write(`${l} ${(n - t).toFixed(0)}  `); t = n; };
  const bytes = await nodeFsOps.readFile(searchIndexFilePath(disk.dir)); lap('read');
  const file = decodeIndexImage<any>(bytes)!; lap('decode');
  const idx = ContactSearchIndex.fromImage(file.image); lap('fromImage');
  for (const c of changed) indexContact(idx, ws, { ...c, title: c.title + ' x' + run }); lap('100');
  idx.prepare(); lap('prepare');
  console.log(`total ${(performance.now() - t0).toFixed(0)} gc ${gcMs.toFixed(0)}`);
}
await disk.remove();
