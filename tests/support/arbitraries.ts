/**
 * fast-check arbitraries of reports: consistent by construction (for the relation properties) and
 * anything valid (blanks, decimals, signed values, sections, topics and units: for round trips).
 */
import fc from 'fast-check';
import {
  formatCells,
  OVERVIEW_TOPICS,
  SECTIONS,
  type CellDef,
  type FormatVersion,
  type ValueKind,
} from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { cleanReport, consistentReport, plainSections } from './reports.js';

/** A decimal with up to 4 places (money in 万元, amounts). */
export const decimalArb = (max = 100_000_000): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 4 })).map(([n, places]) => n / 10 ** places);

/** A valid value for a cell of a kind. */
export function valueArb(kind: ValueKind): fc.Arbitrary<number> {
  switch (kind) {
    case 'count':
      return fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5_000_000 }));
    case 'signed':
      return fc.integer({ min: -1000, max: 1000 });
    case 'money':
    case 'amount':
      return decimalArb();
  }
}

export const formatArb: fc.Arbitrary<FormatVersion> = fc.constantFrom('2019', '2021');

/** A report of a format whose every relation holds, with sections that satisfy the narrative rules. */
export function consistentReportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  return fc.tuple(...cells.map((c) => valueArb(c.columnDef.kind))).map((values) => {
    const index = new Map<CellDef, number>(cells.map((c, i) => [c, values[i] as number]));
    const report = consistentReport(format, (cell) => index.get(cell) as number);
    report.sections = plainSections();
    return report as Report;
  });
}

const textArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '本年度未收取信息处理费。',
    '第一行，含逗号\n第二行 "引号"\r\n第三行',
    '',
    ' ',
    '（一）主动公开方面。共计 26 条,政策文件 10 条',
  ),
);

const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any valid report: blanks anywhere, decimals, signed values, sections, topics and units. */
export function anyReportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  const table2 = cells.filter((c) => c.table === '2');
  return fc
    .record({
      agency: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      year: fc.integer({ min: 1990, max: 2200 }),
      level: fc.constantFrom('department', 'government', 'township', 'other'),
      scope: fc.constantFrom('agency', 'region', 'unknown'),
      published: fc.option(dateArb, { nil: null }),
      values: fc.tuple(...cells.map((c) => fc.option(valueArb(c.columnDef.kind), { nil: null, freq: 4 }))),
      sections: fc.tuple(
        ...SECTIONS.map(() => fc.option(fc.record({ heading: textArb, text: textArb }), { nil: undefined })),
      ),
      topics: fc.tuple(...OVERVIEW_TOPICS.map(() => fc.option(textArb, { nil: undefined }))),
      units: fc.uniqueArray(fc.tuple(fc.constantFrom(...table2), fc.constantFrom('元', '万元', '件')), {
        selector: ([c]) => c,
        maxLength: 3,
      }),
    })
    .map((r) => {
      const report = emptyReport({
        format,
        agency: r.agency,
        year: r.year,
        level: r.level,
        scope: r.scope,
        published: r.published,
      }) as Report;
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c, i) => {
        tables[`table${c.table}`]![c.row]![c.column] = r.values[i] ?? null;
      });
      SECTIONS.forEach((s, i) => {
        const section = r.sections[i];
        if (section) report.sections[s.key] = section;
      });
      OVERVIEW_TOPICS.forEach((t, i) => {
        const text = r.topics[i];
        if (text !== undefined) report.topics[t.key] = text;
      });
      for (const [cell, unit] of r.units) report.units[`${cell.row}/${cell.column}`] = unit;
      return report;
    });
}

/** A cell value as reports print it: a count, a signed change, or 万元 with one decimal; or blank. */
const printedValueArb = (kind: ValueKind): fc.Arbitrary<number | null> =>
  fc.option(
    kind === 'signed'
      ? fc.integer({ min: -500, max: 500 })
      : kind === 'count'
        ? fc.nat({ max: 99_999 })
        : fc.nat({ max: 999_999 }).map((n) => n / 10),
    { nil: null, freq: 5 },
  );

/**
 * A report of a format with every cell printed as reports print them (or blank), and the
 * sections of a clean report: for rendering into a medium and reading back.
 */
export function printedReportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  return fc.tuple(...cells.map((c) => printedValueArb(c.columnDef.kind))).map((values) => {
    const report = cleanReport(format) as Report;
    const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
    cells.forEach((c, i) => {
      tables[`table${c.table}`]![c.row]![c.column] = values[i] as number | null;
    });
    return report;
  });
}

/**
 * A report whose printed values are all different (blank cells aside), with the sections of a
 * clean report: a value read into another cell cannot pass for the right one. Money and amounts
 * are decimals, and the signed 2019 changes are sometimes negative, so no two kinds meet.
 */
export function uniqueReportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  const flags = fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length });
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 9_999_999 }), { minLength: cells.length, maxLength: cells.length }),
      flags,
      flags,
    )
    .map(([values, blanks, negative]) => {
      const report = cleanReport(format) as Report;
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c, i) => {
        const v = values[i] as number;
        const kind = c.columnDef.kind;
        const value = kind === 'money' || kind === 'amount' ? v + 0.5 : kind === 'signed' && negative[i] ? -v : v;
        tables[`table${c.table}`]![c.row]![c.column] = blanks[i] && i % 3 === 0 ? null : value;
      });
      return report;
    });
}

/** Freezes a value and everything it holds, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
