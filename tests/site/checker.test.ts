/**
 * The checker page in Chromium, against the command line on the same files: each real report of
 * tests/corpus (and a report as Word writes it) dropped into the page shows the findings that
 * `zfxxgk check --format json` gives and the cells that `zfxxgk export` gives, and downloads
 * exactly what `zfxxgk export` writes; a bad file gives a clear message and the page keeps
 * working; last year's report adds the cross-year checks; two reports roll up and compare as
 * `zfxxgk rollup` and `zfxxgk diff` do. Nothing leaves the page but requests for the site's own
 * files, and pdf.js is loaded only for a PDF, within the page's JavaScript budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCells, readCsv, type Report } from '../../src/index.js';
import { valuePrinter } from '../../src/render/index.js';
import { ROOT } from '../docs/entries.js';
import { reportDocx } from '../support/docx-writer.js';
import { launchBrowser } from './browser.js';
import { type SiteServer, serveSite } from './serve.js';

let site: SiteServer;
let browser: Browser;
let scratch: string;

/** Every report of the corpus (the truth files and the index aside). */
function corpusFiles(dir = join(ROOT, 'tests/corpus')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return corpusFiles(path);
    return d.name === 'INDEX.md' || d.name.endsWith('.truth.json') ? [] : [path];
  });
}

/** What `zfxxgk ARGS` writes on standard output, run where the file is (so that it names it alike). */
function cli(args: string[], cwd: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return run.stdout;
}

interface CliResult {
  status: string;
  problems?: string[];
  advice?: string;
  readingFindings: { code: string; severity: string; message: string }[];
  checkFindings: { code: string; severity: string; message: string }[];
}

const checkOf = (file: string, extra: string[] = []): CliResult =>
  (
    JSON.parse(cli(['check', basename(file), '--format', 'json', ...extra], dirname(file))) as CliResult[]
  )[0] as CliResult;

interface Shown {
  status: string;
  problems: string[];
  advice: string | undefined;
  reading: { code: string; severity: string; message: string }[];
  check: { code: string; severity: string; message: string }[];
}

/** What the page shows for one input. */
function shown(page: Page, name: string): Promise<Shown> {
  return page.$eval(`section.zf-input[data-file="${name}"]`, (section) => {
    const findings = (kind: string) =>
      Array.from(section.querySelectorAll(`ol[data-kind="${kind}"] > li`), (li) => ({
        code: (li as HTMLElement).dataset.code ?? '',
        severity: (li as HTMLElement).dataset.severity ?? '',
        message: li.querySelector('.zf-message')?.textContent ?? '',
      }));
    return {
      status: (section as HTMLElement).dataset.status ?? '',
      problems: Array.from(section.querySelectorAll('.zf-problems > li'), (li) => li.textContent ?? ''),
      advice: section.querySelector('.zf-advice')?.textContent ?? undefined,
      reading: findings('reading'),
      check: findings('check'),
    };
  });
}

/** The cells a part of the page shows: key → the cell's own text (not the links of its marks). */
function cellsShown(page: Page, scope: string): Promise<Record<string, string>> {
  return page.$$eval(`${scope} td[data-cell]`, (tds) =>
    Object.fromEntries(
      tds.map((td) => {
        const copy = td.cloneNode(true) as HTMLElement;
        for (const marks of Array.from(copy.querySelectorAll('.zf-marks'))) marks.remove();
        return [(td as HTMLElement).dataset.cell, copy.textContent ?? ''];
      }),
    ),
  );
}

/** Every cell of a report (of its format) as printed: key → text (blank empty, units after values). */
function cellsOf(report: Report): Record<string, string> {
  const print = valuePrinter(report);
  return Object.fromEntries(formatCells(report.format).map((c) => [`${c.table}/${c.row}/${c.column}`, print(c)]));
}

const plain = (findings: CliResult['checkFindings']) =>
  findings.map(({ code, severity, message }) => ({ code, severity, message }));

interface Request {
  url: string;
  method: string;
  /** A prefetch of a page the reader may go to next (the site's links), not part of this page. */
  prefetch: boolean;
}

