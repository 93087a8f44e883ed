import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { CandidacyDetail } from '../../../electron/shared/contracts/negotiationChannels';
import { cityDisplayName } from '../../../electron/shared/negotiations/cityDisplayName';
import { InteractionInputSchema, type Interaction } from '../../../electron/shared/schemas/interaction';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { ContactPicker } from './ContactPicker';
import { HistoryList } from './HistoryList';
import { LogInteractionDialog } from './LogInteractionDialog';
import { interactionKindKeys, itemName, scoreText } from './negotiationLabels';
import { OfferFormDialog } from './OfferFormDialog';
import { StageSelect } from './StageSelect';
import { SyncConflictBanner } from '../sync/SyncConflictBanner';
import { useFormats } from './useFormats';
import { useLoaded } from './useLoaded';
import { useStageMove } from './useStageMove';
import { labelText } from '../../i18n/labelText';

/**
 * Everything about one candidate city: its stage, its offer (with sources and confirmation
 * dates), files, the people involved, the interactions and next steps, its tasks and its history.
 */
export function CandidacyPanel({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const { data: detail, error, code } = useLoaded(id, () => api.negotiations.candidacy({ id }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = detail?.candidacy.id === id;

  // Focus the heading when the panel opens, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (shown) headingRef.current?.focus();
  }, [shown]);
  // Removed elsewhere (an undo, the CLI): back to the view it was opened from.
  useEffect(() => {
    if (code === 'not-found') onBack();
  }, [code, onBack]);

  if (error && !detail) return <p role="alert">{error}</p>;
  if (!detail) return <p className="muted">{t('neg.loading')}</p>;
  return <PanelBody detail={detail} onBack={onBack} headingRef={headingRef} />;
}

function PanelBody({ detail, onBack, headingRef }: { detail: CandidacyDetail; onBack: () => void; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const formats = useFormats();
  const move = useStageMove();
  const notesId = useId();
  const { candidacy, city: cityRecord, conference } = detail;
  const city = cityDisplayName(cityRecord);
  const [dialog, setDialog] = useState<'offer' | 'log' | null>(null);
  const [notes, setNotes] = useState({ id: candidacy.id, rev: candidacy.rev, base: candidacy.notes, text: candidacy.notes });
  // The stored notes changed (a save, an undo, the CLI): show them, unless the user is mid-edit.
  if (notes.id !== candidacy.id || (notes.rev !== candidacy.rev && (notes.text === notes.base || notes.text === candidacy.notes))) {
    setNotes({ id: candidacy.id, rev: candidacy.rev, base: candidacy.notes, text: candidacy.notes });
  }

  const run = async (commands: CommandInput[], done?: string) => {
    const result = await store.getState().runCommands(commands);
    if (!result.ok) store.getState().showToast({ message: result.error.message, tone: 'error' });
    else if (done) store.getState().showToast({ message: done, undo: true });
    return result.ok;
  };
  const at = () => new Date().toISOString();
  const people = (patch: { contactIds?: string[]; decisionMakerIds?: string[]; notes?: string }, done?: string) =>
    run(
      [
        {
          type: 'candidacy.update',
          at: at(),
          id: candidacy.id,
          data: { contactIds: candidacy.contactIds, decisionMakerIds: candidacy.decisionMakerIds, notes: candidacy.notes, ...patch },
        },
      ],
      done,
    );
  const markStepDone = (interaction: Interaction, done: boolean) => {
    const data = InteractionInputSchema.parse(interaction);
    if (!data.nextStep) return;
    void run([{ type: 'interaction.update', at: at(), id: interaction.id, data: { ...data, nextStep: { ...data.nextStep, done } } }]);
  };
  const attach = async () => {
    const result = await store.getState().write(async () => {
      const attached = await settle(api.negotiations.attach({ candidacyId: candidacy.id }), t('error.requestFailed'));
      if (!attached.ok) return attached;
      return { ok: true, value: attached.value.ack ?? { version: 0, summaries: [] } };
    });
    if (!result.ok) store.getState().showToast({ message: result.error.message, tone: 'error' });
    else if (result.value.summaries[0]) store.getState().showToast({ message: result.value.summaries[0], undo: true });
  };
  const open = async (attachmentId: string) => {
    const result = await settle(api.negotiations.openAttachment({ candidacyId: candidacy.id, attachmentId }), t('error.requestFailed'));
    if (!result.ok) store.getState().showToast({ message: result.error.message, tone: 'error' });
  };
  const remove = async () => {
    if (await run([{ type: 'candidacy.delete', at: at(), ids: [candidacy.id] }], t('neg.panel.removed', { city }))) onBack();
  };

  const decisionMakers = new Set(candidacy.decisionMakerIds);
  const linked = [...new Set([...candidacy.contactIds, ...candidacy.decisionMakerIds])];

  return (
    <section className="neg-panel" aria-labelledby={`${notesId}-heading`}>
      <header className="neg-panel-header">
        <button type="button" className="button" onClick={onBack}>
          {t('neg.panel.back')}
        </button>
        <h2 id={`${notesId}-heading`} ref={headingRef} tabIndex={-1}>
          {city}
        </h2>
        <p className="muted">{conference.name}</p>
        <div className="neg-panel-stage">
          <StageSelect city={city} stage={candidacy.stage} onChange={(to) => move({ id: candidacy.id, conferenceId: candidacy.conferenceId, city, stage: candidacy.stage }, to)} />
          {candidacy.stageReason && <p className="muted">{t('neg.brief.reason', { reason: candidacy.stageReason })}</p>}
        </div>
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          {t('neg.panel.remove')}
        </button>
      </header>
      <SyncConflictBanner kind="candidacies" id={candidacy.id} />

      <div className="neg-panel-grid">
        <section className="card" aria-labelledby={`${notesId}-offer`}>
          <div className="neg-card-head">
            <h3 id={`${notesId}-offer`}>{t('neg.offer.title')}</h3>
            <button type="button" className="button" onClick={() => setDialog('offer')}>
              {t('neg.offer.edit')}
            </button>
          </div>
          <p>{t('neg.panel.score', { score: scoreText(t, detail.score) })}</p>
          {detail.offerItems.length === 0 ? (
            <p className="muted">{t('neg.offer.empty')}</p>
          ) : (
            <dl className="detail-fields">
              {detail.offerItems.map((item) => (
                <div key={item.key} className="neg-dl-row">
                  <dt>{itemName(t, item.key, item.label)}</dt>
                  <dd>
                    {item.value}
                    <span className="neg-cell-source">
                      {[item.source, item.confirmedOn ? t('neg.confirmedOn', { date: formats.day(item.confirmedOn) }) : t('neg.notConfirmed')].filter(Boolean).join(' · ')}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <section className="card" aria-labelledby={`${notesId}-steps`}>
          <div className="neg-card-head">
            <h3 id={`${notesId}-steps`}>{t('neg.panel.interactions')}</h3>
            <button type="button" className="button" onClick={() => setDialog('log')}>
              {t('neg.panel.log')}
            </button>
          </div>
          {detail.tasks.length > 0 && (
            <ul className="neg-list">
              {detail.tasks.map((task) => {
                const due = task.schedule?.kind === 'absolute' ? task.schedule.date.earliest : null;
                return (
                  <li key={task.id}>
                    <label className="neg-check">
                      <input
                        type="checkbox"
                        checked={task.status === 'done'}
                        onChange={(event) => void run([{ type: 'candidacy.taskDone', at: at(), taskId: task.id, done: event.target.checked }])}
                      />
                      <span>
                        {labelText(t, formats.locale, task.titlePhrase, task.title)}
                        {due && <span className="muted"> · {t('neg.due', { date: formats.day(due) })}</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {detail.interactions.length === 0 ? (
            <p className="muted">{t('neg.panel.noInteractions')}</p>
          ) : (
            <ul className="neg-list">
              {detail.interactions.map((interaction) => (
                <li key={interaction.id}>
                  <p>
                    <time dateTime={interaction.at}>{formats.instant(interaction.at)}</time> · {t(interactionKindKeys[interaction.kind])}
                    {interaction.subject && ` · ${interaction.subject}`}
                  </p>
                  {interaction.notes && <p className="muted detail-notes">{interaction.notes}</p>}
                  {interaction.nextStep && (
                    <label className={`neg-check${!interaction.nextStep.done && interaction.nextStep.due < detail.today ? ' is-overdue' : ''}`}>
                      <input type="checkbox" checked={interaction.nextStep.done} onChange={(event) => markStepDone(interaction, event.target.checked)} />
                      <span>
                        {t('neg.board.next', { text: interaction.nextStep.text, date: formats.day(interaction.nextStep.due) })}
                      </span>
                    </label>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby={`${notesId}-people`}>
          <h3 id={`${notesId}-people`}>{t('neg.people.title')}</h3>
          {linked.length === 0 && <p className="muted">{t('neg.people.empty')}</p>}
          <ul className="neg-list">
            {detail.people.map((person) => (
              <li key={person.id} className="neg-person">
                <span>
                  {person.name}
                  {person.title && <span className="muted"> · {person.title}</span>}
                </span>
                <label className="neg-check">
                  <input
                    type="checkbox"
                    checked={decisionMakers.has(person.id)}
                    onChange={(event) =>
                      void people({
                        contactIds: candidacy.contactIds.includes(person.id) ? candidacy.contactIds : [...candidacy.contactIds, person.id],
                        decisionMakerIds: event.target.checked ? [...candidacy.decisionMakerIds, person.id] : candidacy.decisionMakerIds.filter((c) => c !== person.id),
                      })
                    }
                  />
                  <span>{t('neg.people.decides')}</span>
                </label>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t('neg.people.removeLabel', { name: person.name })}
                  onClick={() =>
                    void people(
                      { contactIds: candidacy.contactIds.filter((c) => c !== person.id), decisionMakerIds: candidacy.decisionMakerIds.filter((c) => c !== person.id) },
                      t('neg.people.unlinked', { name: person.name }),
                    )
                  }
                >
                  {t('neg.remove')}
                </button>
              </li>
            ))}
          </ul>
          <ContactPicker exclude={linked} onPick={(contact) => void people({ contactIds: [...candidacy.contactIds, contact.id] }, t('neg.people.linked', { name: contact.name, city }))} />
          <div className="field">
            <label htmlFor={notesId}>{t('neg.panel.notes')}</label>
            <textarea id={notesId} rows={4} value={notes.text} onChange={(event) => setNotes({ ...notes, text: event.target.value })} />
          </div>
          <button type="button" className="button" disabled={notes.text === candidacy.notes} onClick={() => void people({ notes: notes.text }, t('neg.panel.notesSaved'))}>
            {t('neg.panel.saveNotes')}
          </button>
        </section>

        <section className="card" aria-labelledby={`${notesId}-files`}>
          <div className="neg-card-head">
            <h3 id={`${notesId}-files`}>{t('neg.files.title')}</h3>
            <button type="button" className="button" onClick={() => void attach()}>
              {t('neg.files.attach')}
            </button>
          </div>
          {candidacy.attachments.length === 0 ? (
            <p className="muted">{t('neg.files.empty')}</p>
          ) : (
            <ul className="neg-list">
              {candidacy.attachments.map((file) => (
                <li key={file.id} className="neg-file">
                  <span className="break">{file.name}</span>
                  <span className="muted neg-small">{formats.instant(file.addedAt)}</span>
                  <button type="button" className="button" aria-label={t('neg.files.openLabel', { name: file.name })} onClick={() => void open(file.id)}>
                    {t('neg.files.open')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('neg.files.removeLabel', { name: file.name })}
                    onClick={() => void run([{ type: 'candidacy.detach', at: at(), id: candidacy.id, attachmentId: file.id }], t('neg.files.removed', { name: file.name }))}
                  >
                    {t('neg.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card card-wide" aria-labelledby={`${notesId}-history`}>
          <h3 id={`${notesId}-history`}>{t('neg.history.title')}</h3>
          <HistoryList lines={[...candidacy.events].reverse().map((event) => ({ candidacyId: candidacy.id, city, event }))} showCity={false} />
        </section>
      </div>

      {dialog === 'offer' && <OfferFormDialog candidacyId={candidacy.id} city={city} offer={candidacy.offer} onClose={() => setDialog(null)} />}
      {dialog === 'log' && (
        <LogInteractionDialog
          context={{ candidacyId: candidacy.id, conferenceId: candidacy.conferenceId, cityId: candidacy.cityId, city, people: detail.people }}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            store.getState().showToast({ message: t('neg.log.saved', { city }), undo: true });
          }}
        />
      )}
    </section>
  );
}
