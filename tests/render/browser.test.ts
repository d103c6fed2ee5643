/**
 * The rendered HTML in a real browser (Debian's Chromium, driven by playwright-core): real corpus
 * reports laid out as the official tables (each cell's box spans exactly the grid rows and columns
 * the official layout gives it), nothing wider than an A4 page, and printed to PDF by Chromium
 * and read back with `parsePdf`, every cell equal. Screenshots of the seed report are kept in the
 * docs (written when missing, or with UPDATE_DOCS=1).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { getFormat } from '../../src/format/index.js';
import { readCsv } from '../../src/interchange/csv.js';
import type { Report } from '../../src/model/types.js';
import { parse } from '../../src/parse/index.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { renderHtml, tableGrids } from '../../src/render/index.js';
import { tablesOf, withCells } from '../support/reports.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'tests', 'corpus', name)));
/** The width of an A4 page inside the print margins of the page's CSS (20 mm each side), in CSS px. */
const A4_CONTENT_PX = ((210 - 40) / 25.4) * 96;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A page of A4 content width showing the report, as printed. */
async function printedPage(html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: Math.floor(A4_CONTENT_PX), height: 1200 } });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every cell of every table, row by row in document order. */
const cellBoxes = (page: Page): Promise<Box[][][]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('table')).map((table) =>
      Array.from(table.rows).map((row) =>
        Array.from(row.cells).map((cell) => {
          const r = cell.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      ),
    ),
  );

/**
 * Checks each table's boxes against the official layout: the grid lines are where the cells that
 * start on them start, and every cell reaches exactly from its first grid line to the one after
 * its last row and column.
 */
function expectOfficialGeometry(report: Report, boxes: Box[][][]): void {
  const layouts = tableGrids(getFormat(report.format));
  expect(boxes).toHaveLength(layouts.length);
  layouts.forEach((layout, t) => {
    const placed = layout.rows.flatMap((row, r) =>
      row.cells.map((cell, c) => ({ cell, box: boxes[t]?.[r]?.[c] as Box })),
    );
    expect(
      placed.every((p) => p.box !== undefined),
      `table ${layout.table.id}: a cell per layout cell`,
    ).toBe(true);
    const xs = new Map<number, number>();
    const ys = new Map<number, number>();
    for (const { cell, box } of placed) {
      xs.set(cell.col, Math.min(xs.get(cell.col) ?? Number.POSITIVE_INFINITY, box.x));
      ys.set(cell.row, Math.min(ys.get(cell.row) ?? Number.POSITIVE_INFINITY, box.y));
    }
    const right = Math.max(...placed.map((p) => p.box.x + p.box.width));
    const bottom = Math.max(...placed.map((p) => p.box.y + p.box.height));
    const x = (col: number) => (col === layout.width ? right : (xs.get(col) as number));
    const y = (row: number) => (row === layout.rows.length ? bottom : (ys.get(row) as number));
    for (const { cell, box } of placed) {
      const where = `table ${layout.table.id} ${cell.text || cell.ref?.row}: grid ${cell.row},${cell.col}`;
      expect(Math.abs(box.x - x(cell.col)), `${where} left`).toBeLessThan(1.5);
      expect(Math.abs(box.x + box.width - x(cell.col + cell.colspan)), `${where} right`).toBeLessThan(1.5);
      expect(Math.abs(box.y - y(cell.row)), `${where} top`).toBeLessThan(1.5);
      expect(Math.abs(box.y + box.height - y(cell.row + cell.rowspan)), `${where} bottom`).toBeLessThan(1.5);
    }
  });
}

/** The box of a value cell by key, and of a header or label by its text. */
const boxOf = (page: Page, selector: string) => page.locator(selector).first().boundingBox() as Promise<Box>;

const REPORTS = {
  '淮安 2024 (PDF, 2021 format)': async () => (await parsePdf(corpus('2024-huaian-szf.pdf'))).report as Report,
  '上海 2019 (HTML, 2019 format)': async () => parse(corpus('2019-shanghai-szfbgt.html')).report as Report,
};

describe.each(Object.entries(REPORTS))('the rendered HTML of %s in Chromium', (_, load) => {
  let report: Report;
  let page: Page;

  beforeAll(async () => {
    report = await load();
    page = await printedPage(renderHtml(report));
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it('lays out every cell over the grid rows and columns of the official layout', async () => {
    expectOfficialGeometry(report, await cellBoxes(page));
  });

  it('spans 三、本年度办理结果 over the outcome rows and 行政诉讼 over ten value columns', async () => {
    const results = await boxOf(page, 'th:text-is("三、本年度办理结果")');
    const first = await boxOf(page, 'td[data-cell="3/granted/natural"]');
    const last = await boxOf(page, 'td[data-cell="3/outcomeTotal/natural"]');
    expect(Math.abs(results.y - first.y)).toBeLessThan(1.5);
    expect(Math.abs(results.y + results.height - (last.y + last.height))).toBeLessThan(1.5);
    const litigation = await boxOf(page, 'th:text-is("行政诉讼")');
    const from = await boxOf(page, 'td[data-cell="4/litigationDirect/upheld"]');
    const to = await boxOf(page, 'td[data-cell="4/litigationAfterReview/total"]');
    expect(Math.abs(litigation.x - from.x)).toBeLessThan(1.5);
    expect(Math.abs(litigation.x + litigation.width - (to.x + to.width))).toBeLessThan(1.5);
  });

  it('fits an A4 page: no table and no cell text wider than the page or its cell', async () => {
    const overflow = await page.evaluate((limit) => {
      const wide: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) wide.push('page');
      for (const table of Array.from(document.querySelectorAll('table'))) {
        if (table.getBoundingClientRect().right > limit + 0.5) wide.push(`table ${table.dataset.table}`);
      }
      for (const cell of Array.from(document.querySelectorAll('th, td'))) {
        if (cell.scrollWidth > cell.clientWidth + 1) wide.push(cell.textContent ?? '');
      }
      return wide;
    }, A4_CONTENT_PX);
    expect(overflow).toEqual([]);
  });

  let printed: Awaited<ReturnType<typeof parsePdf>>;

  it('prints to a PDF that parsePdf reads back, every cell equal', async () => {
    printed = await parsePdf(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
    expect(printed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(printed.report?.format).toBe(report.format);
    expect(tablesOf(printed.report)).toEqual(tablesOf(report));
  }, 60_000);

  // Chromium's PDF maps the glyphs of 人 and 民 (Noto CJK) to the radicals ⼈ (U+2F08) and ⺠
  // (U+2EA0): the reader reads them as the ideographs.
  it('reads the agency back from the printed PDF', () => {
    expect(printed.report?.meta.agency).toBe(report.meta.agency);
  });
});

describe('screenshots of the seed report for the docs', () => {
  const seed = readCsv(readFileSync(join(root, 'examples', '2024-beiguan-yjglj.csv'), 'utf8'));
  const docs = join(root, 'docs', 'render');

  /** Writes a docs image when it is missing or UPDATE_DOCS=1; checks it is a real image either way. */
  function keep(name: string, image: Buffer): void {
    const png = image.subarray(1, 4).toString('latin1') === 'PNG';
    const jpeg = image[0] === 0xff && image[1] === 0xd8;
    expect(png || jpeg, name).toBe(true);
    expect(image.length).toBeGreaterThan(10_000);
    const path = join(docs, name);
    if (!existsSync(path) || process.env.UPDATE_DOCS === '1') {
      mkdirSync(docs, { recursive: true });
      writeFileSync(path, image);
    }
  }

  it('the seed report as a page', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.setContent(renderHtml(seed), { waitUntil: 'load' });
    keep('seed-report.jpg', await page.screenshot({ fullPage: true, type: 'jpeg', quality: 45 }));
    await page.close();
  }, 60_000);

  it('table 3 of the seed report with an error marked', async () => {
    const altered = withCells(seed, { 'table3.received.natural': (seed.table3.received.natural ?? 0) + 1 });
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.setContent(renderHtml(altered, { findings: check(altered) }), { waitUntil: 'load' });
    const marked = page.locator('td[data-cell="3/received/natural"]');
    expect(await marked.getAttribute('class')).toBe('zfxxgk-finding zfxxgk-error');
    expect(await marked.getAttribute('data-findings')).toBe('T3-BALANCE T3-ROW-TOTAL');
    keep('seed-table3-finding.png', await page.locator('table[data-table="3"]').screenshot());
    await page.close();
  }, 60_000);
});
