import { useId, useState } from 'react';
import type { ComparisonCell, ComparisonColumn } from '../../../electron/shared/contracts/negotiationChannels';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { RatingControl } from '../../components/RatingControl';
import { Stepper } from '../../components/Stepper';
import { itemName, stageKeys } from './negotiationLabels';
import { leadingCandidacy } from './leadingCandidacy';
import { useFormats } from './useFormats';
import { useLoaded } from './useLoaded';

const ratings = [0, 1, 2, 3, 4, 5];

/**
 * Candidates as columns and offer items as rows. The user rates each item 0–5 with one click and
 * weighs the rows one step at a time; the score, on top with the leader marked, is
 * sum(weight × rating) / sum(weight) over the rated items, and an unrated item is left out, never a
 * zero. City headers, the score and the item column stay in view while the table scrolls. Items
 * changed since the comparison was last marked reviewed are highlighted until it is marked
 * reviewed again; ratings and weights are written to History.
 */
export function CompareView({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const formats = useFormats();
  const toggleId = useId();
  const [includeOut, setIncludeOut] = useState(false);
  const { data, error } = useLoaded(`${conferenceId}/${includeOut}`, () => api.negotiations.compare({ conferenceId, includeOutOfRace: includeOut }));

  const run = async (command: CommandInput) => {
    const result = await store.getState().runCommands([command]);
    if (!result.ok) store.getState().showToast({ message: result.error.message, tone: 'error' });
    return result.ok;
  };

  if (error && !data) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted" aria-busy="true">{t('neg.loading')}</p>;
  const leader = leadingCandidacy(data.columns);
  const changedCount = data.columns.reduce((sum, column) => sum + Object.values(column.cells).filter((cell) => cell.changed).length, 0);

  return (
    <div className="neg-compare-view">
      <div className="neg-toolbar">
        <p className="muted">
          {data.reviewedAt ? t('neg.compare.reviewedAt', { when: formats.instant(data.reviewedAt) }) : t('neg.compare.neverReviewed')}
          {changedCount > 0 && ` ${t('neg.compare.changedCount', { count: changedCount })}`}
        </p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run({ type: 'conference.markReviewed', at: new Date().toISOString(), id: conferenceId }).then((ok) => {
              if (ok) store.getState().showToast({ message: t('neg.compare.reviewed'), undo: true });
            })
          }
        >
          {t('neg.compare.markReviewed')}
        </button>
        <label className="neg-check" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={includeOut} onChange={(event) => setIncludeOut(event.target.checked)} />
          <span>{t('neg.compare.includeOut')}</span>
        </label>
      </div>
      {data.columns.length === 0 ? (
        <p className="empty">{t('neg.compare.empty')}</p>
      ) : (
        <div className="neg-table-wrap neg-compare-wrap">
          <table className="neg-compare">
            <caption className="visually-hidden">{t('neg.compare.caption', { conference: data.conference.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('neg.compare.item')}</th>
                <th scope="col">{t('neg.compare.weight')}</th>
                {data.columns.map((column) => (
                  <th key={column.candidacyId} scope="col">
                    {column.city}
                    <span className="neg-column-stage">{t(stageKeys[column.stage])}</span>
                  </th>
                ))}
              </tr>
              <tr className="neg-score-row">
                <th scope="row">{t('neg.compare.score')}</th>
                <td />
                {data.columns.map((column) => (
                  <td key={column.candidacyId} className={column.candidacyId === leader ? 'neg-score is-leader' : 'neg-score'}>
                    <strong>{column.score.score === null ? t('neg.score.none') : t('neg.score.value', { score: column.score.score.toFixed(1) })}</strong>
                    {column.candidacyId === leader && <span className="neg-leader">{t('neg.compare.leader')}</span>}
                    {column.score.gaps.length > 0 && column.score.score !== null && <span className="neg-score-open">{t('neg.score.gaps', { count: column.score.gaps.length })}</span>}
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => {
                const name = itemName(t, row.key, row.label);
                return (
                  <tr key={row.key}>
                    <th scope="row">{name}</th>
                    <td>
                      <Stepper
                        label={t('neg.compare.weightOf', { item: name })}
                        lowerLabel={t('neg.compare.lowerWeight', { item: name })}
                        raiseLabel={t('neg.compare.raiseWeight', { item: name })}
                        value={row.weight}
                        min={0}
                        max={10}
                        onChange={(weight) => void run({ type: 'conference.setWeight', at: new Date().toISOString(), id: conferenceId, item: row.key, weight })}
                      />
                    </td>
                    {data.columns.map((column) => (
                      <CompareCell key={column.candidacyId} column={column} cell={column.cells[row.key]} item={name} itemKey={row.key} onRate={(rating) => void run({ type: 'candidacy.rate', at: new Date().toISOString(), id: column.candidacyId, item: row.key, rating })} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted neg-small">{t('neg.compare.hint')}</p>
    </div>
  );
}

function CompareCell({ column, cell, item, itemKey, onRate }: { column: ComparisonColumn; cell: ComparisonCell | undefined; item: string; itemKey: string; onRate: (rating: number | null) => void }) {
  const t = useT();
  const formats = useFormats();
  const stated = cell?.item ?? null;
  return (
    <td className={cell?.changed ? 'neg-cell is-changed' : 'neg-cell'} data-item={itemKey}>
      {stated ? (
        <>
          <span className="neg-cell-value">{stated.value}</span>
          {cell?.changed && <span className="badge">{t('neg.compare.changed')}</span>}
          {(stated.source || stated.confirmedOn) && (
            <span className="neg-cell-source">
              {[stated.source, stated.confirmedOn ? t('neg.confirmedOn', { date: formats.day(stated.confirmedOn) }) : ''].filter(Boolean).join(' · ')}
            </span>
          )}
        </>
      ) : (
        <span className="neg-gap">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('neg.compare.notStated')}</span>
        </span>
      )}
      <RatingControl className="neg-rating" label={t('neg.compare.ratingOf', { item, city: column.city })} value={cell?.rating ?? null} options={ratings} noneLabel={t('neg.compare.unrated')} onChange={onRate} />
    </td>
  );
}
