import { useId, useState } from 'react';
import { exportFormats, type ExportFormat } from '../../../electron/shared/contracts/exportChannels';
import type { ParticipantRow, TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import { ParticipantStageSchema } from '../../../electron/shared/schemas/participant';
import type { ParticipantStage } from '../../../electron/shared/timelines/participantStages';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { ArrivalInput } from './ArrivalInput';
import { AddParticipantForm } from './AddParticipantForm';
import { CoverageList } from './CoverageList';
import { DeclineDialog } from './DeclineDialog';
import { FunnelChart } from './FunnelChart';
import { TargetsForm } from './TargetsForm';
import { spanWords } from './spanWords';
import { useChannelResult } from './useChannelResult';
import { useDateLocale } from './dateLocale';

/**
 * Recruiting participants for one conference: the list with each one's stage (moved in place;
 * "declined" asks why), the funnel against targets, which US partner cities have nobody yet, and
 * the deadlines counted back from the conference date.
 */
export function RecruitmentPanel({ conference }: { conference: TimelineConference }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const locale = useDateLocale();
  const id = useId();
  const result = useChannelResult(() => api.recruitment.get({ conferenceId: conference.id }), conference.id);
  const [declining, setDeclining] = useState<ParticipantRow | null>(null);
  const [exportFormat, setExportFormat] = useState<ExportFormat>('vcard3');

  if (!result) return null;
  if (!result.ok)
    return (
      <p className="banner banner-error" role="alert">
        {result.error.message}
      </p>
    );
  const view = result.value;
  const at = () => new Date().toISOString();
  const stageName = (stage: ParticipantStage) => t(`stage.${stage}`);

  const move = async (row: ParticipantRow, stage: ParticipantStage, reason = ''): Promise<string | null> => {
    const ack = await store.getState().runCommands([{ type: 'participant.move', at: at(), id: row.id, stage, reason }]);
    if (!ack.ok) return ack.error.message;
    store.getState().showToast({ message: t('recruitment.moved', { name: row.name, stage: stageName(stage) }), undo: true });
    return null;
  };

  const remove = async (row: ParticipantRow) => {
    const ack = await store.getState().runCommands([{ type: 'participant.remove', at: at(), ids: [row.id] }]);
    if (ack.ok) store.getState().showToast({ message: t('recruitment.removed', { name: row.name }), undo: true });
    else store.getState().showToast({ message: ack.error.message, tone: 'error' });
  };

  const exportParticipants = async () => {
    const exported = await settle(api.recruitment.exportParticipants({ conferenceId: conference.id, format: exportFormat }), t('error.requestFailed'));
    if (!exported.ok) store.getState().showToast({ message: exported.error.message, tone: 'error' });
    else if (exported.value.path) store.getState().showToast({ message: t('recruitment.exported', { count: exported.value.count, path: exported.value.path }) });
  };

  return (
    <div className="recruitment">
      <section aria-labelledby={`${id}-participants`}>
        <h3 id={`${id}-participants`}>{t('recruitment.participants')}</h3>
        <AddParticipantForm conferenceId={conference.id} coverage={view.coverage} />
        {view.participants.length === 0 ? (
          <EmptyState title={t('empty.recruitment.title')} level={3}>
            <p>{t('empty.recruitment.text')}</p>
            <p>{t('recruitment.noParticipants')}</p>
          </EmptyState>
        ) : (
          // A narrow window (1024 px in Russian) scrolls the table inside its box rather than cutting off Remove.
          <div className="table-scroll">
            <table className="participants-table">
              <thead>
                <tr>
                  <th scope="col">{t('recruitment.col.name')}</th>
                  <th scope="col">{t('recruitment.col.city')}</th>
                  <th scope="col">{t('recruitment.col.stage')}</th>
                  <th scope="col">{t('recruitment.col.reason')}</th>
                  {conference.city && <th scope="col">{t('recruitment.col.arrival', { city: conference.city.name })}</th>}
                  <th scope="col">{t('timelines.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {view.participants.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      {row.name}
                      {row.latinName && row.latinName !== row.name && <span className="muted block">{row.latinName}</span>}
                    </th>
                    <td>{row.cities.join(', ')}</td>
                    <td>
                      <select
                        aria-label={t('recruitment.stageOf', { name: row.name })}
                        value={row.stage}
                        onChange={(event) => {
                          const stage = ParticipantStageSchema.catch(row.stage).parse(event.target.value);
                          if (stage === 'declined') setDeclining(row);
                          else
                            void move(row, stage).then((failure) => {
                              if (failure) store.getState().showToast({ message: failure, tone: 'error' });
                            });
                        }}
                      >
                        {ParticipantStageSchema.options.map((stage) => (
                          <option key={stage} value={stage}>
                            {stageName(stage)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{row.stageReason}</td>
                    {conference.city && (
                      <td>
                        <ArrivalInput key={row.arrivesAt ?? ''} participantId={row.id} name={row.name} arrivesAt={row.arrivesAt} zone={conference.city.zone} />
                      </td>
                    )}
                    <td>
                      <button type="button" className="button button-quiet" aria-label={t('recruitment.removeOf', { name: row.name })} onClick={() => void remove(row)}>
                        {t('recruitment.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="participant-export">
          <label htmlFor={`${id}-export-format`}>{t('export.format')}</label>
          <select id={`${id}-export-format`} value={exportFormat} onChange={(event) => setExportFormat(event.target.value as ExportFormat)}>
            {exportFormats.map((format) => (
              <option key={format} value={format}>
                {t(`export.format.${format}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void exportParticipants()}>
            {t('recruitment.export')}
          </button>
        </div>
      </section>

      <section aria-labelledby={`${id}-funnel`}>
        <h3 id={`${id}-funnel`}>{t('recruitment.funnel')}</h3>
        <FunnelChart funnel={view.funnel} />
        <TargetsForm key={JSON.stringify(conference.recruitmentTargets)} conference={conference} />
      </section>

      <section aria-labelledby={`${id}-deadlines`}>
        <h3 id={`${id}-deadlines`}>{t('recruitment.deadlines')}</h3>
        <p className="muted">{t('recruitment.deadlinesHint', { days: view.visaLeadDays })}</p>
        <ul className="deadlines">
          {view.deadlines.map((d) => (
            <li key={d.stage} className={d.overdue ? 'is-overdue' : undefined}>
              {d.span ? t('recruitment.deadline', { stage: stageName(d.stage), when: spanWords(d.span, locale) }) : t('recruitment.deadlineNoDate', { stage: stageName(d.stage) })}
              {d.behind > 0 && <span className="muted"> · {t('recruitment.deadlineBehind', { count: d.behind })}</span>}
              {d.overdue && <span className="badge badge-danger">{t('timelines.overdueBadge')}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-coverage`}>
        <h3 id={`${id}-coverage`}>{t('recruitment.coverage')}</h3>
        <CoverageList coverage={view.coverage} />
      </section>

      {declining && (
        <DeclineDialog
          name={declining.name}
          onCancel={() => setDeclining(null)}
          onDecline={async (reason) => {
            const failure = await move(declining, 'declined', reason);
            if (!failure) setDeclining(null);
            return failure;
          }}
        />
      )}
    </div>
  );
}
