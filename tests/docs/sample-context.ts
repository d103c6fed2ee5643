/**
 * What a code sample may use without defining it: every export of the built package, `import`
 * of the package's entries, of Node's built-ins and of fflate, and the inputs the docs name.
 *
 * A sample reads files by the paths it names, from the root of a checkout (`tests/corpus/…`,
 * `examples/…`); the generic file names of the API docs stand for real reports of the corpus.
 * The inputs, each with one meaning everywhere:
 *
 * | name | what it is |
 * |---|---|
 * | `report`, `report2024`, `emergency2024` | 北关区应急管理局 2024, the example report (examples/2024-beiguan-yjglj.csv) |
 * | `report2023`, `previous` | the same body's 2023 report (examples/beiguan-2023.csv) |
 * | `csvText`, `json` | the 2024 report as the interchange CSV, and as its JSON form |
 * | `json2019` | the JSON form of the Shanghai 2019 report below |
 * | `text`, `input` | the 2024 report as published, as text (tests/corpus/2024-beiguan-yjglj.txt) |
 * | (files) | `report.pdf`, `report.html`, `report.csv`, `report.txt`, `report.json`, `report.docx`: the reports above; a corpus file by its name alone |
 * | `html`, `shanghai2019` | 上海市人民政府办公厅 2019 as published (tests/corpus/2019-shanghai-szfbgt.html), and as read |
 * | `bytes`, `huaian` | 淮安市人民政府 2024 as a PDF (tests/corpus/2024-huaian-szf.pdf) |
 * | `docx` | a report written as a DOCX, the way Word lays out the tables |
 * | `finance`, `finance2024`, `education` | 某县财政局 and 某县教育局 2024: 3 applications from 自然人; 2 from 自然人 and 1 from 商业企业 (总计 left blank) |
 * | `departmentReports`, `reports`, `children` | those two and 某县公安局 2024 (总计 15) |
 * | `countyReport`, `parent` | 某县人民政府 2024, the region's published total: 总计 12, below its parts' 15 |
 * | `countyOffice`, `countyOfficeReport`, `town`, `townReport`, `village` | the bodies of a county's tree |
 * | `county` | that tree (`BodyNode`); `meta` the rollup's `{ agency: '某县人民政府' }` |
 * | `report2020`, `report2021` | 某县财政局 in the 2019 format (2020) and the 2021 format (2021) |
 * | `register` | a case register with one application |
 * | `thisYear`, `lastYear` | a narrative section of two years |
 * | `financeCorrected` | 某县财政局 2024 again, with other figures |
 * | `minimalPdf`, `scan`, `locked`, `doc`, `lying`, `gridSpanBomb`, `nested` | the rule pages' files: the PDF writer of the tests, a PDF without text, an encrypted DOCX, a Word 97-2003 file, a DOCX whose sizes lie, 100 rows of 100 cells each spanning 100,000 columns, 4,000 nested tables |
 * | `REPORT`, `READING`, `PDF`, `DOCX`, `CROSS_YEAR`, `ROLLUP` | the rules of each category, as `src/findings/` writes them |
 *
 * Files a sample writes go to a temporary folder.
 */
import * as fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fflate from 'fflate';
import type * as Zfxxgk from '../../src/index.js';
import type * as ZfxxgkParse from '../../src/parse/index.js';
import { minimalPdf } from '../pdf/minimal-pdf.js';
import { compoundFile, withLyingSizes } from '../support/broken-files.js';
import { gridSpanDocx, nestedTablesDocx } from '../support/docx-bombs.js';
import { reportDocx } from '../support/docx-writer.js';
import { publicEntries, ROOT } from './entries.js';
import { fixture } from './samples.js';

const SAMPLE_FILES: Record<string, string> = {
  'report.pdf': 'tests/corpus/2024-huaian-szf.pdf',
  'report.html': 'tests/corpus/2019-shanghai-szfbgt.html',
  'report.csv': 'examples/2024-beiguan-yjglj.csv',
  'report.txt': 'tests/corpus/2024-beiguan-yjglj.txt',
  '2024年政府信息公开工作年度报告.pdf': 'tests/corpus/2024-huaian-szf.pdf',
};

/** A path as a sample names it, on disk: a report of the corpus may be named by its file name alone. */
function onDisk(path: unknown): unknown {
  if (typeof path !== 'string') return path;
  const named = SAMPLE_FILES[path];
  if (named) return join(ROOT, named);
  return !fs.existsSync(join(ROOT, path)) && fs.existsSync(join(ROOT, 'tests/corpus', path))
    ? join(ROOT, 'tests/corpus', path)
    : join(ROOT, path);
}

