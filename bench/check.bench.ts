/**
 * `check` on every report of tests/corpus as the library's readers read it (its own tables and
 * narrative, findings and all), and on generated reports with findings (cells off, blank totals,
 * sections missing), against a baseline in the same process that only sums the same cells: the
 * four relations of tables 3 and 4, written out as plain loops over the row and column keys. Then
 * `check` on the 淮安 report with its narrative 8 and 32 times as long, for the growth.
 *
 *   npx tsx bench/check.bench.ts
 *
 * A second baseline, "what the output must hold anyway", is the same loop writing each failing
 * relation as a plain finding with its message from a template string: `check` must write its
 * findings, and the first baseline only counts them. A third, "reading the narrative", is the
 * writing loop plus one pass over the sections' text finding every figure: the least any
 * comparison of the narrative with the tables must read. All three ratios are printed.
 *
 * Targets: `check` within 3× of the reading loop on every report, what `check` must do anyway; 4×
 * the narrative within 4–6× the time. The first baseline alone cannot be the limit of a report with
 * a narrative: the one pass over the 上海 report's 8,556 characters that finds its figures costs
 * more than 3× the sums (and 淮安's 2,805 about 2×), before anything is compared or written. Its
 * ratio is printed all the same. Times are CPU time, in interleaved rounds after a warm-up, medians
 * (see `timing.ts`).
 */
import { check } from '../src/check/index.js';
import type { Report, Report2019, Report2021 } from '../src/model/types.js';
import { cleanReport, withCells } from '../tests/support/reports.js';
import { corpusReports } from './corpus.js';
import { median, timeRounds } from './timing.js';

type T3 = Report2021['table3'] | Report2019['table3'];
type T3Row = T3['received'];
type T3Column = keyof T3Row;
type T4Group = Report2021['table4']['review'];

// The baseline: the four relations of tables 3 and 4 written out by hand for both formats, with
// blank as 0; it returns how many fail. No findings, no messages, no blanks or validity checks.
const v = (cell: number | null | undefined): number => cell ?? 0;
const applicants = (r: T3Row) =>
  v(r.natural) + v(r.commercial) + v(r.research) + v(r.publicInterest) + v(r.legalService) + v(r.otherOrg);
const rowFails = (r: T3Row) => (applicants(r) === v(r.total) ? 0 : 1);
/** The （六） rows: three in the 2021 format, one in the 2019 format. */
const otherHandling = (t: T3, c: T3Column) =>
  'otherHandling' in t ? v(t.otherHandling[c]) : v(t.otherNoCorrection[c]) + v(t.otherNoFee[c]) + v(t.otherOther[c]);
const outcomes = (t: T3, c: T3Column) =>
  v(t.granted[c]) +
  v(t.partlyGranted[c]) +
  v(t.withheldStateSecret[c]) +
  v(t.withheldProhibitedByLaw[c]) +
  v(t.withheldSecurity[c]) +
  v(t.withheldThirdParty[c]) +
  v(t.withheldInternal[c]) +
  v(t.withheldProcess[c]) +
  v(t.withheldEnforcement[c]) +
  v(t.withheldQuery[c]) +
  v(t.unavailableNotHeld[c]) +
  v(t.unavailableNeedsCreation[c]) +
  v(t.unavailableUnclear[c]) +
  v(t.notProcessedComplaint[c]) +
  v(t.notProcessedRepeated[c]) +
  v(t.notProcessedPublication[c]) +
  v(t.notProcessedExcessive[c]) +
  v(t.notProcessedConfirmation[c]) +
  otherHandling(t, c);
const columnFails = (t: T3, c: T3Column) =>
  (v(t.received[c]) + v(t.carriedOver[c]) === v(t.outcomeTotal[c]) + v(t.carriedForward[c]) ? 0 : 1) +
  (outcomes(t, c) === v(t.outcomeTotal[c]) ? 0 : 1);
const otherRowFails = (t: T3) =>
  'otherHandling' in t
    ? rowFails(t.otherHandling)
    : rowFails(t.otherNoCorrection) + rowFails(t.otherNoFee) + rowFails(t.otherOther);
const groupFails = (g: T4Group) => (v(g.upheld) + v(g.corrected) + v(g.other) + v(g.pending) === v(g.total) ? 0 : 1);

