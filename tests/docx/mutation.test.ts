/**
 * Single edits of generated reports printed as DOCX, read back: every cell is the value printed,
 * the value the edit left there, or blank with a finding naming the cell as not read. Never a
 * silent change. Every printed value is unique, so a value read into another cell cannot pass
 * unseen; the oracle is the generator (tests/support/table-edits.ts), which knows what it printed
 * and what the edit changed, and nothing of the reader.
 *
 * The normal run reads a thousand edited reports; `ZFXXGK_MUTATION_RUNS=10000 npx vitest run
 * tests/docx/mutation.test.ts` reads as many as asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/parse/docx/index.js';
import { DOCX_STYLES, reportDocx } from '../support/docx-writer.js';
import { silentChanges } from '../support/oracle.js';
import { cleanReport } from '../support/reports.js';
import {
  acceptedAfter,
  describeEdit,
  EDIT_KINDS,
  editedReportArb,
  mutationRuns,
  printerOf,
  type ValuePrinter,
} from '../support/table-edits.js';

const RUNS = mutationRuns(1000);

/** Every edit but a mark put into a number (see below). */
const READY = EDIT_KINDS.filter((k) => k !== 'mark');

describe('DOCX reports edited once', () => {
  it(
    `read every cell as printed, as edited, or blank with a finding (${RUNS} edited reports)`,
    () => {
      fc.assert(
        fc.property(editedReportArb(READY), fc.constantFrom(...DOCX_STYLES), ([report, edit], style) => {
          const read = parseDocx(reportDocx(report, style, printerOf(edit, report.format)));
          expect(silentChanges(report.format, read, acceptedAfter(edit, report)), describeEdit(edit, report)).toEqual(
            [],
          );
        }),
        { numRuns: RUNS },
      );
    },
    60_000 + RUNS * 200,
  );

  // A footnote mark or list marker in a number (13², ⑤) is folded into its digits by the cell
  // reader today (13² reads 132): the readers' rule that compatibility digits are findings, never
  // digits, makes this pass; it is then an ordinary test.
  it.fails('read a number with a footnote mark or list marker put in as printed, or blank with a finding', () => {
    fc.assert(
      fc.property(editedReportArb(['mark']), ([report, edit]) => {
        const read = parseDocx(reportDocx(report, { producer: 'word' }, printerOf(edit, report.format)));
        expect(silentChanges(report.format, read, acceptedAfter(edit, report)), describeEdit(edit, report)).toEqual([]);
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

describe('a number a double cannot hold', () => {
  it('is a finding naming its cell, never a rounded number', () => {
    const report = cleanReport('2021');
    const big: ValuePrinter = (cells) =>
      cells.map((c) => ({
        text: c.ref.row === 'received' && c.ref.column === 'natural' ? '9007199254740993' : c.text,
        span: 1,
      }));
    const { report: read, findings } = parseDocx(reportDocx(report, { producer: 'word' }, big));
    expect(read?.table3.received.natural).toBeNull();
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'PARSE-VALUE-INVALID',
        path: ['table3', 'received', 'natural'],
        quote: '9007199254740993',
      }),
    );
  });
});
