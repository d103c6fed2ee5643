/**
 * Reading scenarios measured in a process of their own (see measure.ts): each builds an input of
 * a given size and reads it, returning what the test needs to see of the result (finding codes).
 */
import { parseDocx } from '../../src/parse/docx/index.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { minimalPdf } from '../pdf/minimal-pdf.js';
import {
  gridBeforeDocx,
  gridSpanDocx,
  nestedTablesDocx,
  paragraphsDocx,
  paragraphsInCellDocx,
  understatedDocx,
} from './docx-bombs.js';

/** One measured reading: how to build its input of size `n`, and how to read it. */
export interface Scenario {
  make(n: number): unknown;
  read(input: unknown): unknown | Promise<unknown>;
}

const docx = (make: (n: number) => Uint8Array): Scenario => ({
  make,
  read: (input) => parseDocx(input as Uint8Array).findings.map((f) => f.code),
});

/**
 * `pages` pages of running text, one paragraph from the first line to the last: every line runs
 * to the right margin, so each continues the paragraph, across the page breaks too.
 */
export function runningTextPdf(pages: number): Uint8Array {
  // One word a line (the test writer's marks cannot hold spaces), as wide as the text block.
  const line = 'Thebodyreportedonitsdisclosureworkintheyearitembyitemandfigurebyfigure';
  return minimalPdf(
    Array.from({ length: pages }, () => ({
      marks: Array.from({ length: 50 }, (_, k) => ({ text: line, x: 72, y: 770 - k * 14, size: 10 })),
    })),
  );
}

/** Every scenario, by name. */
export const SCENARIOS: Record<string, Scenario> = {
  'docx-gridspan-bomb': docx((n) => gridSpanDocx(n, 100, 100_000)),
  'docx-gridbefore-bomb': docx((n) => gridBeforeDocx(n, 100_000)),
  'docx-nested-tables': docx((n) => nestedTablesDocx(n)),
  'docx-understated-zip': docx((n) => understatedDocx(n, 100)),
  'docx-paragraphs-in-cell': docx((n) => paragraphsInCellDocx(n)),
  'docx-paragraphs': docx((n) => paragraphsDocx(n)),
  'pdf-pages': {
    make: runningTextPdf,
    read: async (input) => (await parsePdf(input as Uint8Array, { timeoutMs: 600_000 })).findings.map((f) => f.code),
  },
};
