/**
 * `compareWithParts`: a region's published figures against the sum of its parts (spec X-5).
 *
 * @module
 */
import { formatCells, VALUE_KINDS } from '../format/index.js';
import { cellPlace, placeParams } from '../findings/place.js';
import type { Finding, Lang, RawFinding, RuleSettings } from '../findings/types.js';
import type { ReadonlyReport } from '../model/types.js';
import { writeRollupFindings } from './result.js';
import { rollup } from './rollup.js';

type Tables = Record<string, Record<string, Record<string, number | null>>>;

/**
 * For a people's government report that aggregates its region (`meta.scope === 'region'`), the
 * cells where the published figure is smaller than the sum of the parts' figures, as
 * `ROLLUP-BELOW-PARTS` warnings (a blank published cell counts as 0). Nothing when the report
 * covers the body alone or its scope is unknown, since then the parts need not add up to it. The
 * signed 本年增/减 column is not compared: a net change has no lower bound. The parts must be in
 * the parent's format and year (a {@link RollupInputError} says which is not).
 *
 * @example
 * ```ts
 * import { compareWithParts } from 'zfxxgk';
 * compareWithParts(countyReport, departmentReports).map((f) => f.message);
 * // ['表3「一、本年新收政府信息公开申请数量」行「总计」列为 12，小于 3 个组成单位之和 15']
 * ```
 */
export function compareWithParts(
  parent: ReadonlyReport,
  children: readonly ReadonlyReport[],
  options: { lang?: Lang; rules?: RuleSettings } = {},
): Finding[] {
  if (parent.meta.scope !== 'region' || children.length === 0) return [];
  const parts = rollup(children, { agency: parent.meta.agency, year: parent.meta.year, format: parent.format })
    .report as unknown as Tables;
  const published = parent as unknown as Tables;
  const out: RawFinding[] = [];
  for (const cell of formatCells(parent.format)) {
    if (VALUE_KINDS[cell.columnDef.kind].negative) continue;
    const name = `table${cell.table}`;
    const sum = parts[name]?.[cell.row]?.[cell.column] ?? null;
    const actual = published[name]?.[cell.row]?.[cell.column] ?? null;
    if (sum === null || (actual ?? 0) >= sum) continue;
    const place = cellPlace(parent.format, cell);
    out.push({
      code: 'ROLLUP-BELOW-PARTS',
      ...place,
      expected: sum,
      actual,
      params: { ...placeParams(place), actual, expected: sum, parts: children.length },
    });
  }
  return writeRollupFindings(out, options);
}
