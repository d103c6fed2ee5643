/**
 * Round trips: a report rendered into each medium and read back by the project's own reader
 * (`parse` for HTML, text and Markdown, `parseDocx` for Word) is the same report: the format,
 * the body, year and publication date, every cell of tables 2–4 with its blanks and units, the
 * six sections' text, and no reading finding above info.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells, SECTIONS, type FormatVersion } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { parseDocx } from '../../src/parse/docx/index.js';
import { parse, parseHtml, parseText, type ParseResult } from '../../src/parse/index.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/render/index.js';
import { cleanReport, plainSections } from '../support/reports.js';
import { publishedReportArb } from './arbitraries.js';

type Grid = Record<string, Record<string, Record<string, number | null>>>;

/** Every cell of a report by `table/row/column`. */
function cellsOf(report: Report): Record<string, number | null> {
  const tables = report as unknown as Grid;
  return Object.fromEntries(
    formatCells(report.format).map((c) => [
      `${c.table}/${c.row}/${c.column}`,
      tables[`table${c.table}`]?.[c.row]?.[c.column] ?? null,
    ]),
  );
}

/** A section's text as a reader can see it: its non-blank lines, trimmed. */
const readableText = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** What reading a rendered report must give back; `html`: runs of white space are one, as HTML shows them. */
function expectSameReport(read: ParseResult, report: Report, html = false): void {
  const findings = read.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${f.message}`);
  expect(findings).toEqual([]);
  const got = read.report as Report;
  expect(got.format).toBe(report.format);
  expect(got.meta).toMatchObject({
    agency: report.meta.agency,
    year: report.meta.year,
    published: report.meta.published,
  });
  expect(cellsOf(got)).toEqual(cellsOf(report));
  expect(got.units).toEqual(report.units);
  for (const s of SECTIONS) {
    expect(got.sections[s.key]?.heading).toBe(s.heading);
    const text = readableText(report.sections[s.key]?.text ?? '');
    expect(got.sections[s.key]?.text).toBe(html ? text.replace(/ {2,}/g, ' ') : text);
  }
}

const MEDIA = [
  { name: 'HTML', html: true, read: (r: Report) => parseHtml(renderHtml(r)) },
  { name: 'HTML fragment', html: true, read: (r: Report) => parseHtml(renderHtml(r, { fragment: true })) },
  { name: 'text', html: false, read: (r: Report) => parseText(renderText(r)) },
  { name: 'DOCX', html: false, read: (r: Report) => parseDocx(renderDocx(r)) },
] as const;

const RUNS = 100;

describe.each(['2021', '2019'] as const)('%s reports', (format: FormatVersion) => {
  it.each(MEDIA)('$name: rendered and read back, the same report', ({ read, html }) => {
    fc.assert(
      fc.property(publishedReportArb(format), (report) => {
        expectSameReport(read(report), report, html);
      }),
      { numRuns: RUNS },
    );
  });

  it('Markdown: every cell of tables 2 and 3 read back, blanks included', () => {
    fc.assert(
      fc.property(publishedReportArb(format), (report) => {
        const cells = cellsOf(report);
        const got = cellsOf(parseText(renderMarkdown(report)).report as Report);
        for (const key of Object.keys(cells).filter((k) => !k.startsWith('4/'))) expect(got[key]).toBe(cells[key]);
      }),
      { numRuns: RUNS },
    );
  });

  // ATX heading markers (`## 一、总体情况`, `# 某局…`) are no part of a heading or the agency, and a
  // row's leading `|` opens its first cell (table 4's fifteen values, a blank first or last one).
  it('Markdown: the whole report read back', () => {
    fc.assert(
      fc.property(publishedReportArb(format), (report) => {
        expectSameReport(parseText(renderMarkdown(report)), report);
      }),
      { numRuns: RUNS },
    );
  });

  // A short paragraph in sections 2–4 before the table (`本年度无新增。`) is section text, not a
  // fragment of the table's header.
  for (const { name, read } of MEDIA) {
    it(`${name}: a short paragraph in section 2`, () => {
      const report = cleanReport(format) as Report;
      report.sections.proactive = { heading: SECTIONS[1].heading, text: '本年度无新增。' };
      expectSameReport(read(report), report);
    });
  }

  // A table 4 whose fifteen cells are all blank is printed as a row of empty cells, and read so.
  for (const { name, read } of MEDIA) {
    it(`${name}: a report with every cell blank`, () => {
      const report = emptyReport({ format, agency: '昌图县七家子镇', year: 2024 }) as Report;
      report.sections = plainSections();
      const result = read(report);
      expect(cellsOf(result.report as Report)).toEqual(cellsOf(report));
      expectSameReport(result, report);
    });
  }
});

describe('real corpus reports, read and rendered into each medium', () => {
  const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../corpus/${name}`, import.meta.url)));
  const REPORTS = {
    '北关 2024 (text)': async () => parse(corpus('2024-beiguan-yjglj.txt')).report as Report,
    '上海 2019 (HTML, 251000元 in a cell)': async () => parse(corpus('2019-shanghai-szfbgt.html')).report as Report,
    '淮安 2024 (PDF)': async () => (await parsePdf(corpus('2024-huaian-szf.pdf'))).report as Report,
  };

  it.each(Object.entries(REPORTS))('%s: read back from every medium, every cell and unit', async (_, load) => {
    const report = await load();
    for (const { name, read } of MEDIA) {
      const got = read(report);
      expect(cellsOf(got.report as Report), name).toEqual(cellsOf(report));
      expect(got.report?.units, name).toEqual(report.units);
      expect(got.report?.meta.agency, name).toBe(report.meta.agency);
      expect(
        got.findings.filter((f) => f.severity === 'error'),
        name,
      ).toEqual([]);
    }
  });
});
