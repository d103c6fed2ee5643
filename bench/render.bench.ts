/**
 * The renderers against a baseline in the same process that prints the same cells with no
 * layout: each report's cell values (blank as '') joined into one string, row by row.
 *
 *   npx tsx bench/render.bench.ts
 *
 * Targets: HTML, Markdown and text ≥ 2,000 reports/s each, DOCX ≥ 100 reports/s. The ratio of
 * each to the baseline is printed beside it.
 */
import { formatCells } from '../src/format/index.js';
import type { Report } from '../src/model/types.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderHtml, renderMarkdown, renderText } from '../src/render/index.js';
import { consistentReport, plainSections } from '../tests/support/reports.js';
import { median, timeRounds } from './timing.js';

const COUNT = 2_000;
const RUNS = 5;

/** Distinct reports of both formats, with a decimal fee, a few blanks and the sections' text. */
function makeReports(): Report[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const format = i % 4 === 0 ? '2019' : '2021';
    const report = consistentReport(
      format,
      (cell) => {
        const h = (i * 2654435761 + cell.row.length * 97 + cell.column.length * 13) % 100_000;
        return cell.columnDef.kind === 'money' || cell.columnDef.kind === 'amount' ? h / 10 : h % 500;
      },
      { agency: `某县第${i}局`, year: format === '2019' ? 2020 : 2024 },
    ) as Report;
    report.sections = plainSections();
    if (i % 10 === 0) (report.table3.received as Record<string, number | null>).research = null;
    return report;
  });
}

/** The baseline: every cell of the report as text, joined; no labels, no layout, no escaping. */
function joinCells(report: Report): string {
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  const out: string[] = [];
  for (const cell of formatCells(report.format)) {
    const value = tables[`table${cell.table}`]?.[cell.row]?.[cell.column];
    out.push(value === null || value === undefined ? '' : String(value));
  }
  return out.join('\t');
}

const reports = makeReports();
/** Every renderer's output length, summed, so that no work can be skipped. */
const all =
  (render: (r: Report) => string | Uint8Array, list: readonly Report[] = reports) =>
  () =>
    list.reduce((n, r) => n + render(r).length, 0);
const DOCX_COUNT = 200;
const docxReports = reports.slice(0, DOCX_COUNT);

const [base, html, markdown, text, baseDocx, docx] = timeRounds(
  [
    all(joinCells),
    all((r) => renderHtml(r)),
    all(renderMarkdown),
    all(renderText),
    all(joinCells, docxReports),
    all(renderDocx, docxReports),
  ],
  RUNS,
).map(median) as [number, number, number, number, number, number];

const perSecond = (ms: number, n: number) => Math.round(n / (ms / 1000));
const line = (name: string, ms: number, n: number, baseline: number, target: number) =>
  console.log(
    `  ${name.padEnd(9)} ${ms.toFixed(1).padStart(8)} ms  ${perSecond(ms, n).toLocaleString('en').padStart(9)} reports/s  ratio to baseline ${(ms / baseline).toFixed(1).padStart(5)}  target ≥ ${target.toLocaleString('en')}/s ${perSecond(ms, n) >= target ? 'met' : 'NOT met'}`,
  );
console.log(`rendering ${COUNT.toLocaleString('en')} reports (3 in 4 of the 2021 format), median of ${RUNS} runs:`);
console.log(`  baseline  ${base.toFixed(1).padStart(8)} ms  (the cells joined as text)`);
line('HTML', html, COUNT, base, 2_000);
line('Markdown', markdown, COUNT, base, 2_000);
line('text', text, COUNT, base, 2_000);
line('DOCX', docx, DOCX_COUNT, baseDocx, 100);
