/**
 * `check` on realistic reports (the full narrative of a real report, every cell filled, every
 * relation holding) against a baseline in the same process that only sums the same cells: the
 * four relations of tables 3 and 4, written out as plain loops over the row and column keys.
 *
 *   npx tsx bench/check.bench.ts
 *
 * Targets: `check` of a clean report within 3× of the baseline, and at least 300,000 reports/s.
 */
import { Bench } from 'tinybench';
import { check } from '../src/check/index.js';
import type { Report2021 } from '../src/model/types.js';
import { exampleReport } from '../scripts/example-from-truth.js';
import { readTruth, truthToReport } from '../tests/support/truth.js';

/** 北关区应急管理局 2024 as published: the seed narrative, every cell printed. */
const beiguan = exampleReport() as Report2021;

/** 淮安市人民政府 2024: its tables, the seed's narrative with 淮安's own paragraph on applications. */
const huaian = truthToReport(readTruth('2024-huaian-szf.pdf'), { level: 'government', scope: 'region' }) as Report2021;
huaian.sections = structuredClone(beiguan.sections);
huaian.topics = structuredClone(beiguan.topics);
const HUAIAN_REQUESTS =
  '(二) 依申请公开方面。2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。' +
  '政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。';
huaian.sections.overview!.text = huaian.sections.overview!.text.replace(/\(二\)[^\n]*/, HUAIAN_REQUESTS);
huaian.sections.overview!.text += '\n全市将政务公开工作纳入年度绩效考核。';
huaian.topics.onRequest = HUAIAN_REQUESTS;

type T3 = Report2021['table3'];
type T3Row = T3['received'];
type T3Column = keyof T3Row;
type T4Group = Report2021['table4']['review'];

// The baseline: the four relations of tables 3 and 4 written out by hand for the 2021 format, with
// blank as 0; it returns how many fail. No findings, no messages, no blanks or validity checks.
const v = (cell: number | null): number => cell ?? 0;
const applicants = (r: T3Row) =>
  v(r.natural) + v(r.commercial) + v(r.research) + v(r.publicInterest) + v(r.legalService) + v(r.otherOrg);
const rowFails = (r: T3Row) => (applicants(r) === v(r.total) ? 0 : 1);
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
  v(t.otherNoCorrection[c]) +
  v(t.otherNoFee[c]) +
  v(t.otherOther[c]);
const columnFails = (t: T3, c: T3Column) =>
  (v(t.received[c]) + v(t.carriedOver[c]) === v(t.outcomeTotal[c]) + v(t.carriedForward[c]) ? 0 : 1) +
  (outcomes(t, c) === v(t.outcomeTotal[c]) ? 0 : 1);
const groupFails = (g: T4Group) => (v(g.upheld) + v(g.corrected) + v(g.other) + v(g.pending) === v(g.total) ? 0 : 1);

function baseline(report: Report2021): number {
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
    rowFails(t.otherNoCorrection) +
    rowFails(t.otherNoFee) +
    rowFails(t.otherOther) +
    rowFails(t.outcomeTotal) +
    rowFails(t.carriedForward) +
    groupFails(t4.review) +
    groupFails(t4.litigationDirect) +
    groupFails(t4.litigationAfterReview)
  );
}

for (const [name, report] of [
  ['beiguan', beiguan],
  ['huaian', huaian],
] as const) {
  const findings = check(report);
  if (findings.length > 0 || baseline(report) > 0)
    throw new Error(`the ${name} report is meant to be clean: ${findings.map((f) => f.code).join(', ')}`);
}

let sink = 0;
const bench = new Bench({ time: 1500, warmup: true });
for (const [name, report] of [
  ['beiguan', beiguan],
  ['huaian', huaian],
] as const) {
  bench.add(`check ${name}`, () => {
    sink += check(report).length;
  });
  bench.add(`baseline ${name}`, () => {
    sink += baseline(report);
  });
}
await bench.run();

const hz = (name: string) => bench.tasks.find((t) => t.name === name)?.result?.throughput.mean ?? Number.NaN;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log('report   check ops/s   baseline ops/s   baseline/check');
for (const name of ['beiguan', 'huaian']) {
  const c = hz(`check ${name}`);
  const b = hz(`baseline ${name}`);
  console.log(`${name.padEnd(8)} ${fmt(c).padStart(11)}   ${fmt(b).padStart(14)}   ${(b / c).toFixed(2).padStart(14)}`);
}
console.log(`targets: check ≥ 300,000 reports/s, baseline/check ≤ 3 (${sink} findings in all: both reports are clean)`);
