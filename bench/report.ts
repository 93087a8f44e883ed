import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchReport, ScenarioResult } from './BenchResult';

function figure(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 1 ? `${value.toFixed(2)}x` : `1/${(1 / value).toFixed(value < 0.01 ? 0 : 1)}x`;
}

function verdict(pass: boolean | null): string {
  return pass === null ? 'info' : pass ? 'PASS' : 'FAIL';
}

/** A plain-text table: one line per scenario row, then one indented line per baseline with ours/baseline. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  const head = ['id', 'scenario', 'size', 'median', 'p95', 'unit', 'result', 'target'];
  const rows = results.map((r) => [r.id, r.name, String(r.size), figure(r.median), figure(r.p95), r.unit, verdict(r.pass), r.target]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  lines.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '));
  results.forEach((r, n) => {
    lines.push(line(rows[n] ?? []));
    for (const b of r.baselines) {
      lines.push(`${' '.repeat((widths[0] ?? 0) + 2)}vs ${b.name}: median ${figure(b.median)}, p95 ${figure(b.p95)} ${r.unit}; ours/baseline ${ratio(r.ratios[b.name] ?? Number.NaN)}`);
    }
    if (r.note) lines.push(`${' '.repeat((widths[0] ?? 0) + 2)}${r.note}`);
  });
  return lines.join('\n');
}

/** A Markdown table of the headline figures, for the README. */
export function formatMarkdown(report: BenchReport): string {
  const rows = report.scenarios.map((r) => {
    const best = r.baselines[0];
    const versus = best ? `${best.name}: ${figure(best.median)} (${ratio(r.ratios[best.name] ?? Number.NaN)})` : '';
    return `| ${r.id} | ${r.name} | ${r.size} | ${figure(r.median)} | ${figure(r.p95)} | ${r.unit} | ${r.target} | ${verdict(r.pass)} | ${versus} |`;
  });
  const machine = Object.entries(report.machine)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return [
    `Measured ${report.date} on ${machine}.`,
    '',
    '| id | scenario | contacts | median | p95 | unit | target | result | first baseline (ours/baseline) |',
    '| --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
