/**
 * `rollup` of 100,000 reports against a baseline in the same process that only adds the same
 * cells: a hand-written loop over the 2021 format's 200 cells by their keys, into a flat array,
 * with blank as "not added" and no money exactness, provenance, duplicate search or findings.
 * Beside it: `rollup` whose caller then reads `provenance.inputs` (made into 100,000 objects when
 * first read), adding alone (the accumulator), the duplicate search alone, and adding with the
 * reader used where code generation is refused (it walks the plan by key).
 *
 *   npx tsx bench/rollup.bench.ts          (CPU time of this process)
 *   npx tsx bench/rollup.bench.ts --wall   (wall-clock time)
 *
 * Target: `rollup` within 1.5× of the baseline, also when the machine is busy (run two at once).
 * Rounds are interleaved after a warm-up of 5 s (the optimising compiler takes that long with the
 * generated reader on a busy machine); medians.
 */
import { rollup } from '../src/rollup/index.js';
import { Accumulator } from '../src/rollup/accumulator.js';
import { DuplicateInputs } from '../src/rollup/duplicates.js';
import type { Report2021 } from '../src/model/types.js';
import { consistentReport } from '../tests/support/reports.js';
import { median, timeRounds } from './timing.js';

const COUNT = 100_000;
const RUNS = 11;

/** Distinct, consistent reports (every relation holds), with a decimal fee and a few blanks. */
function makeReports(): Report2021[] {
  const reports: Report2021[] = [];
  for (let i = 0; i < COUNT; i++) {
    const report = consistentReport(
      '2021',
      (cell) => {
        const h = (i * 2654435761 + cell.row.length * 97 + cell.column.length * 13) % 1000;
        return cell.columnDef.kind === 'money' ? h / 10 : h % 9;
      },
      { agency: `单位${i}`, year: 2024 },
    );
    if (i % 10 === 0) report.table2.licensing.decisions = null;
    reports.push(report);
  }
  return reports;
}

type T3Row = Report2021['table3']['received'];
type T4Row = Report2021['table4']['review'];

// The baseline, written out by hand for the 2021 format: 200 cells, each added into its slot.
function baseline(reports: readonly Report2021[]): Float64Array {
  const sums = new Float64Array(200);
  const add = (i: number, v: number | null) => {
    if (v !== null) sums[i]! += v;
  };
  const t3Row = (o: number, r: T3Row) => {
    add(o, r.natural);
    add(o + 1, r.commercial);
    add(o + 2, r.research);
    add(o + 3, r.publicInterest);
    add(o + 4, r.legalService);
    add(o + 5, r.otherOrg);
    add(o + 6, r.total);
  };
  const t4Row = (o: number, r: T4Row) => {
    add(o, r.upheld);
    add(o + 1, r.corrected);
    add(o + 2, r.other);
    add(o + 3, r.pending);
    add(o + 4, r.total);
  };
  for (const r of reports) {
    const t2 = r.table2;
    add(0, t2.rules.issued);
    add(1, t2.rules.repealed);
    add(2, t2.rules.inForce);
    add(3, t2.normativeDocuments.issued);
    add(4, t2.normativeDocuments.repealed);
    add(5, t2.normativeDocuments.inForce);
    add(6, t2.licensing.decisions);
    add(7, t2.penalty.decisions);
    add(8, t2.enforcement.decisions);
    add(9, t2.fees.feeAmount);
    const t3 = r.table3;
    t3Row(10, t3.received);
    t3Row(17, t3.carriedOver);
    t3Row(24, t3.granted);
    t3Row(31, t3.partlyGranted);
    t3Row(38, t3.withheldStateSecret);
    t3Row(45, t3.withheldProhibitedByLaw);
    t3Row(52, t3.withheldSecurity);
    t3Row(59, t3.withheldThirdParty);
    t3Row(66, t3.withheldInternal);
    t3Row(73, t3.withheldProcess);
    t3Row(80, t3.withheldEnforcement);
    t3Row(87, t3.withheldQuery);
    t3Row(94, t3.unavailableNotHeld);
    t3Row(101, t3.unavailableNeedsCreation);
    t3Row(108, t3.unavailableUnclear);
    t3Row(115, t3.notProcessedComplaint);
    t3Row(122, t3.notProcessedRepeated);
    t3Row(129, t3.notProcessedPublication);
    t3Row(136, t3.notProcessedExcessive);
    t3Row(143, t3.notProcessedConfirmation);
    t3Row(150, t3.otherNoCorrection);
    t3Row(157, t3.otherNoFee);
    t3Row(164, t3.otherOther);
    t3Row(171, t3.outcomeTotal);
    t3Row(178, t3.carriedForward);
    const t4 = r.table4;
    t4Row(185, t4.review);
    t4Row(190, t4.litigationDirect);
    t4Row(195, t4.litigationAfterReview);
  }
  return sums;
}

const reports = makeReports();
const meta = { agency: '某市人民政府' };

// The two must agree before their times mean anything.
const check = rollup(reports, meta).report;
const base = baseline(reports);
if (check.table3.received.total !== base[16] || check.table2.penalty.decisions !== base[7]) {
  throw new Error('rollup and the baseline disagree');
}

const [ours, hand, withInputs, adding, walking, duplicates] = timeRounds(
  [
    () => rollup(reports, meta),
    () => baseline(reports),
    () => rollup(reports, meta).provenance.inputs.length,
    () => {
      const acc = new Accumulator('2021');
      for (const r of reports) acc.add(r);
    },
    () => {
      const acc = new Accumulator('2021', { compile: false });
      for (const r of reports) acc.add(r);
    },
    () => {
      const duplicates = new DuplicateInputs(reports);
      for (let i = 0; i < reports.length; i++) duplicates.repeats(i);
      duplicates.release();
    },
  ],
  RUNS,
  { warmupMs: 5000, clock: process.argv.includes('--wall') ? 'wall' : 'cpu' },
).map(median) as [number, number, number, number, number, number];
const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(9);
console.log(
  `rollup of ${COUNT.toLocaleString('en')} reports (2021 format, 200 cells each), ${process.argv.includes('--wall') ? 'wall-clock' : 'CPU'} time, median of ${RUNS} rounds:`,
);
console.log(
  `  rollup                    ${ms(ours)}  (${Math.round(COUNT / (ours / 1000)).toLocaleString('en')} reports/s)`,
);
console.log(`  hand-written loop         ${ms(hand)}`);
console.log(`  ratio rollup / baseline   ${(ours / hand).toFixed(2)} (target ≤ 1.5)`);
console.log(`  rollup, inputs then read  ${ms(withInputs)}  (ratio ${(withInputs / hand).toFixed(2)})`);
console.log(`  adding only               ${ms(adding)}  (ratio ${(adding / hand).toFixed(2)})`);
console.log(`  duplicates only           ${ms(duplicates)}  (ratio ${(duplicates / hand).toFixed(2)})`);
console.log(`  without code generation   ${ms(walking)}  (adding only; ratio ${(walking / hand).toFixed(2)})`);
