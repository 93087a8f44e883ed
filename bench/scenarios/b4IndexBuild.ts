import { ContactSearchIndex } from '../../electron/core/search/ContactSearchIndex';
import { placeNamesOf, workspaceSearchDoc } from '../../electron/core/search/workspaceSearchDoc';
import type { Contact } from '../../electron/shared/schemas/contact';
import type { Workspace } from '../../electron/shared/schemas/workspace';
import { loadMiniSearch } from '../baselines';
import type { BenchContext } from '../BenchContext';
import { ratiosOf, type ScenarioResult } from '../BenchResult';
import { collectGarbage } from '../gc';
import { createRandom } from '../random';
import { acrossRuns, since, summarize, type Summary } from '../stats';
import { baselineDoc, baselineDocs, haystackOf, parsedCopy } from './searchData';

const REINDEXES = 300;
const MINISEARCH_FIELDS = ['names', 'organization', 'cities', 'emails', 'tags', 'other'];

/** The index as WorkspaceService builds it on open (keep the two in step): every contact's document, then sorted and ranked. */
export function buildIndex(ws: Readonly<Workspace>): ContactSearchIndex {
  const index = new ContactSearchIndex();
  const places = placeNamesOf(ws);
  for (const contact of Object.values(ws.contacts)) index.upsert(workspaceSearchDoc(ws, contact, places));
  index.prepare();
  return index;
}

/** An edit as a user makes one: a new title, sometimes a new given name or family name. */
function edited(contact: Contact, n: number): Contact {
  const kind = n % 3;
  if (kind === 0) return { ...contact, title: `${contact.title} ${n}` };
  if (kind === 1) return { ...contact, given: `${contact.given}a` };
  return { ...contact, family: `${contact.family}-${n % 7}` };
}

/**
 * B4: the search index built from a loaded workspace of the largest size (<= 250 ms at 100k), and
 * one contact reindexed after an edit, ready for the next keystroke (<= 0.5 ms). Baselines:
 * MiniSearch's addAll and replace, and the plain haystack strings a scan or uFuzzy needs.
 */
export function b4IndexBuild(ctx: BenchContext): ScenarioResult[] {
  const size = ctx.largest;
  const ws = parsedCopy(ctx.workspace(size).workspace);
  const ids = Object.keys(ws.contacts);
  const MiniSearch = loadMiniSearch();
  const build: Summary[] = [];
  const mini: Summary[] = [];
  const hay: Summary[] = [];
  const reindex: Summary[] = [];
  const miniReindex: Summary[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    collectGarbage();
    let start = performance.now();
    const index = buildIndex(ws);
    build.push(summarize([since(start)]));

    const random = createRandom(run + 1);
    const samples: number[] = [];
    for (let n = 0; n < REINDEXES; n++) {
      const contact = ws.contacts[ids[Math.floor(random.next() * ids.length)] as string] as Contact;
      const doc = workspaceSearchDoc(ws, edited(contact, n));
      start = performance.now();
      index.upsert(doc);
      index.prepare();
      samples.push(since(start));
    }
    reindex.push(summarize(samples));
    ctx.log(`  B4 run ${run + 1}: build ${build.at(-1)?.median.toFixed(0)} ms, reindex p95 ${reindex.at(-1)?.p95.toFixed(3)} ms`);

    collectGarbage();
    start = performance.now();
    const docs = baselineDocs(ws);
    docs.map(haystackOf);
    hay.push(summarize([since(start)]));
    collectGarbage();
    start = performance.now();
    const miniIndex = new MiniSearch({ fields: MINISEARCH_FIELDS });
    miniIndex.addAll(baselineDocs(ws));
    mini.push(summarize([since(start)]));
    const miniSamples: number[] = [];
    for (let n = 0; n < 50; n++) {
      const contact = ws.contacts[ids[Math.floor(random.next() * ids.length)] as string] as Contact;
      const doc = baselineDoc(workspaceSearchDoc(ws, edited(contact, n)));
      start = performance.now();
      miniIndex.replace(doc);
      miniSamples.push(since(start));
    }
    miniReindex.push(summarize(miniSamples));
  }
  const ours = acrossRuns(build);
  const buildBaselines = [
    { name: 'MiniSearch addAll', ...pick(acrossRuns(mini)) },
    { name: 'haystack strings (scan, uFuzzy)', ...pick(acrossRuns(hay)) },
  ];
  const re = acrossRuns(reindex);
  const reBaselines = [{ name: 'MiniSearch replace', ...pick(acrossRuns(miniReindex)) }];
  const at100k = size === 100_000;
  return [
    {
      id: 'B4',
      name: 'search index build',
      size,
      unit: 'ms',
      median: ours.median,
      p95: ours.p95,
      baselines: buildBaselines,
      ratios: ratiosOf(ours.median, buildBaselines),
      target: '<= 250 ms at 100k',
      pass: at100k ? ours.median <= 250 : null,
      note: 'Every contact\'s document (organisation and cities resolved) upserted, then prepare(): sorted keys, posting lists, letter-pair lists, tie-break ranks; one build per run.',
    },
    {
      id: 'B4r',
      name: 'single-contact reindex',
      size,
      unit: 'ms',
      median: re.median,
      p95: re.p95,
      baselines: reBaselines,
      ratios: ratiosOf(re.median, reBaselines),
      target: '<= 0.5 ms (p95) at 100k',
      pass: at100k ? re.p95 <= 0.5 : null,
      note: `upsert of an edited contact plus prepare(), ${REINDEXES} edits per run (a third each: title, given name, family name)`,
      details: { max: re.max },
    },
  ];
}

function pick(summary: Summary): { median: number; p95: number } {
  return { median: summary.median, p95: summary.p95 };
}
