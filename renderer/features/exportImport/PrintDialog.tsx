import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Failure } from '../../../electron/shared/contract';
import type { ContactSelection } from '../../../electron/shared/contracts/contactSelectionChannels';
import { PrintColumnSchema, type PrintColumn, type PrintRows } from '../../../electron/shared/contracts/exportChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { settle } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TableHead } from '../../components/TableHead';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import './exportImport.css';

interface Props {
  selection: ContactSelection;
  onClose: () => void;
}

const allColumns = PrintColumnSchema.options;
const columnKeys: Record<PrintColumn, MessageKey> = {
  name: 'print.column.name',
  latinName: 'print.column.latinName',
  organization: 'print.column.organization',
  title: 'print.column.title',
  city: 'print.column.city',
  email: 'print.column.email',
  phone: 'print.column.phone',
  tags: 'print.column.tags',
};

/**
 * The contact list on paper (or as a PDF, from the print dialog's "Save as PDF"): the user picks
 * the columns, the rows come from core, and a print-only view holds them while the window prints.
 */
export function PrintDialog({ selection, onClose }: Props) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const [chosen, setChosen] = useState<PrintColumn[]>(['name', 'organization', 'title', 'email', 'phone']);
  const [rows, setRows] = useState<{ ok: true; value: PrintRows } | { ok: false; error: Failure } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    void settle(api.export.printRows({ selection }), failed).then((result) => {
      if (current) setRows(result);
    });
    return () => {
      current = false;
    };
  }, [api, selection, failed]);

  const columns = allColumns.filter((column) => chosen.includes(column));
  const print = async () => {
    setError(null);
    const result = await settle(api.export.print({}), failed);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  const titleId = `${id}-title`;
  const list = rows?.ok ? rows.value : null;
  return (
    <>
      <Dialog titleId={titleId} onCancel={onClose}>
        <h2 id={titleId}>{t('print.title')}</h2>
        <fieldset>
          <legend>{t('print.columns')}</legend>
          {allColumns.map((column) => (
            <label key={column} className="transfer-check">
              <input
                type="checkbox"
                checked={chosen.includes(column)}
                onChange={(event) => setChosen((old) => (event.target.checked ? [...old, column] : old.filter((c) => c !== column)))}
              />
              {t(columnKeys[column])}
            </label>
          ))}
        </fieldset>
        <div role="status">
          {!rows && <p className="muted">{t('print.loading')}</p>}
          {rows && !rows.ok && <p className="banner banner-error">{rows.error.message}</p>}
          {list && <p>{t('print.count', { count: list.total })}</p>}
          {list && list.rows.length < list.total && <p className="banner banner-warning">{t('print.truncated', { shown: list.rows.length, total: list.total })}</p>}
          {columns.length === 0 && <p className="field-error">{t('print.noColumns')}</p>}
        </div>
        <FormError message={error} />
        <FormActions onCancel={onClose} onSave={() => void print()} disabled={!list || columns.length === 0} saveLabel={t('print.print')} />
      </Dialog>
      {list &&
        createPortal(
          <div className="print-view" data-testid="print-view">
            <h1>{t('print.heading')}</h1>
            <table>
              <TableHead labels={columns.map((column) => t(columnKeys[column]))} />
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id}>
                    {columns.map((column) => (
                      <td key={column}>{row[column]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>,
          document.body,
        )}
    </>
  );
}
