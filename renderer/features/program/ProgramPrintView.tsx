import { useEffect, useId, useState } from 'react';
import type { Result } from '../../../electron/shared/contract';
import type { ProgramView } from '../../../electron/shared/contracts/programChannels';
import { documentHeadings, programDocument, type DocumentCell } from '../../../electron/shared/program/programDocument';
import { settle } from '../../api/api';
import { leavePrintMode, printOnly } from '../../components/printOnly';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

function Cell({ cell, lang }: { cell: DocumentCell; lang: 'ru' | 'en' }) {
  return (
    <td lang={lang}>
      <strong>{cell.title}</strong>
      {cell.lines.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
      {cell.description && <em className="block">{cell.description}</em>}
    </td>
  );
}

/**
 * The printable program: day by day, Russian and English side by side, the same document the
 * CLI writes as Markdown (programDocument). Print… and Save as PDF… put only this view on A4.
 */
export function ProgramPrintView({ view }: { view: ProgramView }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const showToast = useAppStore((s) => s.showToast);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  useEffect(() => leavePrintMode, []);
  const doc = programDocument(view);

  // Either way only the layout below goes to paper (printOnly); the PDF is written where the user chooses.
  const print = async (to: 'printer' | 'pdf') => {
    setBusy(true);
    const failed = t('error.requestFailed');
    /** Where the PDF went; null when printed or cancelled. */
    const call = async (): Promise<Result<string | null>> => {
      if (to === 'printer') {
        const printed = await settle(api.program.print({}), failed);
        return printed.ok ? { ok: true, value: null } : printed;
      }
      const saved = await settle(api.program.savePdf({ conferenceId: view.conference.id }), failed);
      return saved.ok ? { ok: true, value: saved.value.path } : saved;
    };
    const result = await printOnly('program', call);
    setBusy(false);
    if (!result.ok) showToast({ message: result.error.message, tone: 'error' });
    else if (result.value) showToast({ message: t('program.exported', { path: result.value }) });
  };

  return (
    <div className="program-print-view">
      <div className="program-toolbar no-print">
        <button type="button" className="button button-primary" aria-busy={busy} disabled={busy} onClick={() => void print('printer')}>
          {t('program.print')}
        </button>
        <button type="button" className="button" aria-busy={busy} disabled={busy} onClick={() => void print('pdf')}>
          {t('program.savePdf')}
        </button>
      </div>
      <article className="program-document" aria-labelledby={titleId}>
        <header id={titleId} className="program-document-head">
          <div lang="ru">
            <h2>{doc.ru.title}</h2>
            <p>{doc.ru.subtitle}</p>
          </div>
          <div lang="en">
            <h2>{doc.en.title}</h2>
            <p>{doc.en.subtitle}</p>
          </div>
        </header>
        {doc.days.map((day) => (
          <section key={day.en} className="program-document-day" aria-label={`${day.ru} / ${day.en}`}>
            <h3>
              <span lang="ru">{day.ru}</span> / <span lang="en">{day.en}</span>
            </h3>
            <table className="program-document-table">
              <thead>
                <tr>
                  <th scope="col">{documentHeadings.time}</th>
                  <th scope="col" lang="ru">
                    {documentHeadings.ru}
                  </th>
                  <th scope="col" lang="en">
                    {documentHeadings.en}
                  </th>
                </tr>
              </thead>
              <tbody>
                {day.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.time || '—'}</th>
                    <Cell cell={row.ru} lang="ru" />
                    <Cell cell={row.en} lang="en" />
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </article>
    </div>
  );
}
