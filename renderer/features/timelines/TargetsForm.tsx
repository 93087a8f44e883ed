import { useId, useState } from 'react';
import type { TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import { funnelStages, type ParticipantStage } from '../../../electron/shared/timelines/participantStages';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

/** Targets per stage; an empty box means no target. */
export function TargetsForm({ conference }: { conference: TimelineConference }) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(funnelStages.map((stage) => [stage, conference.recruitmentTargets[stage] === undefined ? '' : String(conference.recruitmentTargets[stage])])),
  );
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const targets: Partial<Record<ParticipantStage, number>> = {};
    for (const stage of funnelStages) {
      const text = (values[stage] ?? '').trim();
      if (text === '') continue;
      if (!/^\d{1,5}$/.test(text)) {
        setError(t('recruitment.targetInvalid'));
        return;
      }
      targets[stage] = Number(text);
    }
    const ack = await store.getState().runCommands([{ type: 'conference.setTargets', at: new Date().toISOString(), id: conference.id, targets }]);
    if (!ack.ok) {
      setError(ack.error.message);
      return;
    }
    setError(null);
    store.getState().showToast({ message: t('recruitment.targetsSaved'), undo: true });
  };
  return (
    <form
      className="targets"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>{t('recruitment.targets')}</legend>
        <div className="targets-grid">
          {funnelStages.map((stage) => (
            <div className="field" key={stage}>
              <label htmlFor={`${id}-${stage}`}>{t('recruitment.targetFor', { stage: t(`stage.${stage}`) })}</label>
              <input id={`${id}-${stage}`} type="text" inputMode="numeric" value={values[stage] ?? ''} onChange={(event) => setValues({ ...values, [stage]: event.target.value })} />
            </div>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t('recruitment.saveTargets')}
      </button>
    </form>
  );
}
