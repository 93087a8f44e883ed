import type { NegotiationBoard } from '../../../electron/shared/contracts/negotiationChannels';
import { TableHead } from '../../components/TableHead';
import { useT } from '../../i18n/useT';
import { candidateColumnLabels, lastContactText, nextStepText } from './candidateTableText';
import { scoreText } from './negotiationLabels';
import { StageSelect } from './StageSelect';
import { useFormats } from './useFormats';
import { useStageMove } from './useStageMove';

/** The same candidacies as the board, as rows: easier to scan and to compare at a glance. */
export function TableView({ board, onOpen }: { board: NegotiationBoard; onOpen: (id: string) => void }) {
  const t = useT();
  const formats = useFormats();
  const move = useStageMove();
  if (board.rows.length === 0) return <p className="empty">{t('neg.noCandidates')}</p>;
  return (
    <div className="neg-table-wrap">
      <table className="neg-table">
        <caption className="visually-hidden">{t('neg.table.caption', { conference: board.conference.name })}</caption>
        <TableHead labels={[...candidateColumnLabels(t), t('neg.table.files')]} />
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                  {row.city}
                </button>
              </th>
              <td>
                <StageSelect city={row.city} stage={row.stage} onChange={(to) => move(row, to)} compact />
                {row.stageReason && <p className="muted neg-small">{row.stageReason}</p>}
              </td>
              <td>{scoreText(t, row.score)}</td>
              <td>{lastContactText(t, formats, row.lastContact)}</td>
              <td className={row.nextStep?.overdue ? 'is-overdue' : undefined}>
                {nextStepText(t, formats, row.nextStep)}
                {row.nextStep?.overdue && <span className="badge badge-danger">{t('neg.overdue')}</span>}
              </td>
              <td>{row.attachments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
