import { useId } from 'react';
import type { CoverageRow } from '../../../electron/shared/contracts/timelineChannels';
import { useT } from '../../i18n/useT';

/**
 * Which US partner cities have someone recruited: the cities with nobody yet as a compact list in
 * columns (city and state, its Russian partners muted) that an eye can run down, and the covered
 * cities with their counts. Seventy cities used to be one red sentence nobody could scan.
 */
export function CoverageList({ coverage }: { coverage: readonly CoverageRow[] }) {
  const t = useT();
  const id = useId();
  if (coverage.length === 0) return <p className="muted">{t('recruitment.noPartnerships')}</p>;
  const uncovered = coverage.filter((c) => c.participants === 0);
  const covered = coverage.filter((c) => c.participants > 0);
  return (
    <>
      {uncovered.length === 0 ? (
        <p className="muted">{t('recruitment.allCovered')}</p>
      ) : (
        <>
          <h4 id={`${id}-uncovered`} className="coverage-heading">
            {t('recruitment.uncoveredCount', { count: uncovered.length, total: coverage.length })}
          </h4>
          <ul className="coverage-grid" aria-labelledby={`${id}-uncovered`}>
            {uncovered.map((c) => (
              <li key={c.cityId}>
                <span className="coverage-city">
                  {c.name}
                  {c.region ? `, ${c.region}` : ''}
                </span>{' '}
                <span className="muted">{c.partnerships.map((p) => p.partnerName).join(', ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {covered.length > 0 && (
        <>
          <h4 id={`${id}-covered`} className="coverage-heading">
            {t('recruitment.coveredHeading', { count: covered.length })}
          </h4>
          <ul className="coverage-grid" aria-labelledby={`${id}-covered`}>
            {covered.map((c) => (
              <li key={c.cityId}>{t('recruitment.coveredCity', { city: c.name, count: c.participants })}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
