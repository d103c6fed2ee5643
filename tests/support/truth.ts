/**
 * Converts a corpus `*.truth.json` (the hand-checked transcription of a real report's tables, see
 * tests/corpus/INDEX.md) into a Report. Row and column labels are matched against the format
 * definition after normalising the spellings real reports use (`1、` for `1.`, whitespace,
 * full- or half-width brackets); a value printed with a unit (`"251000元"`) becomes the number,
 * and the unit is recorded in `report.units`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { getTable } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { ReportMeta, Report } from '../../src/model/types.js';
import type { BlockDef, FormatVersion } from '../../src/format/grid.js';

/** The layout of a `*.truth.json` file. */
export interface Truth {
  agency: string;
  year: number;
  format_version: FormatVersion;
  table2: Record<string, Record<string, number | string | null>>;
  table3: { rows: Record<string, (number | null)[]> };
  table4: Record<string, (number | null)[]>;
  notes?: string[];
}

/** The shared corpus folder (beside the repository in development and in CI). */
/**
 * The real published reports the tests read, with their hand-checked truth files (INDEX.md there
 * says what each one tests). Kept in the repository so that a clean clone tests on its own.
 */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../corpus');

/** Reads a truth file of the corpus by the name of the report file it describes. */
export function readTruth(reportFile: string): Truth {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${reportFile}.truth.json`), 'utf8')) as Truth;
}

/** A label as real reports vary it: `、`→`.`, no whitespace, half-width brackets. */
export function normaliseLabel(label: string): string {
  return label.replace(/、/g, '.').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

const UNIT = /^(-?\d+(?:\.\d+)?)\s*(万元|元)?$/;

function findByLabel<T extends { key: string; label: string; aliases?: readonly string[] }>(
  defs: readonly T[],
  label: string,
  what: string,
): T {
  const wanted = normaliseLabel(label);
  const found = defs.find((d) => [d.label, ...(d.aliases ?? [])].some((l) => normaliseLabel(l) === wanted));
  if (!found) throw new Error(`truth: no ${what} labelled ${JSON.stringify(label)}`);
  return found;
}

/**
 * The report a truth file describes. Sections are absent (truth files hold tables only); `meta`
 * fills what the truth file does not say (level, scope, publication date).
 */
export function truthToReport(truth: Truth, meta: Partial<Omit<ReportMeta, 'agency' | 'year'>> = {}): Report {
  const report = emptyReport({
    format: truth.format_version,
    agency: truth.agency,
    year: truth.year,
    ...meta,
  }) as Report;
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  const t2 = getTable(truth.format_version, '2');
  for (const [rowLabel, values] of Object.entries(truth.table2)) {
    const block = t2.blocks.find((b) => b.rows.some((r) => normaliseLabel(r.label) === normaliseLabel(rowLabel))) as
      | BlockDef
      | undefined;
    if (!block) throw new Error(`truth: no table 2 row labelled ${JSON.stringify(rowLabel)}`);
    const row = findByLabel(block.rows, rowLabel, 'table 2 row');
    for (const [columnLabel, value] of Object.entries(values)) {
      const column = findByLabel(block.columns, columnLabel, `table 2 column of ${rowLabel}`);
      if (typeof value === 'string') {
        const m = UNIT.exec(value.trim());
        if (!m) throw new Error(`truth: cannot read ${JSON.stringify(value)} in ${rowLabel}/${columnLabel}`);
        tables.table2![row.key]![column.key] = Number(m[1]);
        if (m[2]) report.units[`${row.key}/${column.key}`] = m[2];
      } else {
        tables.table2![row.key]![column.key] = value;
      }
    }
  }
  const t3 = getTable(truth.format_version, '3').blocks[0] as BlockDef;
  for (const [rowLabel, values] of Object.entries(truth.table3.rows)) {
    const row = findByLabel(t3.rows, rowLabel, 'table 3 row');
    if (values.length !== t3.columns.length) throw new Error(`truth: ${rowLabel} has ${values.length} values`);
    t3.columns.forEach((column, i) => {
      tables.table3![row.key]![column.key] = values[i] ?? null;
    });
  }
  const t4 = getTable(truth.format_version, '4').blocks[0] as BlockDef;
  for (const group of t4.rows) {
    const values = truth.table4[group.key];
    if (!values) throw new Error(`truth: table 4 lacks ${group.key}`);
    t4.columns.forEach((column, i) => {
      tables.table4![group.key]![column.key] = values[i] ?? null;
    });
  }
  return report;
}
