import type { CommitAck, Result } from '../../../electron/shared/contract';
import { buildCandidacyMove } from '../../../electron/shared/negotiations/buildCandidacyMove';
import { settle } from '../../api/api';
import type { AppStore } from '../../store/createAppStore';
import type { PendingMove } from '../../store/negotiationsSlice';
import { stageKeys } from './negotiationLabels';

/**
 * Moves a candidacy: reads the board afresh (so a selection's "tell them" tasks name exactly the
 * cities still in the race), builds the command, runs it as one undo step, reports it in a toast
 * with Undo, and after a selection offers to write to the others at once.
 */
export async function performMove(store: AppStore, move: PendingMove, reason: string): Promise<Result<CommitAck>> {
  const { api, t } = store.getState();
  const board = await settle(api.negotiations.board({ conferenceId: move.conferenceId }), t('error.requestFailed'));
  if (!board.ok) return board;
  const command = buildCandidacyMove(board.value.rows, {
    id: move.candidacyId,
    stage: move.to,
    reason,
    at: new Date().toISOString(),
    today: board.value.today,
    newId: () => crypto.randomUUID(),
  });
  const result = await store.getState().runCommands([command]);
  if (!result.ok) return result;
  const state = store.getState();
  state.showToast({ message: t('neg.moved', { city: move.city, stage: t(stageKeys[move.to]) }), undo: true });
  if (command.tellTasks.length > 0 && command.tellDue) {
    const due = command.tellDue;
    state.setTellThem({
      conferenceId: move.conferenceId,
      conference: board.value.conference.name,
      host: move.city,
      tasks: command.tellTasks.map(({ taskId, candidacyId }) => {
        const row = board.value.rows.find((r) => r.id === candidacyId);
        return { taskId, candidacyId, cityId: row?.cityId ?? '', city: row?.city ?? '', due };
      }),
    });
  }
  return result;
}
