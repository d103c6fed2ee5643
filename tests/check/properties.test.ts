import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../src/check/index.js';
import { formatCells, type CellRef, type FormatVersion } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { createReport, validateReport, safeValidateReport } from '../../src/model/validate.js';
import { emptyReport } from '../../src/model/empty.js';
import { anyReportArb, consistentReportArb, deepFreeze, formatArb, valueArb } from '../support/arbitraries.js';

type Grid = Record<string, Record<string, number>>;
type Tables = Record<'table3' | 'table4', Grid>;

/*
 * The oracle: the four relations of the national formats written out by hand over the row and
 * column keys below, independently of the format definitions and of the relation engine.
 */
const APPLICANTS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const T3_COLUMNS = [...APPLICANTS, 'total'];
/** The rows of a group of outcomes, named after the group: （三）不予公开 is withheld…. */
const group = (prefix: string, rows: string[]) => rows.map((row) => `${prefix}${row}`);
const SHARED_OUTCOMES = [
  'granted',
  'partlyGranted',
  ...group('withheld', [
    'StateSecret',
    'ProhibitedByLaw',
    'Security',
    'ThirdParty',
    'Internal',
    'Process',
    'Enforcement',
    'Query',
  ]),
  ...group('unavailable', ['NotHeld', 'NeedsCreation', 'Unclear']),
  ...group('notProcessed', ['Complaint', 'Repeated', 'Publication', 'Excessive', 'Confirmation']),
];
const OUTCOMES: Record<FormatVersion, string[]> = {
  '2019': [...SHARED_OUTCOMES, 'otherHandling'],
  '2021': [...SHARED_OUTCOMES, 'otherNoCorrection', 'otherNoFee', 'otherOther'],
};
const T3_ROWS = (format: FormatVersion) => [
  'received',
  'carriedOver',
  ...OUTCOMES[format],
  'outcomeTotal',
  'carriedForward',
];
const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'];

interface Expected {
  code: string;
  cells: CellRef[];
  expected: number;
  actual: number;
}

/** What the relations say of a report whose tables 3 and 4 are filled, in the order `check` lists them. */
function oracle(format: FormatVersion, report: Report): Expected[] {
  const { table3: t3, table4: t4 } = report as unknown as Tables;
  const v3 = (row: string, column: string) => t3[row]![column]!;
  const c3 = (row: string, column: string): CellRef => ({ table: '3', row, column });
  const c4 = (row: string, column: string): CellRef => ({ table: '4', row, column });
  const out: Expected[] = [];
  for (const c of T3_COLUMNS) {
    const left = v3('received', c) + v3('carriedOver', c);
    const right = v3('outcomeTotal', c) + v3('carriedForward', c);
    if (left !== right)
      out.push({
        code: 'T3-BALANCE',
        cells: [c3('received', c), c3('carriedOver', c), c3('outcomeTotal', c), c3('carriedForward', c)],
        expected: left,
        actual: right,
      });
  }
  for (const c of T3_COLUMNS) {
    const parts = OUTCOMES[format].reduce((sum, row) => sum + v3(row, c), 0);
    if (parts !== v3('outcomeTotal', c))
      out.push({
        code: 'T3-OUTCOME-SUM',
        cells: [c3('outcomeTotal', c), ...OUTCOMES[format].map((row) => c3(row, c))],
        expected: parts,
        actual: v3('outcomeTotal', c),
      });
  }
  for (const row of T3_ROWS(format)) {
    const parts = APPLICANTS.reduce((sum, c) => sum + v3(row, c), 0);
    if (parts !== v3(row, 'total'))
      out.push({
        code: 'T3-ROW-TOTAL',
        cells: [c3(row, 'total'), ...APPLICANTS.map((c) => c3(row, c))],
        expected: parts,
        actual: v3(row, 'total'),
      });
  }
  for (const group of T4_GROUPS) {
    const parts = T4_PARTS.reduce((sum, c) => sum + t4[group]![c]!, 0);
    if (parts !== t4[group]!.total)
      out.push({
        code: 'T4-TOTAL',
        cells: [c4(group, 'total'), ...T4_PARTS.map((c) => c4(group, c))],
        expected: parts,
        actual: t4[group]!.total!,
      });
  }
  return out;
}