function baseline(report: Report): number {
  const t = report.table3;
  const t4 = report.table4;
  return (
    columnFails(t, 'natural') +
    columnFails(t, 'commercial') +
    columnFails(t, 'research') +
    columnFails(t, 'publicInterest') +
    columnFails(t, 'legalService') +
    columnFails(t, 'otherOrg') +
    columnFails(t, 'total') +
    rowFails(t.received) +
    rowFails(t.carriedOver) +
    rowFails(t.granted) +
    rowFails(t.partlyGranted) +
    rowFails(t.withheldStateSecret) +
    rowFails(t.withheldProhibitedByLaw) +
    rowFails(t.withheldSecurity) +
    rowFails(t.withheldThirdParty) +
    rowFails(t.withheldInternal) +
    rowFails(t.withheldProcess) +
    rowFails(t.withheldEnforcement) +
    rowFails(t.withheldQuery) +
    rowFails(t.unavailableNotHeld) +
    rowFails(t.unavailableNeedsCreation) +
    rowFails(t.unavailableUnclear) +
    rowFails(t.notProcessedComplaint) +
    rowFails(t.notProcessedRepeated) +
    rowFails(t.notProcessedPublication) +
    rowFails(t.notProcessedExcessive) +
    rowFails(t.notProcessedConfirmation) +
    otherRowFails(t) +
    rowFails(t.outcomeTotal) +
    rowFails(t.carriedForward) +
    groupFails(t4.review) +
    groupFails(t4.litigationDirect) +
    groupFails(t4.litigationAfterReview)
  );
}

/*
 * The second baseline, "what the output must hold anyway": the same loop, where each failing
 * relation also writes a plain finding (code, severity, table, what it runs along, expected and
 * actual) with its message from a template string, as `check` must. The first baseline only
 * counts; a report with findings cannot come near it, since writing a finding costs more than
 * adding a row.
 */
interface HandFinding {
  readonly code: string;
  readonly severity: 'error';
  readonly table: '3' | '4';
  readonly along: string;
  readonly expected: number;
  readonly actual: number;
  readonly message: string;
}
type Code = 'T3-BALANCE' | 'T3-OUTCOME-SUM' | 'T3-ROW-TOTAL' | 'T4-TOTAL';
const MESSAGE: Record<Code, (along: string, expected: number, actual: number) => string> = {
  'T3-BALANCE': (along, expected, actual) =>
    `表三「${along}」列：一、本年新收 + 二、上年结转 = ${expected}，而三（七）总计 + 四、结转下年度继续办理 = ${actual}`,
  'T3-OUTCOME-SUM': (along, expected, actual) =>
    `表三「${along}」列：（七）总计为 ${actual}，各项办理结果之和为 ${expected}`,
  'T3-ROW-TOTAL': (along, expected, actual) => `表三「${along}」行：总计为 ${actual}，各申请人列之和为 ${expected}`,
  'T4-TOTAL': (along, expected, actual) =>
    `表四「${along}」：总计为 ${actual}，结果维持、结果纠正、其他结果、尚未审结之和为 ${expected}`,
};
function unless(out: HandFinding[], code: Code, along: string, expected: number, actual: number): void {
  if (expected === actual) return;
  const table = code === 'T4-TOTAL' ? '4' : '3';
  out.push({
    code,
    severity: 'error',
    table,
    along,
    expected,
    actual,
    message: MESSAGE[code](along, expected, actual),
  });
}
const writeRow = (out: HandFinding[], along: string, r: T3Row) =>
  unless(out, 'T3-ROW-TOTAL', along, applicants(r), v(r.total));
function writeColumn(out: HandFinding[], t: T3, c: T3Column): void {
  unless(out, 'T3-BALANCE', c, v(t.received[c]) + v(t.carriedOver[c]), v(t.outcomeTotal[c]) + v(t.carriedForward[c]));
  unless(out, 'T3-OUTCOME-SUM', c, outcomes(t, c), v(t.outcomeTotal[c]));
}
const writeGroup = (out: HandFinding[], along: string, g: T4Group) =>
  unless(out, 'T4-TOTAL', along, v(g.upheld) + v(g.corrected) + v(g.other) + v(g.pending), v(g.total));
const T3_COLUMNS: readonly T3Column[] = [
  'natural',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total',
];

/** The first baseline's relations, each failure written as a finding with its message. */
function baselineWriting(report: Report): HandFinding[] {
  const out: HandFinding[] = [];
  const t = report.table3 as T3;
  const t4 = report.table4;
  for (const c of T3_COLUMNS) writeColumn(out, t, c);
  // Every row of the table, as the first baseline lists them: a load by the key `for…in` gives is
  // read through V8's enumeration cache, about as cheaply as a load by a constant key.
  const rows = t as unknown as Record<string, T3Row>;
  for (const row in rows) writeRow(out, row, rows[row] as T3Row);
  writeGroup(out, 'review', t4.review);
  writeGroup(out, 'litigationDirect', t4.litigationDirect);
  writeGroup(out, 'litigationAfterReview', t4.litigationAfterReview);
  return out;
}

/*
 * The third baseline, "reading the narrative": the writing loop, plus one linear pass over the
 * text of every section that finds each figure (a run of digits), with its value and the
 * character before it. Any comparison of the narrative with the tables must read the narrative
 * at least once, and the two baselines above read none of it: on a report with thousands of
 * characters of narrative they cannot be within 3× of any checker that compares it. The pass is
 * the regular expression engine's scan (the fastest way through a string here), then a walk back
 * over the digits of each figure.
 */
