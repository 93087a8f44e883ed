import type { ProgramView } from '../../shared/contracts/programChannels';
import { documentHeadings, programDocument, type DocumentCell } from '../../shared/program/programDocument';

/** Text safe inside a Markdown table cell: no pipe ends the cell, no line break ends the row. */
function cellText(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');
}

function cell(c: DocumentCell): string {
  return [`**${cellText(c.title)}**`, ...c.lines.map(cellText), c.description ? `_${cellText(c.description)}_` : ''].filter(Boolean).join('<br>');
}

/**
 * The printable bilingual program as Markdown: a table per day with the time, the Russian and the
 * English side by side (GitHub-flavoured tables; `<br>` keeps an item's lines in its cell).
 */
export function writeProgramMarkdown(view: ProgramView): string {
  const doc = programDocument(view);
  const out = [`# ${doc.ru.title} / ${doc.en.title}`, '', `${doc.ru.subtitle}  `, doc.en.subtitle, ''];
  for (const day of doc.days) {
    out.push(`## ${day.ru} / ${day.en}`, '', `| ${documentHeadings.time} | ${documentHeadings.ru} | ${documentHeadings.en} |`, '| --- | --- | --- |');
    for (const row of day.rows) out.push(`| ${row.time || '—'} | ${cell(row.ru)} | ${cell(row.en)} |`);
    out.push('');
  }
  return out.join('\n');
}
