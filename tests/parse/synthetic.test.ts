/**
 * Synthetic reports: generated, rendered into the text and HTML shapes real pages take, perturbed
 * the way real pages are (label variants, traditional characters, split header words, full-width
 * digits, thousands separators, blank markers, units in cells), read back and compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells, getFormat, type ColumnDef, type FormatVersion } from '../../src/format/index.js';
import { T3_COLUMNS } from '../../src/format/shared.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { parseHtml, parseText, type ParseResult } from '../../src/parse/index.js';
import { valueArb } from '../support/arbitraries.js';
import { plainSections } from '../support/reports.js';
import { documentModel, type ValuePrinter } from './render/grid.js';
import { renderHtml, renderText, TEXT_SHAPES, type TextShape } from './render/render.js';
import { cellsOf, rowCellKeys, rowHasFinding } from './support.js';

const AGENCIES = ['北关区应急管理局', '淮安市人民政府', '昌图县七家子镇', '某县财政局'];

const reportArb = (format: FormatVersion): fc.Arbitrary<Report> => {
  const cells = formatCells(format);
  return fc
    .record({
      agency: fc.constantFrom(...AGENCIES),
      year: format === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2030 }),
      published: fc.option(fc.constantFrom('2021-01-20', '2024-03-31', '2025-01-31'), { nil: null }),
      values: fc.tuple(...cells.map((c) => fc.option(valueArb(c.columnDef.kind), { nil: null, freq: 3 }))),
    })
    .map((r) => {
      const report = emptyReport({ format, agency: r.agency, year: r.year, published: r.published }) as Report;
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c, i) => {
        tables[`table${c.table}`]![c.row]![c.column] = r.values[i] ?? null;
      });
      for (const row of [...Object.values(tables.table3 ?? {}), ...Object.values(tables.table4 ?? {})]) withTotal(row);
      report.sections = plainSections();
      return report;
    });
};

/**
 * A row's 总计 as real reports print it: the sum of its parts, or blank. A blank 总计 beside parts
 * whose last is the sum of the others reads as a row that lost a field, so it is printed.
 */
function withTotal(row: Record<string, number | null>): void {
  const parts = Object.entries(row)
    .filter(([key, v]) => key !== 'total' && v !== null)
    .map(([, v]) => v as number);
  const sum = parts.reduce((a, b) => a + b, 0);
  const last = parts[parts.length - 1] ?? 0;
  const looksShifted = parts.length >= 2 && last > 0 && last === sum - last;
  if ((row.total !== null || looksShifted) && parts.length) row.total = sum;
}

/** How a page may print the same report differently. */
interface Perturbation {
  aliases: boolean;
  traditional: boolean;
  halfWidth: boolean;
  splitHeaders: boolean;
  fullWidthDigits: boolean;
  thousands: boolean;
  markers: boolean;
  amountUnit: boolean;
}

const perturbationArb: fc.Arbitrary<Perturbation> = fc.record({
  aliases: fc.boolean(),
  traditional: fc.boolean(),
  halfWidth: fc.boolean(),
  splitHeaders: fc.boolean(),
  fullWidthDigits: fc.boolean(),
  thousands: fc.boolean(),
  markers: fc.boolean(),
  amountUnit: fc.boolean(),
});

const TRADITIONAL: Record<string, string> = {
  规: '規',
  范: '範',
  处: '處',
  罚: '罰',
  许: '許',
  费: '費',
  开: '開',
  请: '請',
  数: '數',
  结: '結',
  计: '計',
  无: '無',
};
const SPLIT = new Set<string>(T3_COLUMNS.map((c) => c.label).filter((l) => l.length === 4));

/** The first alias of each label that has one, from the definitions. */
function aliasesOf(format: FormatVersion): Map<string, string> {
  const map = new Map<string, string>();
  for (const table of getFormat(format).tables) {
    for (const block of table.blocks) {
      for (const item of [...block.columns, ...block.rows]) {
        const alias = item.aliases?.[0];
        // A row alias that is also a merged parent label is read as the parent when the row is blank.
        if (alias && !block.rows.some((r) => r.parents?.includes(alias))) map.set(item.label, alias);
      }
    }
  }
  return map;
}

