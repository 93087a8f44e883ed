import { todayIn } from '../../shared/negotiations/todayIn';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { attachmentPath, copyAttachments, removeCopies } from '../negotiations/attachmentFiles';
import { briefMarkdown } from '../negotiations/briefMarkdown';
import { listNextSteps } from '../negotiations/nextSteps';
import { NegotiationQueries } from '../negotiations/NegotiationQueries';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

type NegotiationChannel =
  | 'negotiations:conferences'
  | 'negotiations:board'
  | 'negotiations:candidacy'
  | 'negotiations:compare'
  | 'negotiations:history'
  | 'negotiations:brief'
  | 'negotiations:saveBrief'
  | 'negotiations:print'
  | 'negotiations:attach'
  | 'negotiations:openAttachment'
  | 'nextSteps:list';

/** The platform's refusals are sentences already ("File dialogs are only available..."): pass them on. */
async function onPlatform<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new CommandError('rule', error instanceof Error ? error.message : String(error));
  }
}

/** A file name from a conference name: letters, digits and dashes, in either script. */
function fileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'conference';
}

export function negotiationHandlers(service: WorkspaceService): HandlersOf<NegotiationChannel> {
  const today = () => todayIn(service.store.state.settings.homeZone, service.now());
  const queries = () => new NegotiationQueries(service.store.state, today());
  // One attach at a time: choosing a free file name and writing it must not interleave.
  let attaching: Promise<unknown> = Promise.resolve();

  return {
    'negotiations:conferences': () => queries().conferences(),
    'negotiations:board': ({ conferenceId }) => queries().board(conferenceId),
    'negotiations:candidacy': ({ id }) => queries().detail(id),
    'negotiations:compare': ({ conferenceId, includeOutOfRace }) => queries().compare(conferenceId, includeOutOfRace),
    'negotiations:history': ({ conferenceId, candidacyId }) => queries().history(conferenceId, candidacyId),
    'negotiations:brief': ({ conferenceId }) => queries().brief(conferenceId),

    'negotiations:saveBrief': async ({ conferenceId }) => {
      const brief = queries().brief(conferenceId);
      const path = await onPlatform(() =>
        service.platform.chooseSavePath({
          title: 'Save the negotiation brief',
          defaultName: `${fileStem(brief.conference.name)}-brief.md`,
          filters: [{ name: 'Markdown', extensions: ['md'] }],
        }),
      );
      if (path === null) return { path: null };
      await writeFileDurable(nodeFsOps, path, briefMarkdown(brief));
      return { path };
    },

    'negotiations:print': async () => {
      await onPlatform(() => service.platform.print());
      return { done: true };
    },

    'negotiations:attach': ({ candidacyId }) => {
      const run = attaching.then(async () => {
        const candidacy = service.store.state.candidacies[candidacyId];
        if (!candidacy) throw new CommandError('not-found', phrase('errors.candidacyGone'));
        const paths = await onPlatform(() =>
          service.platform.chooseOpenPaths({
            title: 'Attach files to the candidacy',
            filters: [
              { name: 'Documents and images', extensions: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'xls', 'xlsx', 'ods', 'csv', 'jpg', 'jpeg', 'png'] },
              { name: 'All files', extensions: ['*'] },
            ],
            multiple: true,
          }),
        );
        if (paths.length === 0) return { names: [], ack: null };
        const at = service.now().toISOString();
        const attachments = await copyAttachments(nodeFsOps, service.store.dir, candidacyId, paths, at, () => crypto.randomUUID());
        try {
          const ack = await service.commit([{ type: 'candidacy.attach', at, id: candidacyId, attachments }]);
          return { names: attachments.map((a) => a.name), ack };
        } catch (error) {
          await removeCopies(nodeFsOps, service.store.dir, candidacyId, attachments);
          throw error;
        }
      });
      attaching = run.catch(() => undefined);
      return run;
    },

    'negotiations:openAttachment': async ({ candidacyId, attachmentId }) => {
      const candidacy = service.store.state.candidacies[candidacyId];
      const attachment = candidacy?.attachments.find((a) => a.id === attachmentId);
      if (!candidacy || !attachment) throw new CommandError('not-found', phrase('errors.attachmentGone'));
      const path = attachmentPath(service.store.dir, candidacyId, attachment);
      try {
        await nodeFsOps.stat(path);
      } catch {
        throw new CommandError('not-found', phrase('errors.attachmentMissing', { name: attachment.name, path }));
      }
      await onPlatform(() => service.platform.openPath(path));
      return { done: true };
    },

    'nextSteps:list': ({ when }) => {
      const zone = service.store.state.settings.homeZone;
      return listNextSteps(service.store.state, todayIn(zone, service.now()), zone, when);
    },
  };
}
