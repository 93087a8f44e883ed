import { useEffect, useState } from 'react';
import type { ContactSelection } from '../../../electron/shared/contracts/contactSelectionChannels';
import type { ImportOpened } from '../../../electron/shared/contracts/importChannels';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { PrintDialog } from './PrintDialog';

/**
 * Import, export and print for the contacts screen. Export from here offers the current filter or
 * everyone; the selection toolbar's Export hands its selection over through the store's
 * `exportRequest`, which this component shows and clears.
 */
export function ContactsTransferButtons() {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const query = useAppStore((s) => s.contactQuery);
  const tags = useAppStore((s) => s.contactTags);
  const exportRequest = useAppStore((s) => s.exportRequest);
  const closeExportRequest = useAppStore((s) => s.closeExportRequest);
  const showToast = useAppStore((s) => s.showToast);
  const [open, setOpen] = useState<'export' | 'print' | null>(null);
  const [importing, setImporting] = useState<Extract<ImportOpened, { opened: true }> | null>(null);

  const chooseFile = async () => {
    const result = await settle(api.import.choose({}), t('error.requestFailed'));
    // A cancelled read is told by the progress tray, where the user cancelled it.
    if (!result.ok) {
      if (result.error.code !== 'cancelled') showToast({ message: result.error.message, tone: 'error' });
    } else if (result.value.opened) setImporting(result.value);
  };

  // A .vcf opened with the app: main preselects it in the import's file dialog.
  const importRequested = useAppStore((s) => s.importRequested);
  const requestImport = useAppStore((s) => s.requestImport);
  useEffect(() => {
    if (!importRequested) return;
    requestImport(false);
    // The dialog opens from outside the render that saw the request (the main process asks for it).
    queueMicrotask(() => void chooseFile());
    // chooseFile reads only stable store functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [importRequested, requestImport]);

  const filter = { query, tags };
  const listed: ContactSelection = { mode: 'query', query, tags, exclude: [] };
  return (
    <div className="transfer-buttons" role="group" aria-label={t('transfer.label')}>
      <button type="button" className="button" onClick={() => void chooseFile()}>
        {t('transfer.import')}
      </button>
      <button type="button" className="button" onClick={() => setOpen('export')}>
        {t('transfer.export')}
      </button>
      <button type="button" className="button" onClick={() => setOpen('print')}>
        {t('transfer.print')}
      </button>
      {(open === 'export' || exportRequest) && (
        <ExportDialog
          selection={exportRequest?.selection ?? null}
          filter={filter}
          onClose={() => {
            setOpen(null);
            closeExportRequest();
          }}
        />
      )}
      {open === 'print' && <PrintDialog selection={listed} onClose={() => setOpen(null)} />}
      {importing && <ImportDialog file={importing} onClose={() => setImporting(null)} />}
    </div>
  );
}
