import { useEffect, useId, useState } from 'react';
import { isOutOfRace } from '../../../electron/shared/negotiations/candidacyStages';
import { settle } from '../../api/api';
import { leavePrintMode, printOnly } from '../../components/printOnly';
import { TableHead } from '../../components/TableHead';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { itemName, scoreText, stageKeys } from './negotiationLabels';
import { candidateColumnLabels, lastContactText, nextStepText } from './candidateTableText';
import { useFormats } from './useFormats';
import { useLoaded } from './useLoaded';

/**
 * The negotiation brief for one conference, laid out for paper: "Print or save as PDF" prints only
 * the brief (the rest of the window is hidden while printing), "Save as Markdown" writes it to a
 * file the user chooses.
 */
export function BriefView({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const showToast = useAppStore((s) => s.showToast);
  const formats = useFormats();
  const titleId = useId();
  const [busy, setBusy] = useState<'print' | 'save' | null>(null);
  const { data: brief, error } = useLoaded(conferenceId, () => api.negotiations.brief({ conferenceId }));

  // If the view goes away mid-print, the window must not stay in print mode.
  useEffect(() => leavePrintMode, []);

  const print = async () => {
    setBusy('print');
    const result = await printOnly('brief', () => settle(api.negotiations.print({}), t('error.requestFailed')));
    setBusy(null);
    if (!result.ok) showToast({ message: result.error.message, tone: 'error' });
  };
  const save = async () => {
    setBusy('save');
    const result = await settle(api.negotiations.saveBrief({ conferenceId }), t('error.requestFailed'));
    setBusy(null);
    if (!result.ok) showToast({ message: result.error.message, tone: 'error' });
    else if (result.value.path) showToast({ message: t('neg.brief.saved', { path: result.value.path }) });
  };

  if (error && !brief) return <p role="alert">{error}</p>;
  if (!brief) return <p className="muted">{t('neg.loading')}</p>;
  const { conference } = brief;
  const out = brief.candidates.filter((c) => isOutOfRace(c.stage));
  return (
    <div className="neg-brief-view">
      <div className="neg-toolbar no-print">
        <button type="button" className="button button-primary" aria-busy={busy === 'print'} disabled={busy !== null} onClick={() => void print()}>
          {t('neg.brief.print')}
        </button>
        <button type="button" className="button" aria-busy={busy === 'save'} disabled={busy !== null} onClick={() => void save()}>
          {t('neg.brief.saveMarkdown')}
        </button>
      </div>
      <article className="neg-brief" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('neg.brief.title', { conference: conference.name })}</h2>
        <dl className="detail-fields">
          <dt>{t('neg.brief.dates')}</dt>
          <dd>{conference.date ? formats.fuzzy(conference.date) : t('neg.brief.noDates')}</dd>
          <dt>{t('neg.brief.host')}</dt>
          <dd>{conference.host ?? t('neg.brief.notDecided')}</dd>
          <dt>{t('neg.brief.candidates')}</dt>
          <dd>{t('neg.brief.candidateCount', { count: conference.candidates, inRace: conference.inRace })}</dd>
          <dt>{t('neg.brief.asOf')}</dt>
          <dd>{formats.day(brief.today)}</dd>
        </dl>
        {brief.notes && <p className="detail-notes">{brief.notes}</p>}

        <h3>{t('neg.brief.candidatesTitle')}</h3>
        {brief.candidates.length === 0 ? (
          <p>{t('neg.noCandidates')}</p>
        ) : (
          <table className="neg-table">
            <TableHead labels={candidateColumnLabels(t)} />
            <tbody>
              {brief.candidates.map((c) => (
                <tr key={c.candidacyId}>
                  <th scope="row">{c.city}</th>
                  <td>{t(stageKeys[c.stage])}</td>
                  <td>{scoreText(t, c.score)}</td>
                  <td>{lastContactText(t, formats, c.lastContact)}</td>
                  <td>{nextStepText(t, formats, c.nextStep)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {brief.candidates.map((c) => (
          <section key={c.candidacyId} className="neg-brief-candidate" aria-label={c.city}>
            <h3>
              {c.city} — {t(stageKeys[c.stage])}
            </h3>
            {c.stageReason && <p>{t('neg.brief.reason', { reason: c.stageReason })}</p>}
            {c.items.length === 0 ? (
              <p className="muted">{t('neg.offer.empty')}</p>
            ) : (
              <dl className="detail-fields">
                {c.items.map((item) => (
                  <div key={item.key} className="neg-dl-row">
                    <dt>{itemName(t, item.key, item.label)}</dt>
                    <dd>
                      {item.value}
                      {(item.source || item.confirmedOn) && (
                        <span className="muted">
                          {' '}
                          ({[item.source, item.confirmedOn ? t('neg.confirmedOn', { date: formats.day(item.confirmedOn) }) : ''].filter(Boolean).join(' · ')})
                        </span>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}

        <h3>{t('neg.brief.decision')}</h3>
        <p>
          {brief.decision.host
            ? brief.decision.reason
              ? t('neg.brief.selectedWhy', { host: brief.decision.host, reason: brief.decision.reason })
              : t('neg.brief.selected', { host: brief.decision.host })
            : t('neg.brief.noDecision')}
        </p>
        {out.length > 0 && (
          <ul>
            {out.map((c) => (
              <li key={c.candidacyId}>{t('neg.brief.out', { city: c.city, stage: t(stageKeys[c.stage]), reason: c.stageReason || t('neg.none') })}</li>
            ))}
          </ul>
        )}
      </article>
    </div>
  );
}