/** A fresh checker page, every request it makes recorded. */
async function checkerPage(locale = ''): Promise<{ page: Page; requests: Request[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const requests: Request[] = [];
  page.on('request', async (r) => {
    const purpose = (await r.allHeaders())['sec-purpose'] ?? '';
    requests.push({ url: r.url(), method: r.method(), prefetch: purpose.includes('prefetch') });
  });
  await page.goto(`${site.url}${locale}checker.html`);
  await page.waitForSelector('.zf-checker[data-ready]');
  return { page, requests };
}

/** Drops files on the page (through its file picker) and waits until each is read and checked. */
async function drop(page: Page, files: string[]): Promise<void> {
  await page.setInputFiles('input.zf-file', files);
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const status = document.querySelector(`section.zf-input[data-file="${name}"]`)?.getAttribute('data-status');
        return status !== undefined && status !== null && status !== 'reading';
      }),
    files.map((f) => basename(f)),
    { timeout: 60_000 },
  );
}

/** The bytes of what a download button of an input offers. */
async function downloaded(page: Page, name: string, kind: 'csv' | 'json' | 'docx'): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`section.zf-input[data-file="${name}"] button[data-download="${kind}"]`),
  ]);
  return readFileSync((await file.path()) as string);
}

/** What `zfxxgk render FILE --to docx` writes. */
function cliDocx(file: string): Buffer {
  const out = join(scratch, `${basename(file)}.docx`);
  cli(['render', basename(file), '--to', 'docx', '-o', out], dirname(file));
  return readFileSync(out);
}

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'zfxxgk-site-'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the checker, file by file, against the command line', () => {
  const files = () => {
    const docx = join(scratch, '2024-beiguan-yjglj.docx');
    const example = readCsv(readFileSync(join(ROOT, 'examples/2024-beiguan-yjglj.csv'), 'utf8'));
    writeFileSync(docx, reportDocx(example, { producer: 'word' }));
    return [...corpusFiles(), docx];
  };

  it('reads the whole corpus', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(10);
  });

  it('shows the findings and cells of every report, and downloads what zfxxgk export writes', async () => {
    const { page } = await checkerPage();
    const differences: string[] = [];
    const compared = { findings: 0, cells: 0, checked: 0 };
    for (const file of files()) {
      const name = basename(file);
      await drop(page, [file]);
      const expected = checkOf(file);
      const got = await shown(page, name);
      const same = (what: string, a: unknown, b: unknown) => {
        if (JSON.stringify(a) !== JSON.stringify(b))
          differences.push(`${name}: ${what}: page ${JSON.stringify(a)} ≠ cli ${JSON.stringify(b)}`);
      };
      same('status', got.status, expected.status);
      same('problems', got.problems, expected.problems ?? []);
      same('advice', got.advice, expected.advice);
      same('reading findings', got.reading, plain(expected.readingFindings));
      same('checks', got.check, plain(expected.checkFindings));
      compared.findings += expected.readingFindings.length + expected.checkFindings.length;
      if (expected.status === 'checked') {
        compared.checked += 1;
        const exported = cli(['export', name, '--to', 'json'], dirname(file));
        const cells = await cellsShown(page, `section.zf-input[data-file="${name}"]`);
        compared.cells += Object.keys(cells).length;
        same('cells', cells, cellsOf(JSON.parse(exported)));
        same('JSON download', (await downloaded(page, name, 'json')).toString('utf8'), exported);
        same(
          'CSV download',
          (await downloaded(page, name, 'csv')).toString('utf8'),
          cli(['export', name], dirname(file)),
        );
        if (!(await downloaded(page, name, 'docx')).equals(cliDocx(file))) differences.push(`${name}: Word download`);
      }
      await page.click(`section.zf-input[data-file="${name}"] button.zf-remove`);
    }
    expect(differences).toEqual([]);
    // Not a comparison of nothing: reports read, findings and cells compared.
    expect(compared.checked).toBeGreaterThanOrEqual(8);
    expect(compared.findings).toBeGreaterThan(40);
    expect(compared.cells).toBeGreaterThan(1500);
  });
});

describe('files that are not reports', () => {
  it('gives a clear message for random bytes and for a picture, and goes on checking', async () => {
    const random = join(scratch, 'random.bin');
    writeFileSync(
      random,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
    );
    const png = join(scratch, 'scan.png');
    writeFileSync(
      png,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]),
    );
    const { page } = await checkerPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await drop(page, [random, png]);
    for (const file of [random, png]) {
      const got = await shown(page, basename(file));
      const expected = checkOf(file);
      expect(got.status).toBe(expected.status);
      expect(got.problems).toEqual(expected.problems);
      expect(got.problems.join('').length).toBeGreaterThan(5);
      expect(await page.isVisible(`section.zf-input[data-file="${basename(file)}"] [role="alert"]`)).toBe(true);
    }
    expect((await shown(page, 'scan.png')).advice).toBe(checkOf(png).advice);
    // And the page keeps working.
    await drop(page, [join(ROOT, 'tests/corpus/2024-beiguan-yjglj.txt')]);
    expect((await shown(page, '2024-beiguan-yjglj.txt')).status).toBe('checked');
    expect(errors).toEqual([]);
  });
});

