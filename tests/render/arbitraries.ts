/**
 * Reports an agency would publish, for the render → read round trips: realistic bodies and years
 * (the title must name them), all six sections with long prose, and cells of every kind: blank,
 * 0, large counts, signed changes, money with decimals, amounts with their unit.
 */
import fc from 'fast-check';
import { formatCells, SECTIONS, type FormatVersion, type ValueKind } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';

const PLACES = ['北关区', '淮安市', '昌图县七家子镇', '上海市', '沭阳县', '某县'];
const BODIES = ['应急管理局', '人民政府', '财政局', '发展和改革委员会', '人民政府办公厅', '审计局', ''];

/** A body as titles name it: a place, then a department (or the place's government alone). */
const agencyArb = fc
  .tuple(fc.constantFrom(...PLACES), fc.constantFrom(...BODIES))
  .map(([place, body]) => `${place}${body}`);

/** Characters of report prose: CJK, full-width punctuation, digits, Latin letters, inner spaces. */
const PROSE = [
  ...'政府信息公开工作年度报告本机关认真贯彻落实条例主动依申请平台建设监督保障考核评议责任追究问题改进培训收取处理费件条万元',
  ...'，、：；“”（）《》％·',
  ...'0123456789',
  ...'abcXYZ.-/%()',
  ' ',
];

/**
 * A sentence: prose ending in a full stop or semicolon, as report text does, of 14 characters or
 * more (the readers take a shorter paragraph in sections 2–4 for a table header fragment: see
 * the tests).
 */
const sentenceArb = fc
  .array(fc.constantFrom(...PROSE), { minLength: 12, maxLength: 60 })
  .map((chars) => `本${chars.join('').trim()}${chars.length % 2 ? '。' : '；'}`);

/** A section's text: paragraphs of sentences, some long; or nothing. */
const textArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.array(sentenceArb, { minLength: 1, maxLength: 12 }).map((s) => s.join('')),
        { minLength: 1, maxLength: 4 },
      )
      .map((paragraphs) => paragraphs.join('\n')),
  },
);

/** A value of a kind, with 0 and large numbers often. */
function valueArb(kind: ValueKind): fc.Arbitrary<number> {
  switch (kind) {
    case 'count':
      return fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 2_000_000_000 }));
    case 'signed':
      return fc.oneof(fc.constant(0), fc.integer({ min: -100_000, max: 100_000 }));
    case 'money':
    case 'amount':
      return fc
        .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }))
        .map(([n, places]) => n / 10 ** places);
  }
}

/** How blank a report is: mostly filled, mostly blank, or all zeros. */
const densityArb = fc.constantFrom('filled', 'sparse', 'zeros');

/**
 * A report of a format as an agency publishes it. `units` are given to the amount cells (the
 * 2019 采购总金额), the one column whose header states none.
 */
export function publishedReportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  return fc
    .record({
      agency: agencyArb,
      year: fc.integer({ min: 2019, max: 2035 }),
      published: fc.option(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2036-12-31T00:00:00Z'), noInvalidDate: true }),
        { nil: null },
      ),
      density: densityArb,
      values: fc.tuple(...cells.map((c) => fc.option(valueArb(c.columnDef.kind), { nil: null, freq: 3 }))),
      blanks: fc.tuple(...cells.map(() => fc.boolean())),
      texts: fc.tuple(...SECTIONS.map(() => textArb)),
      unit: fc.constantFrom('元', '万元', undefined),
    })
    .map((r) => {
      const report = emptyReport({
        format,
        agency: r.agency,
        year: r.year,
        published: r.published ? r.published.toISOString().slice(0, 10) : null,
      }) as Report;
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c, i) => {
        const value = r.density === 'zeros' ? 0 : r.density === 'sparse' && r.blanks[i] ? null : (r.values[i] ?? null);
        tables[`table${c.table}`]![c.row]![c.column] = value;
        if (r.unit && value !== null && c.columnDef.kind === 'amount') report.units[`${c.row}/${c.column}`] = r.unit;
      });
      for (const row of [...Object.values(tables.table3 ?? {}), ...Object.values(tables.table4 ?? {})]) {
        printTotalWhereShifted(row);
      }
      SECTIONS.forEach((s, i) => {
        report.sections[s.key] = { heading: s.heading, text: r.texts[i] as string };
      });
      return report;
    });
}

/**
 * A blank 总计 beside a value in the column just before it that is the sum of the other values
 * reads as a row that lost a field (its total one column early), and readers report it so: such a
 * row is printed with its total, as agencies print it.
 */
function printTotalWhereShifted(row: Record<string, number | null>): void {
  const keys = Object.keys(row).filter((k) => k !== 'total');
  const before = row[keys[keys.length - 1] as string];
  const rest = keys
    .slice(0, -1)
    .map((k) => row[k])
    .filter((v): v is number => v !== null && v !== undefined);
  const sum = rest.reduce((a, b) => a + b, 0);
  if (row.total === null && typeof before === 'number' && before !== 0 && rest.length > 0 && sum === before) {
    row.total = sum + before;
  }
}
