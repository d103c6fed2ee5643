/**
 * fast-check generators of report inputs, walking the format definitions: valid reports of either
 * format, and the same reports with one thing broken (or, for some breaks, left valid), so the
 * zod schema and `safeValidateReport` can be compared on both sides of every rule.
 */
import fc from 'fast-check';
import { formatCells, OVERVIEW_TOPICS, SECTIONS, type FormatVersion, type ValueKind } from '../../src/format/index.js';

type Json = Record<string, unknown>;

const cellValue = (kind: ValueKind): fc.Arbitrary<number | null> => {
  const number =
    kind === 'count'
      ? fc.nat({ max: 100_000 })
      : kind === 'signed'
        ? fc.integer({ min: -1000, max: 1000 })
        : fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
  return fc.option(number, { nil: null, freq: 3 });
};

/** A real calendar date in YYYY-MM-DD form. */
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const nonBlank = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

/** A subset of keys, each with a value. */
const someOf = <T>(keys: readonly string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;

/** A complete, valid report input of a format, as plain JSON data. */
export function validReportInput(format: FormatVersion): fc.Arbitrary<Json> {
  const cells = formatCells(format);
  const tableCells = fc.tuple(...cells.map((c) => cellValue(c.columnDef.kind))).map((values) => {
    const tables: Record<string, Record<string, Record<string, number | null>>> = {
      table2: {},
      table3: {},
      table4: {},
    };
    cells.forEach((c, i) => {
      ((tables[`table${c.table}`] as Json)[c.row] ??= {}) as Json;
      ((tables[`table${c.table}`] as Record<string, Json>)[c.row] as Json)[c.column] = values[i] as number | null;
    });
    return tables;
  });
  return fc
    .record({
      format: fc.constant(format),
      meta: fc.record({
        agency: nonBlank,
        year: fc.integer({ min: 1990, max: 2200 }),
        level: fc.constantFrom('department', 'government', 'township', 'other'),
        scope: fc.constantFrom('agency', 'region', 'unknown'),
        published: fc.option(isoDate, { nil: null }),
      }),
      sections: someOf(
        SECTIONS.map((s) => s.key),
        fc.record({ heading: fc.string({ maxLength: 8 }), text: fc.string({ maxLength: 20 }) }),
      ),
      topics: someOf(
        OVERVIEW_TOPICS.map((t) => t.key),
        fc.string({ maxLength: 20 }),
      ),
      tables: tableCells,
      units: someOf(
        cells.filter((c) => c.table === '2').map((c) => `${c.row}/${c.column}`),
        fc.constantFrom('元', '万元'),
      ),
    })
    .map(({ tables, ...rest }) => ({ ...rest, ...tables }));
}

/** A valid report input of either format. */
export const anyValidReport: fc.Arbitrary<Json> = fc.oneof(validReportInput('2019'), validReportInput('2021'));

/** Values that break (or, for some kinds, keep) a rule, to put in place of a valid one. */
const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    -1,
    1.5,
    -0.5,
    0,
    2 ** 60,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '3',
    '',
    ' ',
    true,
    null,
    [],
    {},
    undefined,
    '2024-02-30',
    '2023-02-29',
    '2024-02-29',
    '0050-01-01',
    '2024-1-1',
    '2024-01-01T00:00:00Z',
    1989,
    2201,
    2024.5,
    '2019',
    '2021',
    2021,
  ),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 4 }),
);

/** Every path into an object (objects only, not arrays), including the root. */
function objectPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
}

const clone = (value: Json): Json => structuredClone(value);

function at(root: Json, path: string[]): Json {
  return path.reduce<Json>((node, key) => node[key] as Json, root);
}

/**
 * A valid report with one change: a value replaced, a key removed, or an unknown key added
 * (including `__proto__`, as `JSON.parse` makes it).
 */
export const brokenReport: fc.Arbitrary<unknown> = anyValidReport.chain((report) => {
  const leaves = leafPaths(report).filter((p) => p.length > 0);
  // Table cells outnumber the other fields by far: pick among those half of the time.
  const nonCells = leaves.filter((p) => !(p[0] as string).startsWith('table'));
  const objects = objectPaths(report);
  return fc.oneof(
    fc.tuple(fc.oneof(fc.constantFrom(...leaves), fc.constantFrom(...nonCells)), replacement).map(([path, value]) => {
      const copy = clone(report);
      at(copy, path.slice(0, -1))[path.at(-1) as string] = value;
      return copy;
    }),
    fc.constantFrom(...leaves, ...objects.filter((p) => p.length > 0)).map((path) => {
      const copy = clone(report);
      delete at(copy, path.slice(0, -1))[path.at(-1) as string];
      return copy;
    }),
    fc
      .tuple(
        fc.constantFrom(...objects),
        fc.constantFrom('extra', 'Total', '__proto__', 'constructor', 'toString'),
        replacement,
      )
      .map(([path, key, value]) => {
        const copy = clone(report);
        const target = at(copy, path);
        // defineProperty makes an own `__proto__` key, as JSON.parse does, instead of setting the prototype.
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        return copy;
      }),
  );
});