/** Where the files a sample writes go (removed when the process ends). */
const WRITTEN = fs.mkdtempSync(join(tmpdir(), 'zfxxgk-samples-'));
process.on('exit', () => fs.rmSync(WRITTEN, { recursive: true, force: true }));

/**
 * `node:fs` and `node:fs/promises` reading the sample files (`report.json` and `report.docx` are
 * made) and writing to a temporary folder.
 */
function sampleFs<T extends object>(module: T, made: Record<string, Uint8Array>): T {
  return new Proxy(module, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'writeFile' || key === 'writeFileSync')
        return (path: unknown, ...rest: unknown[]) =>
          value.call(target, join(WRITTEN, basename(String(path))), ...rest);
      if (key !== 'readFile' && key !== 'readFileSync') return value;
      return (path: unknown, ...rest: unknown[]) => {
        const bytes = typeof path === 'string' ? made[path] : undefined;
        if (!bytes) return value.call(target, onDisk(path), ...rest);
        const result = rest.length ? Buffer.from(bytes).toString(rest[0] as BufferEncoding) : Buffer.from(bytes);
        return key === 'readFile' ? Promise.resolve(result) : result;
      };
    },
  });
}

/** The JSON files the package exports (`zfxxgk/rules.json`), as an import of them gives them. */
function jsonExports(): Record<string, unknown> {
  const pkg = JSON.parse(fs.readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.fromEntries(
    Object.entries(pkg.exports)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].endsWith('.json'))
      .map(([subpath, file]) => [
        `${pkg.name}/${subpath.slice(2)}`,
        { default: JSON.parse(fs.readFileSync(join(ROOT, file), 'utf8')) },
      ]),
  );
}

/** The rules of each category under the names `src/findings/` gives them (`REPORT`, `CROSS_YEAR`, …). */
function rulesByCategory(rules: { RULES?: readonly { category: string }[] }): Record<string, unknown> {
  const all = rules.RULES ?? [];
  return Object.fromEntries(
    [...new Set(all.map((r) => r.category))].map((category) => [
      category.toUpperCase().replace(/-/g, '_'),
      all.filter((r) => r.category === category),
    ]),
  );
}

