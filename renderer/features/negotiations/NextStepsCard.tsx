import { useId } from 'react';
import type { NextStepRow } from '../../../electron/shared/contracts/negotiationChannels';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { useFormats } from './useFormats';
import { useLoaded } from './useLoaded';
import { labelText } from '../../i18n/labelText';

/**
 * Home: the negotiation next steps overdue or due within Home's horizon (DUE_SOON_DAYS, the same
 * as milestones and tasks; today in the home zone), across every conference: an interaction's
 * next step or a "tell them" task. Says nothing when nothing is coming up.
 */
export function NextStepsCard() {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const formats = useFormats();
  const titleId = useId();
  const { data, error } = useLoaded('nextSteps', () => api.nextSteps.list({ when: 'soon' }));

  const done = async (row: NextStepRow) => {
    const at = new Date().toISOString();
    let result;
    if (row.source === 'task') result = await store.getState().runCommands([{ type: 'candidacy.taskDone', at, taskId: row.id, done: true }]);
    else {
      const data = row.interaction ? InteractionInputSchema.parse(row.interaction) : null;
      if (!data?.nextStep) return;
      result = await store.getState().runCommands([{ type: 'interaction.update', at, id: row.id, data: { ...data, nextStep: { ...data.nextStep, done: true } } }]);
    }
    if (result.ok) store.getState().showToast({ message: t('neg.steps.doneToast', { text: row.text }), undo: true });
    else store.getState().showToast({ message: result.error.message, tone: 'error' });
  };

  if (error && !data) {
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('neg.steps.title')}</h2>
        <p role="alert">{error}</p>
      </section>
    );
  }
  if (!data || data.rows.length === 0) return null;
  const overdue = data.rows.filter((row) => row.overdue).length;
  return (
    <section className="card card-wide neg-steps-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('neg.steps.title')}</h2>
      <p className="muted">{t('neg.steps.summary', { count: data.rows.length, overdue, today: formats.day(data.until) })}</p>
      <ul className="neg-list">
        {data.rows.map((row) => (
          <li key={`${row.source}-${row.id}`} className={`neg-step${row.overdue ? ' is-overdue' : ''}`}>
            <div>
              <p className="neg-step-text">
                {labelText(t, formats.locale, row.textPhrase, row.text)} {row.overdue && <span className="badge badge-danger">{t('neg.overdue')}</span>}
              </p>
              <p className="muted neg-small">{[row.city, row.conference, t('neg.due', { date: formats.day(row.due) })].filter(Boolean).join(' · ')}</p>
            </div>
            <div className="neg-step-actions">
              <button type="button" className="button" aria-label={t('neg.steps.openLabel', { city: row.city })} onClick={() => store.getState().showCandidacy(row.conferenceId, row.candidacyId)}>
                {t('neg.steps.open')}
              </button>
              <button type="button" className="button" aria-label={t('neg.steps.doneLabel', { text: row.text })} onClick={() => void done(row)}>
                {t('neg.steps.done')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
