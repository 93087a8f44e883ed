import { useCallback, useId, useMemo, useState } from 'react';
import { parseImportPlace } from '../../../electron/shared/import/importPlace';
import { TEXT_ENCODINGS } from '../../../electron/shared/import/textEncodings';
import type { ImportOpened, ImportPreview } from '../../../electron/shared/contracts/importChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { useRequestResult } from '../../components/useRequestResult';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { targetGroups, targetLabel } from './importTargets';
import './exportImport.css';
import { TaskProgressList } from '../tasks/TaskProgressList';

type Decision = 'create' | 'merge' | 'skip';

interface Props {
  file: Extract<ImportOpened, { opened: true }>;
  onClose: () => void;
}

const actionKeys: Record<ImportPreview['rows'][number]['action'], MessageKey> = {
  create: 'import.action.create',
  merge: 'import.action.merge',
  reject: 'import.action.reject',
  skip: 'import.action.skip',
};

/**
 * Import: for a CSV file, the mapping step (each column and where it goes, guessed by core and
 * editable); then what will happen to every record, read from core's plan: created, merged
 * (exact email or UID), rejected with the reason, and for each same-name match a choice. Import
 * applies it all as one command, one undo step.
 */
export function ImportDialog({ file: opened, onClose }: Props) {
  const t = useT();
  // Records are keyed by their English place ("line 12"); the reader sees it in the window's language.
  const place = (at: string): string => {
    const where = parseImportPlace(at);
    return where ? t(where.kind === 'line' ? 'import.place.line' : 'import.place.card', { n: where.n }) : at;
  };
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  // The file as last read: choosing another encoding or header answer reads it again in main.
  const [file, setFile] = useState(opened);
  const [rereading, setRereading] = useState(false);
  const [targets, setTargets] = useState<string[]>(() => opened.csv?.targets ?? []);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const failed = t('error.requestFailed');

  // A new object whenever the file is read again, so the preview follows a new encoding even for a vCard (no targets).
  const request = useMemo(() => ({ sessionId: file.sessionId, ...(file.csv ? { targets } : {}), decisions }), [file, targets, decisions]);
  const shown = useRequestResult(request, useCallback((r: typeof request) => settle(api.import.preview(r), failed), [api, failed]));
  const plan = shown?.ok ? shown.value : null;
  const groups = useMemo(() => targetGroups(targets), [targets]);

  const apply = async () => {
    setApplying(true);
    setError(null);
    let summary = '';
    const result = await store.getState().write(async () => {
      const outcome = await settle(api.import.apply(request), failed);
      if (!outcome.ok) return outcome;
      summary = outcome.value.summary;
      return { ok: true, value: { version: outcome.value.version, summaries: [outcome.value.summary] } };
    });
    setApplying(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    store.getState().showToast({ message: t('import.done', { summary }), undo: true });
    onClose();
  };

  const reread = async (change: { encoding?: string; header?: boolean }) => {
    setRereading(true);
    setError(null);
    const outcome = await settle(api.import.reread({ sessionId: file.sessionId, ...change }), failed);
    setRereading(false);
    if (!outcome.ok) {
      setError(outcome.error.message);
      return;
    }
    setFile(outcome.value);
    setTargets(outcome.value.csv?.targets ?? []);
  };

  const titleId = `${id}-title`;
  const accepted = plan ? plan.created + plan.merged : 0;
  return (
    <Dialog titleId={titleId} onCancel={onClose} className="transfer-dialog">
      <h2 id={titleId}>{t('import.title', { name: file.name })}</h2>
      <p className="muted">
        {t(file.kind === 'csv' ? 'import.file.csv' : 'import.file.vcard', { encoding: file.encoding })} · {t('import.records', { count: file.recordCount })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-encoding`}>{t(file.encodingChosen ? 'import.encoding' : 'import.encodingGuessed')}</label>
        <select id={`${id}-encoding`} value={file.encodingLabel} disabled={rereading || applying} onChange={(event) => void reread({ encoding: event.target.value })}>
          {!TEXT_ENCODINGS.some((e) => e.label === file.encodingLabel) && <option value={file.encodingLabel}>{file.encoding}</option>}
          {TEXT_ENCODINGS.map((e) => (
            <option key={e.label} value={e.label}>
              {e.name} ({t(e.script)})
            </option>
          ))}
        </select>
      </div>
      {file.csv && (file.csv.firstRowLooksLikeData || !file.csv.hasHeader) && (
        <div className="field">
          <label>
            <input type="checkbox" checked={file.csv.hasHeader} disabled={rereading || applying} onChange={(event) => void reread({ header: event.target.checked })} /> {t('import.hasHeader')}
          </label>
          {!file.csv.hasHeader && <p className="field-hint">{t('import.headerlessHint')}</p>}
        </div>
      )}

      {file.csv && (
        <>
          <h3>{t('import.mapping')}</h3>
          <p className="field-hint">{t('import.mappingHint')}</p>
          <div className="transfer-table-wrap">
            <table className="transfer-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.mapping.column')}</th>
                  <th scope="col">{t('import.mapping.sample')}</th>
                  <th scope="col">{t('import.mapping.target')}</th>
                </tr>
              </thead>
              <tbody>
                {file.csv.headers.map((header, column) => (
                  <tr key={column}>
                    <th scope="row">{header || t('importLines.column', { n: column + 1 })}</th>
                    <td>
                      {(file.csv?.samples ?? [])
                        .map((row) => row[column] ?? '')
                        .filter((value) => value !== '')
                        .join(' · ')}
                    </td>
                    <td>
                      <select
                        aria-label={t('import.mapping.targetFor', { column: header || t('importLines.column', { n: column + 1 }) })}
                        value={targets[column] ?? 'ignore'}
                        onChange={(event) => {
                          const value = event.target.value;
                          setTargets((old) => old.map((target, i) => (i === column ? value : target)));
                        }}
                      >
                        {groups.map((group) => (
                          <optgroup key={group.labelKey} label={t(group.labelKey)}>
                            {group.targets.map((target) => (
                              <option key={target} value={target}>
                                {targetLabel(t, target)}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h3>{t('import.preview')}</h3>
      <div role="status">
        {!shown && <p className="muted">{t('import.previewLoading')}</p>}
        {shown && !shown.ok && <p className="banner banner-error">{shown.error.message}</p>}
        {plan && (
          <p className="transfer-summary">
            <span>{t('import.willCreate', { count: plan.created })}</span>
            <span>{t('import.willMerge', { count: plan.merged })}</span>
            {plan.skipped > 0 && <span>{t('import.willSkip', { count: plan.skipped })}</span>}
            <span>{t('import.willReject', { count: plan.rejected.length })}</span>
          </p>
        )}
      </div>
      {plan && accepted === 0 && <p className="banner banner-warning">{t('import.nothing')}</p>}

      {plan && plan.fuzzyMatches.length > 0 && (
        <fieldset>
          <legend>{t('import.fuzzy')}</legend>
          <p className="field-hint">{t('import.fuzzyHint')}</p>
          {plan.fuzzyMatches.map((match) => (
            <div key={match.at} className="field">
              <label htmlFor={`${id}-fuzzy-${match.at}`}>{t('import.fuzzyLike', { name: match.name, at: place(match.at), existing: `${match.existing.name}${match.existing.email ? ` <${match.existing.email}>` : ''}` })}</label>
              <select
                id={`${id}-fuzzy-${match.at}`}
                value={decisions[match.at] ?? match.decision}
                onChange={(event) => {
                  const value = event.target.value === 'merge' ? 'merge' : event.target.value === 'skip' ? 'skip' : 'create';
                  setDecisions((old) => ({ ...old, [match.at]: value }));
                }}
              >
                <option value="create">{t('import.decision.create')}</option>
                <option value="merge">{t('import.decision.merge', { name: match.existing.name })}</option>
                <option value="skip">{t('import.decision.skip')}</option>
              </select>
            </div>
          ))}
        </fieldset>
      )}

      {plan && plan.rejected.length > 0 && (
        <>
          <h4>{t('import.rejected')}</h4>
          <ul className="transfer-list">
            {plan.rejected.map((r) => (
              <li key={r.at}>
                {place(r.at)}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}

      {plan && plan.notes.length > 0 && (
        <>
          <h4>{t('import.notes')}</h4>
          <ul className="transfer-list">
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}

      {plan && plan.rows.length > 0 && (
        <div className="transfer-table-wrap">
          <table className="transfer-table">
            <caption>{plan.rows.length < plan.total ? t('import.rowsMore', { shown: plan.rows.length, total: plan.total }) : t('import.rows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.at')}</th>
                <th scope="col">{t('import.col.name')}</th>
                <th scope="col">{t('import.col.email')}</th>
                <th scope="col">{t('import.col.phone')}</th>
                <th scope="col">{t('import.col.organization')}</th>
                <th scope="col">{t('import.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.at}>
                  <td>{place(row.at)}</td>
                  <td>{row.name}</td>
                  <td>{row.email}</td>
                  <td>{row.phone}</td>
                  <td>{row.organization}</td>
                  <td>{t(actionKeys[row.action], { name: row.detail, reason: row.detail })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {applying && <TaskProgressList kinds={['import']} claim />}
      <FormError message={error} />
      <FormActions onCancel={onClose} onSave={() => void apply()} disabled={applying || rereading || !plan || accepted === 0} saveLabel={applying ? t('import.applying') : t('import.apply')} />
    </Dialog>
  );
}
