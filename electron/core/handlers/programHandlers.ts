import { CommandError } from '../commands/CommandError';
import { overdueReplies } from '../program/overdueReplies';
import { exportProgram, programFileName, reviewProgramFile } from '../program/programFiles';
import { programView } from '../program/programView';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';
import { conferenceScope } from './conferenceScope';

type ProgramChannel = 'program:get' | 'program:overdueReplies' | 'program:export' | 'program:review' | 'program:print' | 'program:savePdf';

const filters = {
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  md: { name: 'Markdown', extensions: ['md'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** A dialog's failure (no window) becomes a sentence, as the other features' dialogs do. */
async function onPlatform<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new CommandError('rule', error instanceof Error ? error.message : String(error));
  }
}

export function programHandlers(service: WorkspaceService): HandlersOf<ProgramChannel> {
  const { ws, today, conference } = conferenceScope(service);
  return {
    'program:get': ({ conferenceId }) => programView(ws(), conference(conferenceId), today()),
    'program:overdueReplies': () => overdueReplies(ws(), today()),
    'program:export': async ({ conferenceId, format }) => {
      const found = conference(conferenceId);
      const path = await onPlatform(() =>
        service.platform.chooseSavePath({ title: 'Export the program', defaultName: programFileName(ws(), conferenceId, format), filters: [filters[format]] }),
      );
      if (!path) return { path: null, items: 0 };
      return exportProgram(ws(), found, format, path, today(), service.now());
    },
    'program:review': async ({ conferenceId }) => {
      conference(conferenceId);
      const [path] = await onPlatform(() => service.platform.chooseOpenPaths({ title: 'Read the partner’s program', filters: [filters.csv], multiple: false }));
      // The store may have changed while the dialog was open: compare with the program as it is now.
      return { review: path ? await reviewProgramFile(ws(), conference(conferenceId), path) : null };
    },
    'program:print': async () => {
      await onPlatform(() => service.platform.print());
      return { done: true };
    },
    'program:savePdf': async ({ conferenceId }) => {
      conference(conferenceId);
      const defaultName = programFileName(ws(), conferenceId, 'md').replace(/\.md$/u, '.pdf');
      const path = await onPlatform(() => service.platform.chooseSavePath({ title: 'Save the program as PDF', defaultName, filters: [filters.pdf] }));
      if (!path) return { path: null };
      const pdf = await onPlatform(() => service.platform.printToPdf());
      await writeFileDurable(nodeFsOps, path, pdf);
      return { path };
    },
  };
}
