import type { CommandInput } from '../commands/commandSchemas';
import type { ProgramReview } from '../contracts/programChannels';

/**
 * The one program.import command for the changes the user accepted (by change id), or null when
 * none is: the UI's "Apply accepted" and the CLI's import both build it here. Changes the rules
 * refuse (`problem`) are never included.
 */
export function acceptedImport(review: Pick<ProgramReview, 'changes' | 'creates'>, accepted: ReadonlySet<string>, conferenceId: string, at: string): CommandInput | null {
  const chosen = review.changes.filter((change) => accepted.has(change.id) && change.problem === null);
  if (chosen.length === 0) return null;
  return {
    type: 'program.import',
    at,
    conferenceId,
    creates: chosen.flatMap((change) => {
      const data = change.isNew ? review.creates[change.id] : undefined;
      return data ? [{ id: change.id, data }] : [];
    }),
    updates: chosen.filter((change) => !change.isNew).map((change) => ({ id: change.id, change: change.change })),
  };
}
