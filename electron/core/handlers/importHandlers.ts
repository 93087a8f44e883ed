import { readFile } from 'node:fs/promises';
import { writeContactPhotos } from '../photos/contactPhotos';
import type { ImportOpened, ImportPreview } from '../../shared/contracts/importChannels';
import { englishText, phrase, type StoredPhrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { unguardCell } from '../export/formulaGuard';
import { parseCsvTarget } from '../import/CsvTarget';
import { ImportFileError } from '../import/ImportFileError';
import { ImportSessions, type ImportSession } from '../import/ImportSession';
import { planImport, type FuzzyDecision, type ImportPlan } from '../import/planImport';
import { readContactsFile, type ContactsFile, type ReadOptions } from '../import/readContactsFile';
import { isTextEncodingLabel } from '../../shared/import/textEncodings';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import { turn } from '../export/forEachSliced';
import type { Task } from '../tasks/Task';
import type { HandlersOf } from './HandlersOf';

const PREVIEW_ROWS = 200;
const SAMPLE_ROWS = 3;
const sessions = new WeakMap<WorkspaceService, ImportSessions>();

/** The file read again with the user's mapping (CSV), or as first read (vCard). */
function fileFor(session: ImportSession, targets: string[] | undefined) {
  if (!targets || session.file.kind !== 'csv') return session.file;
  const bad = targets.find((target) => parseCsvTarget(target) === null);
  if (bad !== undefined) throw new CommandError('invalid', phrase('errors.notImportField', { field: bad }));
  try {
    return readContactsFile(session.bytes, session.path, 'csv', targets, session.options);
  } catch (error) {
    if (error instanceof ImportFileError) throw new CommandError('rule', error.phrase);
    throw error;
  }
}

function previewOf(plan: ImportPlan, total: number, fileNotes: string[], filePhrases: StoredPhrase[]): ImportPreview {
  return {
    total,
    created: plan.created,
    merged: plan.merged,
    skipped: plan.skipped,
    rejected: plan.rejected.map((r, i) => ({ ...r, reasonPhrase: plan.rejectedPhrases[i] ?? null })),
    fuzzyMatches: plan.fuzzyMatches,
    notes: [...fileNotes, ...plan.notes],
    notePhrases: [...filePhrases, ...plan.notePhrases],
    rows: plan.rows.slice(0, PREVIEW_ROWS),
  };
}

/** What the dialog shows of a file read: its kind, encoding, and for CSV the columns and first rows. */
function openedOf(sessionId: string, file: ContactsFile): Extract<ImportOpened, { opened: true }> {
  const table = file.table;
  return {
    opened: true,
    sessionId,
    name: file.name,
    kind: file.kind,
    encoding: file.encoding,
    encodingLabel: file.encodingLabel,
    encodingChosen: file.encodingChosen,
    recordCount: file.records.length,
    csv: table
      ? {
          headers: table.headers,
          samples: table.rows.slice(1, 1 + SAMPLE_ROWS).map((row) => table.headers.map((_h, i) => unguardCell(row.cells[i] ?? ''))),
          targets: table.targets,
          flavour: table.flavour,
          delimiter: table.delimiter,
          hasHeader: table.hasHeader,
          firstRowLooksLikeData: table.firstRowLooksLikeData,
        }
      : null,
  };
}

export function importHandlers(service: WorkspaceService): HandlersOf<'import:choose' | 'import:preview' | 'import:reread' | 'import:apply'> {
  let open = sessions.get(service);
  if (!open) {
    open = new ImportSessions();
    sessions.set(service, open);
  }
  const store = open;
  const sessionFor = (id: string): ImportSession => {
    const session = store.get(id);
    if (!session) throw new CommandError('not-found', phrase('errors.importClosed'));
    return session;
  };
  const plan = (session: ImportSession, targets: string[] | undefined, decisions: Record<string, FuzzyDecision>) => {
    const file = fileFor(session, targets);
    return {
      file,
      plan: planImport(service.store.state, file.records, { mode: 'ui', decisions, at: service.now().toISOString(), source: file.name }),
    };
  };
  /** Reads and recognises the chosen file as an import task: cancellable until the session opens. */
  const openFile = async (path: string, task: Task): Promise<ImportOpened> => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path, { signal: task.signal });
    } catch (error) {
      task.throwIfCancelled();
      const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
      throw new CommandError('rule', phrase('errors.importUnreadable', { path, reason }));
    }
    task.setPhase('reading', bytes.byteLength, 'bytes');
    task.report(bytes.byteLength);
    await turn();
    task.throwIfCancelled();
    let file;
    try {
      file = readContactsFile(bytes, path);
    } catch (error) {
      if (error instanceof ImportFileError) throw new CommandError('rule', error.phrase);
      throw error;
    }
    await turn();
    task.commit();
    const sessionId = crypto.randomUUID();
    store.open({ id: sessionId, path, bytes, file, options: {} });
    return openedOf(sessionId, file);
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
      return service.tasks.run('import', (task) => openFile(path, task), { phase: 'reading' });
    },
    'import:preview': ({ sessionId, targets, decisions }) => {
      const { file, plan: result } = plan(sessionFor(sessionId), targets, decisions);
      return previewOf(result, file.records.length, file.notes, file.notePhrases);
    },
    'import:reread': ({ sessionId, encoding, header }) => {
      const session = sessionFor(sessionId);
      if (encoding !== undefined && !isTextEncodingLabel(encoding)) throw new CommandError('invalid', phrase('importLines.unknownEncoding', { encoding }));
      const options: ReadOptions = { ...session.options, ...(encoding !== undefined ? { encoding } : {}), ...(header !== undefined ? { header } : {}) };
      let file: ContactsFile;
      try {
        file = readContactsFile(session.bytes, session.path, session.file.kind, undefined, options);
      } catch (error) {
        if (error instanceof ImportFileError) throw new CommandError('rule', error.phrase);
        throw error;
      }
      session.file = file;
      session.options = options;
      return openedOf(sessionId, file);
    },
    'import:apply': ({ sessionId, targets, decisions }) =>
      // Cancellable while the file is read again and planned; the single commit is the point of no return.
      service.tasks.run('import', async (task) => {
        const session = sessionFor(sessionId);
        task.setPhase('planning', session.file.records.length);
        await turn();
        task.throwIfCancelled();
        const { file, plan: result } = plan(session, targets, decisions);
        task.report(file.records.length);
        await turn();
        if (result.created + result.merged === 0) {
          throw new CommandError('rule', phrase(result.rejected.length === file.records.length ? 'errors.nothingToImportRejected' : 'errors.nothingToImportSkipped'));
        }
        let version = service.store.state.seq;
        let summaryLabel: StoredPhrase | null = phrase('summary.importNothing');
        let summary = englishText(phrase('summary.importNothing'));
        task.commit();
        task.setPhase('committing', result.created + result.merged);
        if (result.command) {
          await writeContactPhotos(service.store.dir, result.photos);
          const ack = await service.commit([result.command]);
          version = ack.version;
          summary = ack.summaries.at(-1) ?? summary;
          summaryLabel = ack.labels?.at(-1) ?? null;
        }
        store.close(sessionId);
        return { version, summary, summaryLabel, created: result.created, merged: result.merged, skipped: result.skipped, rejected: result.rejected };
      }),
  };
}
