import { useCallback, useId, useMemo, useState } from 'react';
import type { ContactSelection } from '../../../electron/shared/contracts/contactSelectionChannels';
import { exportFormats, type ExportFormat } from '../../../electron/shared/contracts/exportChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TableHead } from '../../components/TableHead';
import { useRequestResult } from '../../components/useRequestResult';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import './exportImport.css';
import { TaskProgressList } from '../tasks/TaskProgressList';

export type ExportScope = 'selection' | 'filter' | 'all';

interface Props {
  /** The contacts ticked in the list, when the export was asked for from the selection toolbar. */
  selection: ContactSelection | null;
  /** The list's current search and tags. */
  filter: { query: string; tags: string[] };
  onClose: () => void;
}

const formatKeys: Record<ExportFormat, MessageKey> = {
  csv: 'export.format.csv',
  'csv-excel-ru': 'export.format.csv-excel-ru',
  'csv-google': 'export.format.csv-google',
  'csv-outlook': 'export.format.csv-outlook',
  vcard3: 'export.format.vcard3',
  vcard4: 'export.format.vcard4',
};
const columns = ['name', 'latinName', 'organization', 'title', 'emails', 'phones', 'tags'] as const;
const columnKeys: Record<(typeof columns)[number], MessageKey> = {
  name: 'export.column.name',
  latinName: 'export.column.latinName',
  organization: 'export.column.organization',
  title: 'export.column.title',
  emails: 'export.column.emails',
  phones: 'export.column.phones',
  tags: 'export.column.tags',
};

/**
 * Export: which contacts (the selection, the current filter, or all), the format, and for CSV the
 * BOM and separator. The preview shows the first contacts as core reads them back from the very
 * bytes it would write, so what the user sees is what the file holds. Save asks where (the native
 * dialog) and writes the file in main.
 */
export function ExportDialog({ selection, filter, onClose }: Props) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const showToast = useAppStore((s) => s.showToast);
  const hasFilter = filter.query.trim() !== '' || filter.tags.length > 0;
  const scopes: ExportScope[] = [...(selection ? ['selection' as const] : []), ...(hasFilter ? ['filter' as const] : []), 'all'];
  const [scope, setScope] = useState<ExportScope>(scopes[0] ?? 'all');
  const [format, setFormat] = useState<ExportFormat>('vcard3');
  const [bom, setBom] = useState(false);
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const failed = t('error.requestFailed');

  const isCsv = format !== 'vcard3' && format !== 'vcard4';
  const forcedBom = format === 'csv-excel-ru' || format === 'csv-outlook';
  const request = useMemo(() => {
    const chosen: ContactSelection =
      scope === 'selection' && selection
        ? selection
        : scope === 'filter'
          ? { mode: 'query', query: filter.query, tags: filter.tags, exclude: [] }
          : { mode: 'query', query: '', tags: [], exclude: [] };
    const options = isCsv ? { bom: forcedBom || bom, ...(format === 'csv-excel-ru' ? {} : { delimiter }) } : {};
    return { selection: chosen, format, options };
  }, [scope, selection, filter.query, filter.tags, format, bom, delimiter, isCsv, forcedBom]);
  const shown = useRequestResult(request, useCallback((r: typeof request) => settle(api.export.preview(r), failed), [api, failed]));
  const count = shown?.ok ? shown.value.count : null;

  const save = async () => {
    setSaving(true);
    setError(null);
    const result = await settle(api.export.save(request), failed);
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.saved) return;
    showToast({ message: t('export.saved', { count: result.value.count, path: result.value.path }) });
    onClose();
  };

  const titleId = `${id}-title`;
  const scopeKey: Record<ExportScope, MessageKey> = { selection: 'export.scope.selection', filter: 'export.scope.filter', all: 'export.scope.all' };
  return (
    <Dialog titleId={titleId} onCancel={onClose} className="transfer-dialog">
      <h2 id={titleId}>{t('export.title')}</h2>
      <div className="transfer-options">
        <fieldset>
          <legend>{t('export.scope')}</legend>
          {scopes.map((option) => (
            <label key={option} className="transfer-check">
              <input type="radio" name={`${id}-scope`} value={option} checked={scope === option} onChange={() => setScope(option)} />
              {t(scopeKey[option])}
            </label>
          ))}
        </fieldset>
        <div className="field transfer-format">
          <label htmlFor={`${id}-format`}>{t('export.format')}</label>
          <select id={`${id}-format`} value={format} onChange={(event) => setFormat(exportFormats.find((f) => f === event.target.value) ?? 'vcard3')}>
            {exportFormats.map((option) => (
              <option key={option} value={option}>
                {t(formatKeys[option])}
              </option>
            ))}
          </select>
        </div>
        {isCsv && (
          <div className="field">
            <label className="transfer-check">
              <input type="checkbox" checked={forcedBom || bom} disabled={forcedBom} onChange={(event) => setBom(event.target.checked)} aria-describedby={`${id}-bom-hint`} />
              {t('export.bom')}
            </label>
            <p id={`${id}-bom-hint`} className="field-hint">
              {t('export.bomHint')}
            </p>
            {format !== 'csv-excel-ru' && (
              <>
                <label htmlFor={`${id}-delimiter`}>{t('export.delimiter')}</label>
                <select id={`${id}-delimiter`} value={delimiter} onChange={(event) => setDelimiter(event.target.value === ';' ? ';' : ',')}>
                  <option value=",">{t('export.delimiter.comma')}</option>
                  <option value=";">{t('export.delimiter.semicolon')}</option>
                </select>
              </>
            )}
          </div>
        )}
      </div>

      <h3>{t('export.preview')}</h3>
      <div role="status">
        {!shown && <p className="muted">{t('export.loading')}</p>}
        {shown && !shown.ok && <p className="banner banner-error">{shown.error.message}</p>}
        {count !== null && <p>{count === 0 ? t('export.none') : t('export.count', { count })}</p>}
      </div>
      {shown?.ok && shown.value.warnings.length > 0 && (
        <ul className="banner banner-warning transfer-list">
          {shown.value.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {shown?.ok && shown.value.rows.length > 0 && (
        <div className="transfer-table-wrap">
          <table className="transfer-table">
            <caption>{t('export.previewCaption')}</caption>
            <TableHead labels={columns.map((column) => t(columnKeys[column]))} />
            <tbody>
              {shown.value.rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((column) => {
                    const value = row[column];
                    return <td key={column}>{Array.isArray(value) ? value.join(', ') : value}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown?.ok && shown.value.text && (
        <details>
          <summary>{t('export.rawText')}</summary>
          <pre className="transfer-raw" tabIndex={0}>
            {shown.value.text}
          </pre>
        </details>
      )}
      {saving && <TaskProgressList kinds={['export']} claim />}
      <FormError message={error} />
      <FormActions onCancel={onClose} onSave={() => void save()} disabled={saving || count === 0 || count === null} saveLabel={saving ? t('export.saving') : t('export.save')} />
    </Dialog>
  );
}
