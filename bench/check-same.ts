/**
 * Whether `check` of this source writes the same findings as another build of the package, key
 * for key: every corpus report as the readers read it, and generated reports with findings of
 * every kind (cells off, blank totals, invalid values, blank tables, unread cells, units, sections
 * missing or placeholders, narratives stating figures right and wrong), each checked with several
 * sets of options. The findings are compared as JSON, so the order of findings and of their keys
 * counts too. A change made only for speed must print `0 differences`.
 *
 *   git worktree add --detach /tmp/before <rev> && (cd /tmp/before && npm ci && npx tsup)
 *   npx tsx bench/check-same.ts /tmp/before/dist [count]
 *
 * (any folder with a built `index.js`, or a bundle of `src/index.ts` itself). `count` generated
 * reports per format (default 600). The generator is seeded: two runs check the same reports.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { check, type CheckOptions } from '../src/check/index.js';
import { formatCells, OVERVIEW_TOPICS, type FormatVersion } from '../src/format/index.js';
import type { Report } from '../src/model/types.js';
import { anyReportArb, consistentReportArb } from '../tests/support/arbitraries.js';
import { CORPUS_FILES, corpusReports } from './corpus.js';

type Check = (report: Report, options?: CheckOptions) => unknown;

const importCheck = async (build: string): Promise<Check> => {
  const file = build.endsWith('.js') ? build : resolve(build, 'index.js');
  return ((await import(pathToFileURL(resolve(file)).href)) as { check: Check }).check;
};

/**
 * Pieces of narrative: each statement's wording with a figure, its zero forms, the context words,
 * and text that states nothing, joined by the sentence and clause ends the comparison reads.
 */
const WORDING = [
  '新收政府信息公开申请',
  '共收到政府信息公开申请',
  '受理申请',
  '收到行政复议申请',
  '未收到政府信息公开申请',
  '没有受理申请',
  '上年结转',
  '上年度结转申请',
  '办结',
  '答复申请',
  '办理完毕',
  '结转下年度',
  '结转至下一年度',
  '予以公开及部分公开',
  '予以公开',
  '不予公开',
  '因本机关不掌握无法提供',
  '不予处理',
  '信息公开类行政复议',
  '行政复议案件',
  '未发生政府信息公开行政复议',
  '行政诉讼',
  '诉讼案件',
  '没有出现政府信息公开行政诉讼',
  '依申请公开',
  '政府信息',
  '本机关认真贯彻落实《条例》',
  '占比',
  // The words that name an assessment, which the scan of the statement words finds too.
  '纳入年度考核',
  '开展社会评议',
  '严格责任追究',
  '追责问责',
];
const UNITS = ['件', '条', '个', ' 件', '项', ''];
const ENDS = ['，', '。', '；', '\n', '、', '！', '？', ';', ' '];

const pieceArb = fc
  .tuple(fc.constantFrom(...WORDING), fc.option(fc.nat({ max: 400 }), { nil: undefined }), fc.constantFrom(...UNITS))
  .map(([words, n, unit]) => (n === undefined ? words : `${words}${n}${unit}`));
const narrativeArb = fc
  .array(fc.tuple(pieceArb, fc.constantFrom(...ENDS)), { maxLength: 14 })
  .map((parts) => parts.map(([piece, end]) => piece + end).join(''));

/** A cell value that is not a valid count: check reports it, and leaves it out of the sums. */
const oddValueArb = fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined);

interface Edit {
  readonly cells: [number, number | null | string | undefined][];
  readonly overview: string;
  readonly topic: [number, string] | undefined;
  readonly unread: number[];
  readonly dropSection: boolean;
  /** The narrative as it is, given as tables only (no section text), or section 5 as a placeholder. */
  readonly narrative: 'kept' | 'absent' | 'placeholder';
}

const editArb = (format: FormatVersion): fc.Arbitrary<Edit> => {
  const count = formatCells(format).length;
  return fc.record({
    cells: fc.array(
      fc.tuple(
        fc.nat({ max: count - 1 }),
        fc.oneof(fc.nat({ max: 60 }), fc.constant(null), fc.constant(null), oddValueArb),
      ),
      { maxLength: 12 },
    ),
    overview: narrativeArb,
    topic: fc.option(fc.tuple(fc.nat({ max: OVERVIEW_TOPICS.length - 1 }), narrativeArb), { nil: undefined }),
    unread: fc.array(fc.nat({ max: count - 1 }), { maxLength: 4 }),
    dropSection: fc.boolean(),
    narrative: fc.oneof(
      { arbitrary: fc.constant('kept' as const), weight: 8 },
      { arbitrary: fc.constant('absent' as const), weight: 1 },
      { arbitrary: fc.constant('placeholder' as const), weight: 1 },
    ),
  });
};

