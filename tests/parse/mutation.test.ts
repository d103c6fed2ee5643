/**
 * Single edits of generated reports printed as text and HTML, read back: every cell is the value
 * printed, the value the edit left there, or blank with a finding naming the cell. Never a silent
 * change. Every printed value is unique, so a value read into another cell cannot pass unseen;
 * the oracle is the generator, which knows what it printed and what the edit changed.
 *
 * The normal run tries a few hundred edits per medium; `ZFXXGK_MUTATION_RUNS=10000 npx vitest run
 * tests/parse/mutation.test.ts` runs as many as asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellDef, formatCells, type FormatVersion } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { parseHtml, parseText, type ParseFinding, type ParseResult } from '../../src/parse/index.js';
import { plainSections } from '../support/reports.js';
import { mutationRuns } from '../support/table-edits.js';
import { applyEdit, type Edited, editPlanArb } from './render/edits.js';
import { documentModel } from './render/grid.js';
import { htmlOf, type PrintedCell, printHtml, printText, TEXT_SHAPES, textOf } from './render/render.js';
import { cellsOf } from './support.js';

const RUNS = mutationRuns(300);
/** A generous bound on a run's time: a case takes a few milliseconds. */
const TIMEOUT = 30_000 + RUNS * 100;

/** A report whose printed values are all different (blank cells aside), in both formats. */
const uniqueReportArb: fc.Arbitrary<Report> = fc.constantFrom<FormatVersion>('2021', '2019').chain((format) => {
  const cells = formatCells(format);
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 9_999_999 }), { minLength: cells.length, maxLength: cells.length }),
      fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length }),
      fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length }),
    )
    .map(([values, blanks, negative]) => {
      const report = emptyReport({ format, agency: '某县财政局', year: format === '2021' ? 2024 : 2020 }) as Report;
      report.sections = plainSections();
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c: CellDef, i) => {
        const v = values[i] as number;
        // Distinct by construction: decimals never equal an integer, negatives never a count.
        const value =
          c.columnDef.kind === 'money' || c.columnDef.kind === 'amount'
            ? v + 0.5
            : c.columnDef.kind === 'signed' && negative[i]
              ? -v
              : v;
        tables[`table${c.table}`]![c.row]![c.column] = blanks[i] && i % 3 === 0 ? null : value;
      });
      return report;
    });
});

/** Codes that leave the cells they name unread. */
const UNREAD = new Set([
  'PARSE-ROW-UNALIGNED',
  'PARSE-ROW-MISSING',
  'PARSE-TABLE-MISSING',
  'PARSE-VALUE-INVALID',
  'PARSE-CELL-MARKER',
]);

/** Whether some finding says the cell (`table/row/column`) was not read. */
function named(findings: readonly ParseFinding[], report: Report, key: string): boolean {
  const [table, row, column] = key.split('/') as [string, string, string];
  const label = formatCells(report.format).find((c) => c.table === table && c.row === row)?.rowDef.label as string;
  // Table 4's groups are named alone, or all three together.
  const namesRow = (printed: string | undefined): boolean =>
    printed !== undefined && (table === '4' ? printed.includes(label) : printed === label);
  return findings.some(
    (f) =>
      UNREAD.has(f.code) &&
      f.table === table &&
      (f.code === 'PARSE-TABLE-MISSING' ||
        (f.cells ? f.cells.some((c) => c.row === row && c.column === column) : namesRow(f.row))),
  );
}

/** The cells read otherwise than printed, edited, or blank with a finding. */
function silentChanges(read: ParseResult, report: Report, edited: Edited): string[] {
  if (!read.report) return ['no report'];
  const got = cellsOf(read.report);
  const printed = cellsOf(report);
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(got)) {
    if (value === printed[key]) continue;
    if (edited.changed.has(key) && value === edited.changed.get(key)) continue;
    if (value === null && named(read.findings, report, key)) continue;
    wrong.push(`${key}: read ${value}, printed ${printed[key]}`);
  }
  return wrong;
}

const numberOf = (cell: PrintedCell): number => Number(cell.text);

describe('single edits of printed reports: never a silent change', () => {
  it(
    `text (${TEXT_SHAPES.join(', ')}): ${RUNS} edits`,
    () => {
      fc.assert(
        fc.property(uniqueReportArb, fc.constantFrom(...TEXT_SHAPES), editPlanArb, (report, shape, plan) => {
          const edited = applyEdit(printText(documentModel(report), shape), plan, 'text', numberOf);
          fc.pre(edited !== undefined);
          const read = parseText(textOf(edited.lines, shape));
          expect(silentChanges(read, report, edited), `${shape}: ${edited.description}`).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    `HTML (spans, &nbsp; blanks, a spare last cell): ${RUNS} edits`,
    () => {
      fc.assert(
        fc.property(
          uniqueReportArb,
          fc.record({ spans: fc.boolean(), nbsp: fc.boolean(), trailingCell: fc.boolean() }),
          editPlanArb,
          (report, options, plan) => {
            const edited = applyEdit(printHtml(documentModel(report), options), plan, 'html', numberOf);
            fc.pre(edited !== undefined);
            const read = parseHtml(htmlOf(edited.lines, options));
            expect(silentChanges(read, report, edited), edited.description).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