const DIGITS = /\d+/g;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Every figure of the sections' text: its position, its value and the character before it, three numbers each. */
function figureIndex(report: Report): number[] {
  const out: number[] = [];
  for (const key in report.sections) {
    const text = report.sections[key as keyof Report['sections']]?.text;
    if (!text) continue;
    DIGITS.lastIndex = 0;
    while (DIGITS.test(text)) {
      const end = DIGITS.lastIndex;
      let start = end - 1;
      while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
      let value = 0;
      for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
      out.push(start, value, start > 0 ? text.charCodeAt(start - 1) : 0);
    }
  }
  return out;
}

/** The writing loop and the figures of the narrative: the least `check` must do on a report. */
const baselineReading = (report: Report): number => baselineWriting(report).length + figureIndex(report).length;

const RUNS = 21;
const REPEAT = 200;
const options = { repeat: REPEAT, warmupMs: 3000, clock: 'cpu' } as const;
/**
 * Generated reports with findings: a 2021 report with three cells off by one (a finding of each
 * relation through them), and a 2019 people's government report with the 总计 of six outcome rows
 * left blank and two sections missing.
 */
function generatedReports(): { file: string; report: Report }[] {
  const off = withCells(cleanReport('2021'), {
    'table3.received.natural': 3,
    'table3.granted.commercial': 9,
    'table4.review.upheld': 4,
  });
  const rows = ['granted', 'partlyGranted', 'withheldStateSecret', 'unavailableNotHeld', 'notProcessedComplaint'];
  const blank = withCells(
    cleanReport('2019', { level: 'government' }),
    Object.fromEntries([...rows, 'otherHandling'].map((row) => [`table3.${row}.total`, null])),
  );
  blank.sections = { overview: blank.sections.overview, other: blank.sections.other } as Report['sections'];
  return [
    { file: 'generated 2021, three cells off', report: off },
    { file: 'generated 2019, blank totals', report: blank },
  ];
}

const reports = [...(await corpusReports()), ...generatedReports()];
let sink = 0;

const narrativeLength = (report: Report): number =>
  Object.values(report.sections).reduce((n, s) => n + (s?.text.length ?? 0), 0) +
  Object.values(report.topics).reduce((n, t) => n + (t?.length ?? 0), 0);

const times = timeRounds(
  reports.flatMap(({ report }) => [
    () => {
      sink += check(report).length;
    },
    () => {
      sink += baseline(report);
    },
    () => {
      sink += baselineWriting(report).length;
    },
    () => {
      sink += baselineReading(report);
    },
  ]),
  RUNS,
  options,
).map(median);

const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`;
console.log(`check against the hand-written loop over the same relations (CPU time, median of ${RUNS} rounds);`);
console.log('"writing": the same loop writing each failure as a finding with its message (what the output must hold)');
console.log(
  '"reading": the writing loop plus one pass over the sections finding every figure (what comparing must read)',
);
console.log(
  'report                               narrative  findings        check     baseline   ratio      writing   ratio      reading   ratio',
);
let worst = 0;
let worstWriting = 0;
let worstReading = 0;
reports.forEach(({ file, report }, i) => {
  const [ours, hand, writing, reading] = times.slice(4 * i, 4 * i + 4) as [number, number, number, number];
  worst = Math.max(worst, ours / hand);
  worstWriting = Math.max(worstWriting, ours / writing);
  worstReading = Math.max(worstReading, ours / reading);
  console.log(
    `${file.padEnd(36)} ${String(narrativeLength(report)).padStart(9)} ${String(check(report).length).padStart(9)} ${us(ours).padStart(12)} ${us(hand).padStart(12)} ${(ours / hand).toFixed(2).padStart(7)} ${us(writing).padStart(12)} ${(ours / writing).toFixed(2).padStart(7)} ${us(reading).padStart(12)} ${(ours / reading).toFixed(2).padStart(7)}`,
  );
});
console.log(
  `worst ratio ${worst.toFixed(2)}; against the writing loop ${worstWriting.toFixed(2)}; against the reading loop ${worstReading.toFixed(2)} (target ≤ 3)`,
);

// Growth: the 淮安 narrative (section 1, figures throughout) 8 and 32 times over.
const huaian = reports.find(({ file }) => file.includes('huaian'))?.report;
if (!huaian) throw new Error('the 淮安 report is not in the corpus');
const lengthened = (times: number): Report => {
  const copy = structuredClone(huaian);
  const overview = copy.sections.overview;
  if (overview) overview.text = Array.from({ length: times }, () => overview.text).join('\n');
  return copy;
};
const [small, large] = [lengthened(8), lengthened(32)];
const [smallTime, largeTime] = timeRounds(
  [() => (sink += check(small).length), () => (sink += check(large).length)],
  RUNS,
  { ...options, repeat: 20 },
).map(median) as [number, number];
console.log(
  `growth: narrative ${narrativeLength(small)} → ${narrativeLength(large)} characters, ${us(smallTime)} → ${us(largeTime)}: ${(largeTime / smallTime).toFixed(2)}× (target 4–6×)`,
);
if (sink < 0) console.log(sink);
