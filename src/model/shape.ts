/**
 * The shape of a report's JSON form, as data derived from the format definitions: the one
 * description that both the model's validator (`safeValidateReport`) and the zod schemas
 * (`zfxxgk/schema`) walk, so the two cannot drift apart.
 *
 * @module
 */
import { formatCells, getFormat, OVERVIEW_TOPICS, SECTIONS } from '../format/index.js';
import type { FormatVersion, TableId, ValueKind } from '../format/grid.js';
import { blankTables } from './empty.js';
import type { BodyLevel, ReportScope } from './types.js';

/**
 * What one value of the JSON form must be.
 * @internal
 */
export type Shape =
  | ObjectShape
  | { readonly type: 'literal'; readonly value: string }
  /**
   * A string; `filled: 'any'`, of one character at least; `filled: 'visible'`, with a character
   * that is not white space. `expected` says what it must be, in messages (`expected …, got …`).
   */
  | { readonly type: 'text'; readonly filled?: 'any' | 'visible'; readonly expected?: string }
  | { readonly type: 'year'; readonly min: number; readonly max: number }
  | { readonly type: 'oneOf'; readonly values: readonly string[] }
  /** A real calendar date as `YYYY-MM-DD`, or `null`. */
  | { readonly type: 'date' }
  | { readonly type: 'cell'; readonly kind: ValueKind };

/**
 * An object with known keys only (an unknown key is an error).
 * @internal
 */
export interface ObjectShape {
  readonly type: 'object';
  readonly fields: readonly Field[];
  readonly description?: string;
  /** What an unknown key is told, when not `unknown key "…"`. */
  readonly unknownKey?: (key: string) => string;
  /**
   * The object a partial report gets where the input leaves it out, holding the defaults of its
   * fields; the validator fills it with what the input gives. A nested object's blank is the one
   * its parent's blank holds (`{}` where it holds none).
   */
  readonly blank?: () => Record<string, unknown>;
}

/**
 * A field of an object: `always` required; `complete` required in a complete report and taken
 * from the blank in a partial one; `optional` may be absent.
 * @internal
 */
export interface Field {
  readonly key: string;
  readonly shape: Shape;
  readonly presence: 'always' | 'complete' | 'optional';
  /** What a missing required field is told, when not `required`. */
  readonly missing?: string;
  readonly description?: string;
}

const LEVELS = ['department', 'government', 'township', 'other'] as const satisfies readonly BodyLevel[];
const SCOPES = ['agency', 'region', 'unknown'] as const satisfies readonly ReportScope[];
const text: Shape = { type: 'text' };

const META: ObjectShape = {
  type: 'object',
  fields: [
    {
      key: 'agency',
      shape: { type: 'text', filled: 'visible', expected: 'a non-empty string' },
      presence: 'always',
      description: 'The issuing body, as named in the title',
    },
    {
      key: 'year',
      shape: { type: 'year', min: 1990, max: 2200 },
      presence: 'always',
      description: 'The year the report is about',
    },
    {
      key: 'level',
      shape: { type: 'oneOf', values: LEVELS },
      presence: 'complete',
      description: 'The kind of body that issued the report',
    },
    {
      key: 'scope',
      shape: { type: 'oneOf', values: SCOPES },
      presence: 'complete',
      description: 'Whether the report covers the body alone or aggregates its region',
    },
    {
      key: 'published',
      shape: { type: 'date' },
      presence: 'complete',
      missing: 'required (null when unknown)',
      description: 'Publication date (YYYY-MM-DD), or null when unknown',
    },
  ],
};

const SECTION: ObjectShape = {
  type: 'object',
  fields: [
    { key: 'heading', shape: text, presence: 'always' },
    { key: 'text', shape: text, presence: 'always' },
  ],
};

const SECTIONS_SHAPE: ObjectShape = {
  type: 'object',
  description: 'The six sections by key; a section absent from the source is absent here',
  fields: SECTIONS.map((s) => ({ key: s.key, shape: SECTION, presence: 'optional', description: s.heading })),
};

const TOPICS_SHAPE: ObjectShape = {
  type: 'object',
  description: 'Section 1 sub-topics the report names',
  fields: OVERVIEW_TOPICS.map((t) => ({ key: t.key, shape: text, presence: 'optional', description: t.label })),
};

/** Table `id` of a format: row → column → cell, each labelled officially. */
function tableShape(version: FormatVersion, id: TableId): ObjectShape {
  const rows = new Map<string, Field[]>();
  const labels = new Map<string, string>();
  for (const cell of formatCells(version)) {
    if (cell.table !== id) continue;
    const columns = rows.get(cell.row) ?? [];
    columns.push({
      key: cell.column,
      shape: { type: 'cell', kind: cell.columnDef.kind },
      presence: 'complete',
      missing: 'required (null for a blank cell)',
      description: cell.columnDef.label,
    });
    rows.set(cell.row, columns);
    labels.set(cell.row, cell.rowDef.label);
  }
  return {
    type: 'object',
    description: getFormat(version).tables[Number(id) - 2]?.title,
    fields: [...rows].map(([row, columns]) => ({
      key: row,
      presence: 'complete',
      description: labels.get(row),
      shape: { type: 'object', fields: columns },
    })),
  };
}

/** Units read from table 2 cells whose header states none, keyed `row/column`. */
function unitsShape(version: FormatVersion): ObjectShape {
  return {
    type: 'object',
    description: 'Units of table 2 cells whose header states none, by "row/column"',
    unknownKey: (key) => `unknown cell ${JSON.stringify(key)}; expected "row/column" of table 2`,
    fields: formatCells(version)
      .filter((c) => c.table === '2')
      .map((c) => ({
        key: `${c.row}/${c.column}`,
        shape: { type: 'text', filled: 'any', expected: 'a unit string' },
        presence: 'optional',
      })),
  };
}

const shapes = new Map<FormatVersion, ObjectShape>();

/**
 * The shape of a report in a format version.
 * @internal
 */
export function reportShape(version: FormatVersion): ObjectShape {
  let shape = shapes.get(version);
  if (shape) return shape;
  const tables = (['2', '3', '4'] as const).map((id) => ({ id, shape: tableShape(version, id) }));
  shape = {
    type: 'object',
    description: getFormat(version).name,
    // The tables from the template of blank cells, as `emptyReport` makes them (see `blankTables`).
    blank: () => ({
      format: version,
      meta: { agency: '', year: 0, level: 'department', scope: 'unknown', published: null },
      sections: {},
      topics: {},
      ...blankTables(version),
      units: {},
    }),
    fields: [
      { key: 'format', shape: { type: 'literal', value: version }, presence: 'always' },
      { key: 'meta', shape: META, presence: 'always' },
      { key: 'sections', shape: SECTIONS_SHAPE, presence: 'complete' },
      { key: 'topics', shape: TOPICS_SHAPE, presence: 'complete' },
      ...tables.map(({ id, shape }) => ({ key: `table${id}`, shape, presence: 'complete' as const })),
      { key: 'units', shape: unitsShape(version), presence: 'complete' },
    ],
  };
  shapes.set(version, shape);
  return shape;
}
