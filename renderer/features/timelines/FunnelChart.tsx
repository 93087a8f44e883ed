import type { Funnel } from '../../../electron/shared/contracts/timelineChannels';
import { useT } from '../../i18n/useT';

const WIDTH = 640;
// Room for the longest stage name, «Участие подтверждено».
const LABEL = 190;
const ROW = 26;

/**
 * The funnel as SVG bars: how many participants reached each stage, with the target as a tick.
 * One image with a spoken summary; the numbers are also in the targets table beside it.
 */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const t = useT();
  const max = Math.max(1, ...funnel.stages.map((s) => Math.max(s.reached, s.target ?? 0)));
  const scale = (n: number) => (n / max) * (WIDTH - LABEL - 50);
  const summary = funnel.stages
    .map((s) => (s.target === null ? t('recruitment.funnelRow', { stage: t(`stage.${s.stage}`), reached: s.reached }) : t('recruitment.funnelTarget', { stage: t(`stage.${s.stage}`), reached: s.reached, target: s.target })))
    .join(', ');
  const height = funnel.stages.length * ROW + 8;
  return (
    <figure className="funnel">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('recruitment.funnelChart', { summary })}>
        {funnel.stages.map((s, i) => {
          const y = i * ROW + 4;
          return (
            <g key={s.stage}>
              <text x={LABEL - 8} y={y + 15} className="funnel-label" textAnchor="end">
                {t(`stage.${s.stage}`)}
              </text>
              <rect x={LABEL} y={y + 3} width={Math.max(s.reached > 0 ? 3 : 0, scale(s.reached))} height={ROW - 8} rx={3} className="funnel-bar" />
              {s.target !== null && <line x1={LABEL + scale(s.target)} x2={LABEL + scale(s.target)} y1={y} y2={y + ROW - 2} className="funnel-target" />}
              <text x={LABEL + scale(s.reached) + 6} y={y + 15} className="funnel-count">
                {s.target === null ? String(s.reached) : `${s.reached} / ${s.target}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="funnel-caption">
        {/* The key to the two marks: the ticks meant nothing to a reader who had not set the targets. */}
        <ul className="funnel-legend">
          <li>
            <span className="funnel-key funnel-key-bar" aria-hidden="true" />
            {t('recruitment.funnelLegendBar')}
          </li>
          {funnel.stages.some((s) => s.target !== null) && (
            <li>
              <span className="funnel-key funnel-key-target" aria-hidden="true" />
              {t('recruitment.funnelLegendTarget')}
            </li>
          )}
        </ul>
        <span className="muted">{t('recruitment.declinedCount', { count: funnel.declined })}</span>
      </figcaption>
    </figure>
  );
}
