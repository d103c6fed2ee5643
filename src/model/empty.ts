/**
 * The empty report: every cell blank, no sections.
 *
 * @module
 */
import { formatCells } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import type { BodyLevel, ReportOf, ReportScope } from './types.js';

/** What an empty report needs to know about its body. */
export interface EmptyReportInput<F extends FormatVersion> {
  format: F;
  agency: string;
  year: number;
  level?: BodyLevel;
  scope?: ReportScope;
  published?: string | null;
}

/**
 * Builds tables of blank cells for a format, one fresh object per row.
 * @internal
 */
export function blankTables(format: FormatVersion): Record<'table2' | 'table3' | 'table4', Record<string, Record<string, null>>> {
  const tables = { table2: {}, table3: {}, table4: {} } as Record<
    'table2' | 'table3' | 'table4',
    Record<string, Record<string, null>>
  >;
  for (const cell of formatCells(format)) {
    const table = tables[`table${cell.table}`];
    (table[cell.row] ??= {})[cell.column] = null;
  }
  return tables;
}

/**
 * An empty report for a format, year and body: every cell blank (`null`), no sections yet.
 *
 * @example
 * ```ts
 * const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * report.table3.received.total; // null
 * ```
 */
export function emptyReport<F extends FormatVersion>(input: EmptyReportInput<F>): ReportOf<F> {
  return {
    format: input.format,
    meta: {
      agency: input.agency,
      year: input.year,
      level: input.level ?? 'department',
      scope: input.scope ?? 'unknown',
      published: input.published ?? null,
    },
    sections: {},
    topics: {},
    ...blankTables(input.format),
    units: {},
  } as unknown as ReportOf<F>;
}
