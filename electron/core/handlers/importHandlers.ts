import { readFile } from 'node:fs/promises';
import type { ImportPreview } from '../../shared/contracts/importChannels';
import { CommandError } from '../commands/CommandError';
import { unguardCell } from '../export/formulaGuard';
import { parseCsvTarget } from '../import/CsvTarget';
import { ImportFileError } from '../import/ImportFileError';
import { ImportSessions, type ImportSession } from '../import/ImportSession';
import { planImport, type FuzzyDecision, type ImportPlan } from '../import/planImport';
import { readContactsFile } from '../import/readContactsFile';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

const PREVIEW_ROWS = 200;
const SAMPLE_ROWS = 3;
const sessions = new WeakMap<WorkspaceService, ImportSessions>();

/** The file read again with the user's mapping (CSV), or as first read (vCard). */
function fileFor(session: ImportSession, targets: string[] | undefined) {
  if (!targets || session.file.kind !== 'csv') return session.file;
  const bad = targets.find((target) => parseCsvTarget(target) === null);
  if (bad !== undefined) throw new CommandError('invalid', `“${bad}” is not a field Liaison can import into; choose one from the list.`);
  try {
    return readContactsFile(session.bytes, session.path, 'csv', targets);
  } catch (error) {
    if (error instanceof ImportFileError) throw new CommandError('rule', error.message);
    throw error;
  }
}

function previewOf(plan: ImportPlan, total: number, fileNotes: string[]): ImportPreview {
  return {
    total,
    created: plan.created,
    merged: plan.merged,
    skipped: plan.skipped,
    rejected: plan.rejected,
    fuzzyMatches: plan.fuzzyMatches,
    notes: [...fileNotes, ...plan.notes],
    rows: plan.rows.slice(0, PREVIEW_ROWS),
  };
}

export function importHandlers(service: WorkspaceService): HandlersOf<'import:choose' | 'import:preview' | 'import:apply'> {
  let open = sessions.get(service);
  if (!open) {
    open = new ImportSessions();
    sessions.set(service, open);
  }
  const store = open;
  const sessionFor = (id: string): ImportSession => {
    const session = store.get(id);
    if (!session) throw new CommandError('not-found', 'This import is no longer open; choose the file again.');
    return session;
  };
  const plan = (session: ImportSession, targets: string[] | undefined, decisions: Record<string, FuzzyDecision>) => {
    const file = fileFor(session, targets);
    return {
      file,
      plan: planImport(service.store.state, file.records, { mode: 'ui', decisions, at: service.now().toISOString(), source: file.name }),
    };
  };
  return {
    'import:choose': async () => {
      const [path] = await service.platform.chooseOpenPaths({
        title: 'Import contacts',
        filters: [
          { name: 'Contacts (vCard, CSV)', extensions: ['vcf', 'vcard', 'csv', 'txt'] },
          { name: 'All files', extensions: ['*'] },
        ],
        multiple: false,
      });
      if (!path) return { opened: false };
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
        throw new CommandError('rule', `The file ${path} could not be read${reason}; check that it still exists and that you may open it.`);
      }
      let file;
      try {
        file = readContactsFile(bytes, path);
      } catch (error) {
        if (error instanceof ImportFileError) throw new CommandError('rule', error.message);
        throw error;
      }
      const sessionId = crypto.randomUUID();
      store.open({ id: sessionId, path, bytes, file });
      const table = file.table;
      return {
        opened: true,
        sessionId,
        name: file.name,
        kind: file.kind,
        encoding: file.encoding,
        recordCount: file.records.length,
        csv: table
          ? {
              headers: table.headers,
              samples: table.rows.slice(1, 1 + SAMPLE_ROWS).map((row) => table.headers.map((_h, i) => unguardCell(row.cells[i] ?? ''))),
              targets: table.targets,
              flavour: table.flavour,
              delimiter: table.delimiter,
            }
          : null,
      };
    },
    'import:preview': ({ sessionId, targets, decisions }) => {
      const { file, plan: result } = plan(sessionFor(sessionId), targets, decisions);
      return previewOf(result, file.records.length, file.notes);
    },
    'import:apply': async ({ sessionId, targets, decisions }) => {
      const session = sessionFor(sessionId);
      const { file, plan: result } = plan(session, targets, decisions);
      if (result.created + result.merged === 0) {
        throw new CommandError('rule', `Nothing to import: ${result.rejected.length === file.records.length ? 'every record was rejected' : 'every record was skipped or rejected'}. Fix the file or the mapping and try again.`);
      }
      let version = service.store.state.seq;
      let summary = 'Nothing changed: these contacts are already in Liaison.';
      if (result.command) {
        const ack = await service.commit([result.command]);
        version = ack.version;
        summary = ack.summaries.at(-1) ?? summary;
      }
      store.close(sessionId);
      return { version, summary, created: result.created, merged: result.merged, skipped: result.skipped, rejected: result.rejected };
    },
  };
}
