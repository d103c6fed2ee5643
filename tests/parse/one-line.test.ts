/**
 * A report whose line breaks a crawler or a copy lost: the whole report on one line, section
 * headings in the middle of it, table headers and rows run together, each row's cells joined with
 * no separator, and (joined with nothing between rows) the next row's numbering stuck to the run
 * of digits before it (`142162162.其他法律…`). The oracle is the generator: every cell is the value
 * it printed, or blank with a finding naming it, never another number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormatVersion, formatCells } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { flatSegments } from '../../src/parse/flat-text.js';
import { parseText } from '../../src/parse/index.js';
import { textLayout } from '../../src/parse/text.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';
import { cellValue, silentChanges } from '../support/oracle.js';
import { consistentReport, plainSections } from '../support/reports.js';
import { documentModel } from './render/grid.js';
import { consistentReportArb } from './report-arbs.js';
import { printText } from './render/render.js';

/** The report's lines as a crawler flattens them: each table row's cells joined with nothing between. */
const joinedLines = (report: Report): string[] =>
  printText(documentModel(report), 'tab').map((line) => line.cells.map((c) => c.text).join(''));

/** Values as reports print them: mostly 0 and single digits, some tens, a few hundreds. */
const countArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10, max: 99 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 999 }) },
);

const fixedReport = (format: FormatVersion): Report => {
  const report = consistentReport(format, (c) => (c.row.length * 3 + c.column.length) % 7) as Report;
  report.sections = plainSections();
  return report;
};

describe('a report flattened onto one line', () => {
  it('is cut back into the lines it was printed in, the numbering with its label', () => {
    const lines = joinedLines(fixedReport('2021'));
    const one = lines.join('');
    expect(one).toMatch(/[0-9]2\.其他法律行政法规禁止公开/);
    const cut = textLayout(one).map((b) => (b.kind === 'paragraph' ? b.text : b.cells.map((c) => c.text).join('')));
    expect(cut.join('')).toBe(one);
    // Every heading and every row of values is a line again (table 4's three header lines stay one).
    const printed = lines.filter((l) => /[0-9]/.test(l) || /^[一二三四五六]、/.test(l));
    expect(printed.length).toBeGreaterThan(35);
    for (const line of printed) expect(cut).toContain(line);
    // Every piece keeps its place in the one line.
    const misplaced = textLayout(one)
      .flatMap((b) => (b.kind === 'paragraph' ? [b] : b.cells.filter((c) => c.text !== '')))
      .filter((piece) => !one.startsWith(piece.text, (piece.loc.column ?? 0) - 1) || piece.loc.line !== 1);
    expect(misplaced).toEqual([]);
  });

  it('leaves a line with one heading, or a few labels, as it is', () => {
    const sentence =
      '一、总体情况：本机关认真贯彻落实《条例》，全年办理行政许可1件、行政处罚2件，制定规章0件，各项工作有序推进，公开内容的深度和广度进一步提升，群众满意度持续提高。';
    expect(sentence.length).toBeGreaterThan(80);
    expect(flatSegments(sentence)).toEqual([[0, sentence.length]]);
    const row = '三、本年度办理结果（一）予以公开03105110';
    expect(flatSegments(row)).toEqual([[0, row.length]]);
  });

  for (const format of ['2021', '2019'] as const) {
    for (const [shape, between] of [
      ['rows joined with nothing between (numbering stuck to the run)', ''],
      ['rows joined with a space', ' '],
      ['numbering printed with no dot (`142162162其他…`: the 2 could be either)', 'no-dot'],
      ['numbering printed with 、 (`142162162、其他…`)', 'dunhao'],
    ] as const) {
      it(`reads every cell right or names it, never another number (${format}, ${shape}, 200 reports)`, () => {
        let right = 0;
        let rightOnLines = 0;
        let total = 0;
        fc.assert(
          fc.property(consistentReportArb(format, countArb, 400), (report) => {
            const read = parseText(
              between === 'no-dot' || between === 'dunhao'
                ? joinedLines(report)
                    .map((l) => l.replace(/^([0-9])\./, between === 'no-dot' ? '$1' : '$1、'))
                    .join('')
                : joinedLines(report).join(between),
            );
            const onLines = parseText(joinedLines(report).join('\n'));
            expect(read.report).not.toBeNull();
            expect(silentChanges(format, read, (ref) => [cellValue(report, ref) ?? null])).toEqual([]);
            for (const cell of formatCells(format)) {
              total++;
              if (read.report && cellValue(read.report, cell) === cellValue(report, cell)) right++;
              if (onLines.report && cellValue(onLines.report, cell) === cellValue(report, cell)) rightOnLines++;
            }
            expect(Object.keys(read.report?.sections ?? {})).toHaveLength(6);
          }),
          { numRuns: 200, seed: 20261202 },
        );
        // As many as when each row is on its line: the cut loses nothing the line reader would read.
        // A numbering with no dot is not known to be one: those rows are left unread, never guessed.
        if (between === '' || between === ' ') {
          expect(right).toBeGreaterThanOrEqual(rightOnLines);
          expect(right / total).toBeGreaterThan(0.5);
        }
        const share = (n: number) => `${n} of ${total} (${((100 * n) / total).toFixed(1)}%)`;
        console.info(
          `${format}, ${shape}: ${share(right)} cells read; rows on lines of their own: ${share(rightOnLines)}`,
        );
      }, 180_000);
    }
  }

  it('cuts a line in time linear in its length', () => {
    // The worst case: a table section of nothing but labels and runs of digits, and headings.
    const line = (scale: number) =>
      `一、总体情况二、主动公开政府信息情况${'规章021行政规范性文件4651.属于国家秘密14216216'.repeat(scale * 4000)}五、存在的主要问题及改进情况`;
    expect(flatSegments(line(1)).length).toBeGreaterThan(6000);
    expect(growthRatio(line, (l) => flatSegments(l), 3, 20)).toBeLessThan(LINEAR_GROWTH);
  });
});
