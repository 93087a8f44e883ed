import { useId } from 'react';
import { candidacyStages } from '../../../electron/shared/negotiations/candidacyStages';
import { CandidacyStageSchema, type CandidacyStage } from '../../../electron/shared/schemas/candidacy';
import { useT } from '../../i18n/useT';
import { stageKeys } from './negotiationLabels';

/** The keyboard's way to move a candidacy: a labelled choice of stage ("Stage of Kazan"). */
export function StageSelect({ city, stage, onChange, compact = false }: { city: string; stage: CandidacyStage; onChange: (to: CandidacyStage) => void; compact?: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <div className={compact ? 'neg-stage-select is-compact' : 'neg-stage-select'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('neg.stageOf', { city })}
      </label>
      <select
        id={id}
        value={stage}
        onChange={(event) => {
          const to = CandidacyStageSchema.safeParse(event.target.value);
          if (to.success) onChange(to.data);
        }}
      >
        {candidacyStages.map((option) => (
          <option key={option} value={option}>
            {t(stageKeys[option])}
          </option>
        ))}
      </select>
    </div>
  );
}
