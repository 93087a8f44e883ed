import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CandidacyRow, NegotiationBoard } from '../../../electron/shared/contracts/negotiationChannels';
import { candidacyStages } from '../../../electron/shared/negotiations/candidacyStages';
import { useT } from '../../i18n/useT';
import { calendarDateInZone } from '../../../electron/shared/dates/instantInZone';
import { CandidacyStageSchema, type CandidacyStage } from '../../../electron/shared/schemas/candidacy';
import { MenuButton } from '../../components/MenuButton';
import { interactionKindKeys, stageKeys } from './negotiationLabels';
import { useFormats } from './useFormats';
import { useStageMove } from './useStageMove';
import { nextStepText } from './candidateTableText';

const DRAG_TYPE = 'application/x-liaison-candidacy';

interface Props {
  board: NegotiationBoard;
  onOpen: (id: string) => void;
}

/**
 * One column per stage. A card answers the next question about its city: the score and how many
 * items are not rated yet, the next step and when it is due (overdue in the warning colour), and
 * when they last spoke. It moves by dragging it onto a column, by its small menu (⋯), or from the
 * keyboard with Alt+Left/Right on its name (one stage back or on). Leaving the race or selecting
 * asks first, wherever the move starts.
 */
export function BoardView({ board, onOpen }: Props) {
  const t = useT();
  const stageMove = useStageMove();
  const [dropStage, setDropStage] = useState<CandidacyStage | null>(null);
  const hintId = useId();
  // A moved card is rebuilt in its new column; keep the keyboard user on it rather than on <body>.
  const refocus = useRef<string | null>(null);
  const move = (row: CandidacyRow, to: CandidacyStage) => {
    refocus.current = row.id;
    stageMove(row, to);
  };
  useEffect(() => {
    const id = refocus.current;
    const active = document.activeElement;
    if (!id || (active && active !== document.body && active.isConnected)) return;
    const title = document.querySelector<HTMLButtonElement>(`.neg-card[data-id="${id}"] .neg-card-title`);
    if (!title) return;
    refocus.current = null;
    title.focus();
  }, [board]);

  const onDrop = (stage: CandidacyStage) => (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropStage(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const row = board.rows.find((r) => r.id === id);
    if (row) move(row, stage);
  };
  const onDragOver = (stage: CandidacyStage) => (event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropStage !== stage) setDropStage(stage);
  };

  return (
    <div className="neg-board">
      <p id={hintId} className="visually-hidden">
        {t('neg.board.keyboardHint')}
      </p>
      {candidacyStages.map((stage) => {
        const rows = board.rows.filter((row) => row.stage === stage);
        const headingId = `${hintId}-${stage}`;
        return (
          <section
            key={stage}
            className={`neg-column${dropStage === stage ? ' is-drop-target' : ''}${stage === 'withdrawn' || stage === 'declined' ? ' is-out' : ''}`}
            aria-labelledby={headingId}
            data-stage={stage}
            onDragOver={onDragOver(stage)}
            onDragLeave={(event) => {
              if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDropStage(null);
            }}
            onDrop={onDrop(stage)}
          >
            <h2 id={headingId} className="neg-column-title">
              {t(stageKeys[stage])} <span className="neg-count">{t('neg.board.count', { count: rows.length })}</span>
            </h2>
            <ul className="neg-cards">
              {rows.map((row) => (
                <BoardCard key={row.id} row={row} hintId={hintId} onOpen={onOpen} onMove={(to) => move(row, to)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function BoardCard({ row, hintId, onOpen, onMove }: { row: CandidacyRow; hintId: string; onOpen: (id: string) => void; onMove: (to: CandidacyStage) => void }) {
  const t = useT();
  const formats = useFormats();
  const [dragging, setDragging] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const index = candidacyStages.indexOf(row.stage) + (event.key === 'ArrowRight' ? 1 : -1);
    const to = candidacyStages[index];
    if (to) onMove(to);
  };
  const moveChoices = candidacyStages.filter((stage) => stage !== row.stage).map((stage) => ({ key: stage, label: t(stageKeys[stage]) }));
  const { score } = row;

  return (
    <li
      className={`neg-card${dragging ? ' is-dragging' : ''}`}
      draggable
      data-id={row.id}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, row.id);
        event.dataTransfer.setData('text/plain', row.city);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <button type="button" className="neg-card-title" onClick={() => onOpen(row.id)} onKeyDown={onKeyDown} aria-describedby={hintId} aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight">
        <CityName city={row.city} />
      </button>
      <div className="neg-card-head">
        <p className="neg-card-line neg-card-score">
          <strong>{score.score === null ? t('neg.score.none') : t('neg.score.value', { score: score.score.toFixed(1) })}</strong>
          {score.gaps.length > 0 && score.score !== null && <span className="neg-card-open">{t('neg.score.gaps', { count: score.gaps.length })}</span>}
        </p>
        <MenuButton
          className="neg-card-menu"
          label={t('neg.board.moveTo', { city: row.city })}
          choices={moveChoices}
          onChoose={(key) => {
            const to = CandidacyStageSchema.safeParse(key);
            if (to.success) onMove(to.data);
          }}
        >
          <span aria-hidden="true">⋯</span>
        </MenuButton>
      </div>
      {row.stageReason && <p className="neg-card-line neg-card-reason">{row.stageReason}</p>}
      {row.nextStep && (
        <p className={`neg-card-line${row.nextStep.overdue ? ' is-overdue' : ''}`}>
          {nextStepText(t, formats, row.nextStep)}
          {row.nextStep.overdue && <span className="neg-overdue-tag">{t('neg.overdue')}</span>}
        </p>
      )}
      <p className="neg-card-line">{row.lastContact ? t('neg.board.lastContact', { date: formats.day(calendarDateInZone(row.lastContact.at, formats.homeZone)), kind: t(interactionKindKeys[row.lastContact.kind]) }) : t('neg.board.noContact')}</p>
    </li>
  );
}

/** "Казань / Kazan" on two lines, the second spelling quieter; read as written, slash included. */
function CityName({ city }: { city: string }) {
  const cut = city.indexOf(' / ');
  if (cut < 0) return <>{city}</>;
  return (
    <>
      {city.slice(0, cut)}
      <span className="neg-card-latin">
        <span className="visually-hidden"> / </span>
        {city.slice(cut + 3)}
      </span>
    </>
  );
}
