/**
 * The zod schemas of a report, derived from the format definitions: every table, row and column
 * comes from `formatCells`, so a row added to a format is in the schema with no edit here. The
 * rules are those of `safeParseReport` (complete reports, strict objects).
 *
 * @module
 */
import * as z from 'zod';
import { formatCells, getFormat } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';
import type { BodyLevel, Report, Report2019, Report2021, ReportScope } from '../model/types.js';
import { isIsoDate } from '../model/validate.js';
import { cellSchema } from './cells.js';

const LEVELS = ['department', 'government', 'township', 'other'] as const satisfies readonly BodyLevel[];
const SCOPES = ['agency', 'region', 'unknown'] as const satisfies readonly ReportScope[];

const metaSchema = z.strictObject({
  agency: z.string().regex(/\S/, 'expected a non-empty string').describe('The issuing body, as named in the title'),
  year: z.number().int().min(1990).max(2200).describe('The year the report is about'),
  level: z.enum(LEVELS).describe('The kind of body that issued the report'),
  scope: z.enum(SCOPES).describe('Whether the report covers the body alone or aggregates its region'),
  published: z
    .union([
      z.iso
        .date()
        // The model reads dates through `Date.UTC`, which cannot name years 0–99; saying so in a
        // pattern keeps the JSON Schema as strict as the model.
        .regex(/^(?!00)/, 'expected a year from 0100 on')
        .refine(isIsoDate, 'expected a real calendar date'),
      z.null(),
    ])
    .describe('Publication date (YYYY-MM-DD), or null when unknown'),
});

const sectionSchema = z.strictObject({ heading: z.string(), text: z.string() });

const sectionsSchema = z
  .strictObject(Object.fromEntries(SECTIONS.map((s) => [s.key, sectionSchema.optional().describe(s.heading)])))
  .describe('The six sections by key; a section absent from the source is absent here');

const topicsSchema = z
  .strictObject(Object.fromEntries(OVERVIEW_TOPICS.map((t) => [t.key, z.string().optional().describe(t.label)])))
  .describe('Section 1 sub-topics the report names');

/** Tables 2, 3 and 4 of a format: table → row → column → cell, each labelled officially. */
function tableShapes(version: FormatVersion) {
  const rows: Record<string, Record<string, Record<string, z.ZodType<number | null>>>> = {
    table2: {},
    table3: {},
    table4: {},
  };
  const rowLabels = new Map<string, string>();
  for (const cell of formatCells(version)) {
    const table = rows[`table${cell.table}`] as Record<string, Record<string, z.ZodType<number | null>>>;
    (table[cell.row] ??= {})[cell.column] = cellSchema(cell.columnDef.kind).describe(cell.columnDef.label);
    rowLabels.set(`${cell.table}/${cell.row}`, cell.rowDef.label);
  }
  const format = getFormat(version);
  const table = (id: '2' | '3' | '4') =>
    z
      .strictObject(
        Object.fromEntries(
          Object.entries(rows[`table${id}`] ?? {}).map(([row, columns]) => [
            row,
            z.strictObject(columns).describe(rowLabels.get(`${id}/${row}`) ?? row),
          ]),
        ),
      )
      .describe(format.tables[Number(id) - 2]?.title ?? `table ${id}`);
  return { table2: table('2'), table3: table('3'), table4: table('4') };
}

/** Units read from table 2 cells whose header states none, keyed `row/column`. */
function unitsShape(version: FormatVersion) {
  const keys = formatCells(version)
    .filter((c) => c.table === '2')
    // Exact: a key given must hold a unit (`undefined` is not one), as in `safeParseReport`.
    .map((c) => [`${c.row}/${c.column}`, z.string().min(1).exactOptional()] as const);
  return z
    .strictObject(Object.fromEntries(keys))
    .describe('Units of table 2 cells whose header states none, by "row/column"');
}

function reportObject<F extends FormatVersion>(version: F) {
  return z
    .strictObject({
      format: z.literal(version),
      meta: metaSchema,
      sections: sectionsSchema,
      topics: topicsSchema,
      ...tableShapes(version),
      units: unitsShape(version),
    })
    .describe(getFormat(version).name);
}

const report2019Object = reportObject('2019');
const report2021Object = reportObject('2021');

/**
 * A complete report in the 2019 format (国办公开办函〔2019〕60号).
 *
 * @example
 * ```ts
 * import { report2019Schema } from 'zfxxgk/schema';
 * report2019Schema.parse(JSON.parse(json2019)).table2.procurement.amount;
 * ```
 */
export const report2019Schema: z.ZodType<Report2019> = report2019Object as unknown as z.ZodType<Report2019>;

/**
 * A complete report in the 2021 format (国办公开办函〔2021〕30号).
 *
 * @example
 * ```ts
 * import { report2021Schema } from 'zfxxgk/schema';
 * const result = report2021Schema.safeParse(input);
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const report2021Schema: z.ZodType<Report2021> = report2021Object as unknown as z.ZodType<Report2021>;

/**
 * A complete report in either format, discriminated on `format`. Accepts exactly what
 * `safeParseReport` accepts.
 *
 * @example
 * ```ts
 * import { reportSchema } from 'zfxxgk/schema';
 * const report = reportSchema.parse(JSON.parse(json));
 * if (report.format === '2021') report.table3.received.total;
 * ```
 */
export const reportSchema: z.ZodType<Report> = z.discriminatedUnion('format', [
  report2019Object,
  report2021Object,
]) as unknown as z.ZodType<Report>;
