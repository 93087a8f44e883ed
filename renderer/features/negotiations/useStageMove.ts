import { useCallback } from 'react';
import { isOutOfRace } from '../../../electron/shared/negotiations/candidacyStages';
import type { CandidacyStage } from '../../../electron/shared/schemas/candidacy';
import { useAppStoreApi } from '../../store/useAppStore';
import { performMove } from './performMove';

export interface Movable {
  id: string;
  conferenceId: string;
  city: string;
  stage: CandidacyStage;
}

/**
 * The one way the board, the table and the details move a candidacy: leaving the race asks for
 * the reason and selecting asks for confirmation (in MoveDialog); any other move happens at once.
 */
export function useStageMove(): (candidacy: Movable, to: CandidacyStage) => void {
  const store = useAppStoreApi();
  return useCallback(
    (candidacy, to) => {
      if (to === candidacy.stage) return;
      const move = { candidacyId: candidacy.id, conferenceId: candidacy.conferenceId, city: candidacy.city, from: candidacy.stage, to };
      if (to === 'selected' || isOutOfRace(to)) {
        store.getState().setPendingMove(move);
        return;
      }
      void performMove(store, move, '').then((result) => {
        if (!result.ok) store.getState().showToast({ message: result.error.message, tone: 'error' });
      });
    },
    [store],
  );
}