/** A generated report with an edit applied, and the cells given as unread. */
function edited(report: Report, edit: Edit): { report: Report; unread: CheckOptions['unread'] } {
  const cells = formatCells(report.format);
  const tables = report as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const [i, value] of edit.cells) {
    const cell = cells[i];
    if (cell) tables[`table${cell.table}`]![cell.row]![cell.column] = value;
  }
  const overview = report.sections.overview;
  if (overview) overview.text = `${overview.text}${edit.overview}`;
  if (edit.topic) {
    const [i, text] = edit.topic;
    const topic = OVERVIEW_TOPICS[i];
    // A topic given apart from section 1, or as a part of its text, as the readers give it.
    if (topic) report.topics[topic.key] = i % 2 === 0 || !overview ? text : overview.text.slice(0, 40) || text;
  }
  if (edit.dropSection) delete (report.sections as Record<string, unknown>).appeals;
  if (edit.narrative === 'absent') {
    for (const section of Object.values(report.sections)) if (section) section.text = '';
    report.topics = {};
  } else if (edit.narrative === 'placeholder' && report.sections.problems) report.sections.problems.text = '无。';
  const unread = edit.unread.map((i) => {
    const { table, row, column } = cells[i] as (typeof cells)[number];
    return { table, row, column, because: 'PARSE-ROW-MISSING' as const };
  });
  return { report, unread };
}

interface Checked {
  readonly name: string;
  readonly report: Report;
  readonly unread: CheckOptions['unread'];
  /** The report of the year before (another generated report of the format), for the cross-year rules. */
  readonly previous?: Report;
}

function generatedReports(count: number): Checked[] {
  const out: Checked[] = [];
  (['2019', '2021'] as const).forEach((format, f) => {
    const arb = fc.tuple(fc.oneof(consistentReportArb(format), anyReportArb(format)), editArb(format));
    const made = fc.sample(arb, { numRuns: count, seed: 13 + f }).map(([report, edit]) => edited(report, edit));
    made.forEach(({ report, unread }, i) => {
      const previous = structuredClone((made[(i + 1) % made.length] as (typeof made)[number]).report);
      previous.meta.year = report.meta.year - 1;
      out.push({ name: `generated ${format} #${i}`, report, unread, previous });
    });
  });
  return out;
}

/** The sets of options each report is checked with: the defaults, English with overrides, rules off. */
const OPTION_SETS: readonly CheckOptions[] = [
  {},
  { lang: 'en', rules: { 'CELL-BLANK': 'error', 'TEXT-TABLE-MISMATCH': 'info', 'SECTION-MISSING': 'warning' } },
  { rules: { 'TEXT-TABLE-MISMATCH': 'off', 'T3-ROW-TOTAL': 'off', 'CELL-INVALID': 'off', 'LATE-PUBLICATION': 'off' } },
];

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) throw new Error('usage: npx tsx bench/check-same.ts OTHER_BUILD [count]');
  const theirs = await importCheck(other);
  const count = Number(process.argv[3] ?? 600);
  const corpus: Checked[] = (await corpusReports()).map(({ file, report }) => ({
    name: file,
    report,
    unread: undefined,
  }));
  // A file the readers could not read (a PDF past its time limit on a busy machine) is named.
  const unreadFiles = CORPUS_FILES.filter((file) => !corpus.some((c) => c.name === file));
  if (unreadFiles.length > 0) console.log(`corpus files not read, so not compared: ${unreadFiles.join(', ')}`);
  const reports = [...corpus, ...generatedReports(count)];
  let compared = 0;
  let findings = 0;
  const byCode = new Map<string, number>();
  const differences: string[] = [];
  for (const { name, report, unread, previous } of reports) {
    // The cross-year rules too, with the last set of options and English messages.
    const sets = previous ? [...OPTION_SETS, { lang: 'en' as const, previous }] : OPTION_SETS;
    for (const [k, options] of sets.entries()) {
      for (const withUnread of unread && unread.length > 0 ? [false, true] : [false]) {
        const o = withUnread ? { ...options, unread } : options;
        const run = (fn: Check) => {
          try {
            return JSON.stringify(fn(structuredClone(report), o));
          } catch (e) {
            return `throws ${String(e)}`;
          }
        };
        const [a, b] = [run(check as Check), run(theirs)];
        compared++;
        if (a.startsWith('['))
          for (const { code } of JSON.parse(a) as { code: string }[]) {
            findings++;
            byCode.set(code, (byCode.get(code) ?? 0) + 1);
          }
        if (a !== b)
          differences.push(
            `${name}, options ${k}${withUnread ? ' with unread cells' : ''}:\n  this:  ${a}\n  other: ${b}`,
          );
      }
    }
  }
  for (const d of differences.slice(0, 5)) console.log(d);
  console.log(
    `${reports.length} reports (${corpus.length} of the corpus), ${compared} checks, ${findings} findings: ${differences.length} differences`,
  );
  console.log([...byCode].map(([code, n]) => `${code} ${n}`).join(', '));
  if (differences.length > 0) process.exitCode = 1;
}

await main();
