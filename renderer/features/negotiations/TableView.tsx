import type { NegotiationBoard } from '../../../electron/shared/contracts/negotiationChannels';
import { useT } from '../../i18n/useT';
import { interactionKindKeys, scoreText } from './negotiationLabels';
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
        <thead>
          <tr>
            <th scope="col">{t('neg.table.city')}</th>
            <th scope="col">{t('neg.table.stage')}</th>
            <th scope="col">{t('neg.table.score')}</th>
            <th scope="col">{t('neg.table.lastContact')}</th>
            <th scope="col">{t('neg.table.nextStep')}</th>
            <th scope="col">{t('neg.table.files')}</th>
          </tr>
        </thead>
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
              <td>
                {row.lastContact
                  ? `${formats.instant(row.lastContact.at)} · ${t(interactionKindKeys[row.lastContact.kind])}${row.lastContact.subject ? ` · ${row.lastContact.subject}` : ''}`
                  : t('neg.none')}
              </td>
              <td className={row.nextStep?.overdue ? 'is-overdue' : undefined}>
                {row.nextStep ? t('neg.board.next', { text: row.nextStep.text, date: formats.day(row.nextStep.due) }) : t('neg.none')}
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