describe('several reports', () => {
  const examples = join(ROOT, 'examples');

  it('adds the cross-year checks with last year’s report, as zfxxgk check --previous', async () => {
    const { page } = await checkerPage();
    await drop(page, [join(examples, 'beiguan-2023.csv'), join(examples, '2024-beiguan-yjglj.csv')]);
    await page.selectOption('section.zf-input[data-file="beiguan-2023.csv"] select', 'previous');
    await page.waitForSelector('section.zf-input[data-file="2024-beiguan-yjglj.csv"] li[data-code^="X-"]');
    const expected = checkOf(join(examples, '2024-beiguan-yjglj.csv'), ['--previous', 'beiguan-2023.csv']);
    expect(expected.checkFindings.map((f) => f.code)).toContain('X-STOCK');
    expect((await shown(page, '2024-beiguan-yjglj.csv')).check).toEqual(plain(expected.checkFindings));
  });

  it('rolls up and compares two reports, as zfxxgk rollup and zfxxgk diff', async () => {
    const corpus = join(ROOT, 'tests/corpus');
    const [a, b] = ['2024-beiguan-yjglj.txt', '2024-huaian-szf.pdf'];
    const { page } = await checkerPage();
    await drop(page, [join(corpus, a), join(corpus, b)]);
    await page.fill('.zf-combined input[type="text"]', '某市人民政府');
    await page.click('button[data-action="rollup"]');
    await page.waitForSelector('.zf-combined-output td[data-cell]');
    const rolled = JSON.parse(cli(['rollup', a, b, '--agency', '某市人民政府', '--to', 'json'], corpus));
    expect(await cellsShown(page, '.zf-combined-output')).toEqual(cellsOf(rolled.report));
    const codes = await page.$$eval('.zf-combined-output li[data-code]', (lis) =>
      lis.map((li) => (li as HTMLElement).dataset.code),
    );
    expect(codes).toEqual(rolled.findings.map((f: { code: string }) => f.code));

    await page.click('button[data-action="compare"]');
    await page.waitForSelector('.zf-combined-output pre.zf-diff');
    expect(await page.textContent('.zf-combined-output pre.zf-diff')).toBe(cli(['diff', a, b], corpus));
  });
});

describe('what the page loads', () => {
  /** The JavaScript the page loaded so far, gzipped as a host serves it, in bytes. */
  const scriptBytes = (urls: readonly string[]): number =>
    urls
      .filter((u) => u.endsWith('.js'))
      .reduce(
        (sum, u) =>
          sum +
          gzipSync(readFileSync(join(ROOT, 'docs/.vitepress/dist', new URL(u).pathname.slice('/zfxxgk/'.length))))
            .length,
        0,
      );
  const PDF_CHUNK = /\/assets\/pdf(?:\.worker)?-[\w-]+\.js$/;

  it('stays within its JavaScript budget before a PDF, loads pdf.js only for one, and asks nothing of anyone else', async () => {
    const { page, requests } = await checkerPage();
    await drop(page, [join(ROOT, 'tests/corpus/2024-beiguan-yjglj.txt')]);
    const before = [...new Set(requests.filter((r) => !r.prefetch).map((r) => r.url))];
    expect(before.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(before.filter((u) => PDF_CHUNK.test(u))).toEqual([]);
    // The site's framework and theme, the page, the checker, and in its worker the library with
    // its HTML and DOCX readers and the renderer (146 kB gzipped when the budget was set, 168 kB
    // once the readers of converter text came in): 176 kB at most. The pages the site prefetches
    // for its links are not this page's.
    expect(scriptBytes(before)).toBeLessThan(176_000);

    await drop(page, [join(ROOT, 'tests/corpus/2024-huaian-szf.pdf')]);
    const after = [...new Set(requests.filter((r) => !r.prefetch).map((r) => r.url))];
    expect(after.filter((u) => PDF_CHUNK.test(u)).length).toBeGreaterThanOrEqual(2);
    expect(requests.filter((r) => !r.url.startsWith(site.url) || r.method !== 'GET')).toEqual([]);
  });
});