/** The relation findings of `check`, reduced to what the oracle says. */
const relationFindings = (report: Report): Expected[] =>
  check(report)
    .filter((f) => /^T[34]-/.test(f.code))
    .map((f) => ({ code: f.code, cells: f.cells!, expected: f.expected!, actual: f.actual! }));

/** A report with every cell filled: tables 3 and 4 with small counts, so relations hold by chance too. */
const filledReportArb = (format: FormatVersion): fc.Arbitrary<Report> => {
  const cells = formatCells(format);
  return fc
    .tuple(...cells.map((c) => (c.table === '2' ? valueArb(c.columnDef.kind) : fc.integer({ min: 0, max: 3 }))))
    .map((values) => {
      const report = emptyReport({ format, agency: '某县财政局', year: format === '2021' ? 2024 : 2020 }) as Report;
      const tables = report as unknown as Record<string, Grid>;
      cells.forEach((c, i) => {
        tables[`table${c.table}`]![c.row]![c.column] = values[i] as number;
      });
      return report;
    });
};

describe.each(['2019', '2021'] as const)('properties of check (%s format)', (format: FormatVersion) => {
  const countedCells = formatCells(format).filter((c) => c.table !== '2');

  it('the oracle names the rows and columns of the format', () => {
    const keys = (table: string, axis: 'row' | 'column') => [
      ...new Set(countedCells.filter((c) => c.table === table).map((c) => c[axis])),
    ];
    expect(keys('3', 'row')).toEqual(T3_ROWS(format));
    expect(keys('3', 'column')).toEqual(T3_COLUMNS);
    expect(keys('4', 'row')).toEqual(T4_GROUPS);
    expect(keys('4', 'column')).toEqual([...T4_PARTS, 'total']);
  });

  it('a report consistent by construction has no finding at all', () => {
    fc.assert(
      fc.property(consistentReportArb(format), (report) => {
        expect(check(report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('on any filled report, the relation findings are exactly those the oracle computes', () => {
    let failing = 0;
    fc.assert(
      fc.property(filledReportArb(format), (report) => {
        const expected = oracle(format, report);
        failing += expected.length;
        expect(relationFindings(report)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(failing).toBeGreaterThan(0);
  });

  it('changing one cell of table 3 or 4 yields the relations through it the oracle computes, each naming it', () => {
    fc.assert(
      fc.property(
        consistentReportArb(format),
        fc.constantFrom(...countedCells),
        valueArb('count'),
        (generated, cell, replacement) => {
          const report = structuredClone(generated);
          const row = (report as unknown as Record<string, Grid>)[`table${cell.table}`]![cell.row]!;
          fc.pre(row[cell.column] !== replacement);
          row[cell.column] = replacement;
          const expected = oracle(format, report);
          expect(relationFindings(report)).toEqual(expected);
          for (const f of expected)
            expect(f.cells.some((c) => c.table === cell.table && c.row === cell.row && c.column === cell.column)).toBe(
              true,
            );
          // A table 3 cell is in a column relation and a row relation at least; a table 4 cell in its group's.
          expect(expected.length).toBeGreaterThanOrEqual(cell.table === '3' ? 2 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('constructors and check never mutate their input', () => {
  it('safeValidateReport, validateReport, createReport and check on a deep-frozen input', () => {
    fc.assert(
      fc.property(
        formatArb.chain((f) => anyReportArb(f)),
        (report) => {
          const input = deepFreeze(JSON.parse(JSON.stringify(report)) as unknown);
          const snapshot = JSON.stringify(input);
          expect(safeValidateReport(input).success).toBe(true);
          expect(validateReport(input)).toEqual(report);
          expect(createReport(input)).toEqual(report);
          check(deepFreeze(report));
          expect(JSON.stringify(input)).toBe(snapshot);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('emptyReport on a frozen input', () => {
    const input = deepFreeze({ format: '2021' as const, agency: '某局', year: 2024 });
    expect(emptyReport(input).meta.agency).toBe('某局');
  });
});