function perturbed(report: Report, p: Perturbation) {
  const aliases = aliasesOf(report.format);
  const label = (official: string): string => {
    let text = p.aliases ? (aliases.get(official) ?? official) : official;
    if (p.splitHeaders && SPLIT.has(text)) text = `${text.slice(0, 2)} ${text.slice(2)}`;
    if (p.halfWidth) text = text.replace(/（/g, '(').replace(/）/g, ')');
    if (p.traditional) text = Array.from(text, (c) => TRADITIONAL[c] ?? c).join('');
    return text;
  };
  const value: ValuePrinter = (v: number | null, column: ColumnDef) => {
    if (v === null) return p.markers ? '/' : '';
    let text = String(v);
    if (p.thousands && Math.abs(v) >= 1000) {
      const [int = '', frac] = text.split('.');
      text = `${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
    }
    if (p.fullWidthDigits) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    if (p.amountUnit && column.kind === 'amount') text += '元';
    return text;
  };
  return documentModel(report, { label, value });
}

/** The units a perturbed print puts in the report. */
function expectedUnits(report: Report, p: Perturbation): Record<string, string> {
  const units: Record<string, string> = {};
  if (!p.amountUnit) return units;
  for (const c of formatCells(report.format)) {
    const value = (report as unknown as Record<string, Record<string, Record<string, number | null>>>)[
      `table${c.table}`
    ]?.[c.row]?.[c.column];
    if (c.columnDef.kind === 'amount' && value !== null && value !== undefined) units[`${c.row}/${c.column}`] = '元';
  }
  return units;
}

/** Reading gave exactly the report. */
function expectExact(read: ParseResult, report: Report, p: Perturbation): void {
  expect(read.report?.format).toBe(report.format);
  expect(read.report?.meta).toMatchObject({
    agency: report.meta.agency,
    year: report.meta.year,
    published: report.meta.published,
  });
  expect(cellsOf(read.report!)).toEqual(cellsOf(report));
  expect(read.report?.units).toEqual(expectedUnits(report, p));
  expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(Object.keys(read.report?.sections ?? {})).toHaveLength(6);
}

/** Reading gave every row exactly, or left it unknown with a finding: never a wrong value. */
function expectExactOrFlagged(read: ParseResult, report: Report): void {
  const got = cellsOf(read.report!);
  const want = cellsOf(report);
  for (const table of getFormat(report.format).tables) {
    for (const block of table.blocks) {
      for (const row of block.rows) {
        const keys =
          table.id === '4' ? rowCellKeys(report.format, '4', row.key) : rowCellKeys(report.format, table.id, row.key);
        const exact = keys.every((k) => got[k] === want[k]);
        const unknown = keys.every((k) => got[k] === null) && rowHasFinding(read.findings, table.id, row.label);
        expect(
          exact || unknown,
          `${table.id}/${row.key}: read ${JSON.stringify(keys.map((k) => got[k]))}, printed ${JSON.stringify(keys.map((k) => want[k]))}`,
        ).toBe(true);
      }
    }
  }
}

const EXACT_TEXT: readonly TextShape[] = ['tab', 'pipe'];

describe.each(['2019', '2021'] as const)('synthetic %s reports', (format) => {
  it.each(TEXT_SHAPES)('as %s text: read back exactly where the shape is certain, never a wrong value', (shape) => {
    fc.assert(
      fc.property(reportArb(format), perturbationArb, (report, p) => {
        const read = parseText(renderText(perturbed(report, p), shape));
        if (EXACT_TEXT.includes(shape)) expectExact(read, report, p);
        else expectExactOrFlagged(read, report);
      }),
      { numRuns: 40 },
    );
  });

  it('as HTML in the official layout (per-character spans, &nbsp; blanks): read back exactly', () => {
    fc.assert(
      fc.property(reportArb(format), perturbationArb, fc.boolean(), fc.boolean(), (report, p, spans, nbsp) => {
        expectExact(parseHtml(renderHtml(perturbed(report, p), { spans, nbsp })), report, p);
      }),
      { numRuns: 40 },
    );
  });

  it('reports each label variant it read, saying what was read as what', () => {
    const report = fc.sample(reportArb(format), { numRuns: 1, seed: 7 })[0] as Report;
    const p = {
      aliases: true,
      traditional: false,
      halfWidth: false,
      splitHeaders: false,
      fullWidthDigits: false,
      thousands: false,
      markers: false,
      amountUnit: false,
    };
    const read = parseText(renderText(perturbed(report, p), 'tab'));
    const variants = read.findings.filter((f) => f.code === 'PARSE-LABEL-VARIANT').map((f) => f.quote);
    expect(variants.sort()).toEqual([...aliasesOf(format).values()].sort());
  });
});
