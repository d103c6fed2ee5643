import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../src/check/index.js';
import { formatCells, getFormat, type CellRef, type FormatVersion } from '../../src/format/index.js';
import { createReport, validateReport, safeValidateReport } from '../../src/model/validate.js';
import { emptyReport } from '../../src/model/empty.js';
import { anyReportArb, consistentReportArb, deepFreeze, formatArb, valueArb } from '../support/arbitraries.js';

const sameCell = (a: CellRef, b: CellRef) => a.table === b.table && a.row === b.row && a.column === b.column;

describe.each(['2019', '2021'] as const)('properties of check (%s format)', (format: FormatVersion) => {
  const countedCells = formatCells(format).filter((c) => c.table !== '2');

  it('a report consistent by construction has no finding at all', () => {
    fc.assert(
      fc.property(consistentReportArb(format), (report) => {
        expect(check(report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('changing one cell of table 3 or 4 yields exactly the relations through it, each naming it', () => {
    fc.assert(
      fc.property(
        consistentReportArb(format),
        fc.constantFrom(...countedCells),
        valueArb('count'),
        (generated, cell, replacement) => {
          const report = structuredClone(generated);
          const row = (report as unknown as Record<string, Record<string, Record<string, number>>>)[
            `table${cell.table}`
          ]![cell.row]!;
          fc.pre(row[cell.column] !== replacement);
          row[cell.column] = replacement;
          const expected = getFormat(format).relations.flatMap((relation) =>
            relation.instances
              .filter((inst) => [...inst.left, ...inst.right].some((c) => sameCell(c, cell)))
              .map((inst) => ({ code: relation.code, severity: 'error', cells: [...inst.left, ...inst.right] })),
          );
          const findings = check(report);
          expect(findings.map((f) => ({ code: f.code, severity: f.severity, cells: f.cells }))).toEqual(expected);
          for (const f of findings) expect(f.cells?.some((c) => sameCell(c, cell))).toBe(true);
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
