/** Generated reports for the reading properties. */
import fc from 'fast-check';
import type { CellDef, FormatVersion } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { consistentReport, plainSections } from '../support/reports.js';

/**
 * Reports that keep every relation, as real ones do, their free cells drawn from `count` (money
 * cells a tenth of it), with the plain sections.
 */
export const consistentReportArb = (
  format: FormatVersion,
  count: fc.Arbitrary<number>,
  cells: number,
): fc.Arbitrary<Report> =>
  fc.array(count, { minLength: cells, maxLength: cells }).map((picks) => {
    let n = 0;
    const report = consistentReport(format, (cell: CellDef) => {
      const v = picks[n++ % picks.length] as number;
      return cell.columnDef.kind === 'money' || cell.columnDef.kind === 'amount' ? v / 10 : v;
    }) as Report;
    report.sections = plainSections();
    return report;
  });