export async function sampleContext(): Promise<Record<string, unknown>> {
  const modules: Record<string, Record<string, unknown>> = {};
  for (const entry of publicEntries()) modules[entry.importPath] = await import(join(ROOT, entry.dist));
  const lib = modules.zfxxgk as unknown as typeof Zfxxgk;
  const { parse } = modules['zfxxgk/parse'] as unknown as typeof ZfxxgkParse;
  const file = (path: string) => fs.readFileSync(join(ROOT, path));

  const csvText = file('examples/2024-beiguan-yjglj.csv').toString('utf8');
  const csv2023 = file('examples/beiguan-2023.csv').toString('utf8');
  const text = file('tests/corpus/2024-beiguan-yjglj.txt').toString('utf8');
  const html = file('tests/corpus/2019-shanghai-szfbgt.html').toString('utf8');
  const huaian = new Uint8Array(file('tests/corpus/2024-huaian-szf.pdf'));
  const docx = reportDocx(lib.readCsv(csvText), { producer: 'word' });
  const report = fixture(() => lib.readCsv(csvText));
  const report2023 = fixture(() => lib.readCsv(csv2023));
  const shanghai2019 = fixture(() => parse(html).report);
  const body = (
    agency: string,
    table3: Record<string, Record<string, number>>,
    meta: Partial<Zfxxgk.ReportMeta> = {},
  ) => lib.createReport({ format: '2021', meta: { agency, year: 2024, ...meta }, table3 });
  const finance = () => body('某县财政局', { received: { natural: 3 } });
  const education = () => body('某县教育局', { received: { natural: 2, commercial: 1 } });
  const departmentReports = fixture(() => [
    finance(),
    education(),
    body('某县公安局', { received: { natural: 10, commercial: 5, total: 15 } }),
  ]);
  const countyReport = fixture(() =>
    body(
      '某县人民政府',
      { received: { natural: 15, commercial: 6, total: 12 } },
      { level: 'government', scope: 'region' },
    ),
  );
  const countyOffice = () => body('某县人民政府办公室', { received: { natural: 1, total: 1 } });
  const town = () => body('某镇人民政府', { received: { natural: 2, total: 2 } });
  const village = () => body('某村', { received: { natural: 1, total: 1 } });
  const made = {
    'report.json': new TextEncoder().encode(JSON.stringify(lib.readCsv(csvText))),
    'report.docx': docx,
    '2024年政府信息公开工作年度报告.docx': docx,
  };
  const builtins: Record<string, unknown> = {
    'node:fs': sampleFs(fs, made),
    'node:fs/promises': sampleFs(fsPromises, made),
    fflate,
    ...jsonExports(),
  };
  const nodeRequire = createRequire(import.meta.url);
  const require = (id: string): unknown => {
    const found = modules[id] ?? builtins[id];
    if (found) return found;
    if (id.startsWith('node:')) return nodeRequire(id);
    throw new Error(`a sample imports ${id}, which is neither an entry of the package nor a Node built-in`);
  };
  let lying: Uint8Array | undefined;
  const exports = Object.assign({}, ...Object.values(modules).reverse()) as Record<string, unknown>;
  return {
    ...exports,
    require,
    console: { ...console, log: () => {}, error: () => {} },
    fs: builtins['node:fs'],
    readFileSync: (builtins['node:fs'] as typeof fs).readFileSync,
    readFile: (builtins['node:fs/promises'] as typeof fsPromises).readFile,
    writeFile: (builtins['node:fs/promises'] as typeof fsPromises).writeFile,
    writeFileSync: (builtins['node:fs'] as typeof fs).writeFileSync,
    zipSync: fflate.zipSync,
    strToU8: fflate.strToU8,
    report,
    report2024: report,
    emergency2024: report,
    report2023,
    previous: report2023,
    csvText,
    json: JSON.stringify(lib.readCsv(csvText)),
    json2019: JSON.stringify(parse(html).report),
    text,
    input: text,
    html,
    shanghai2019,
    bytes: huaian,
    huaian,
    docx,
    finance: fixture(finance),
    finance2024: fixture(finance),
    education: fixture(education),
    departmentReports,
    reports: departmentReports,
    children: departmentReports,
    countyReport,
    parent: countyReport,
    countyOffice: fixture(countyOffice),
    countyOfficeReport: fixture(countyOffice),
    town: fixture(town),
    townReport: fixture(town),
    village: fixture(village),
    county: fixture(() => ({
      agency: '某县人民政府',
      report: countyOffice(),
      children: [
        { agency: '某县财政局', report: finance() },
        { agency: '某镇人民政府', report: town(), children: [{ agency: '某村', report: village() }] },
      ],
    })),
    meta: fixture(() => ({ agency: '某县人民政府' })),
    report2020: fixture(() => lib.emptyReport({ format: '2019', agency: '某县财政局', year: 2020 })),
    report2021: fixture(() => lib.emptyReport({ format: '2021', agency: '某县财政局', year: 2021 })),
    register: fixture(() => ({
      applications: [
        { id: 'YSQ-2020-001', received: '2020-03-02', applicant: 'natural', closed: '2020-03-20', outcome: 'granted' },
      ],
    })),
    thisYear: '（一）存在的问题\n公开意识有待提升，公开队伍不健全。\n（二）改进情况\n2024 年将加强培训，充实队伍。',
    lastYear: '（一）存在的问题\n公开意识有待提升，公开队伍不健全。\n（二）改进情况\n2023 年将加强培训，充实队伍。',
    financeCorrected: fixture(() => body('某县财政局', { received: { natural: 4 } })),
    ...rulesByCategory(modules['zfxxgk/rules'] ?? {}),
    gridSpanBomb: fixture(() => gridSpanDocx(100, 100, 100_000)),
    nested: fixture(() => nestedTablesDocx(4000)),
    minimalPdf,
    scan: minimalPdf([{ marks: [{ box: [50, 50, 500, 700] }] }, { marks: [{ box: [50, 50, 500, 700] }] }]),
    locked: compoundFile('EncryptionInfo EncryptedPackage'),
    doc: compoundFile('WordDocument'),
    // 40 MB of spaces as word/document.xml, its declared sizes rewritten: made once, when named.
    lying: fixture(() => {
      lying ??= withLyingSizes(
        fflate.zipSync({ 'word/document.xml': [new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 9 }] }),
      );
      return lying;
    }),
  };
}
