/**
 * Reading scenarios measured in a process of their own (see measure.ts): each builds an input of
 * a given size and reads it, returning what the test needs to see of the result (finding codes).
 */
import { parseDocx } from '../../src/parse/docx/index.js';
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
  read(input: unknown): unknown;
}

const docx = (make: (n: number) => Uint8Array): Scenario => ({
  make,
  read: (input) => parseDocx(input as Uint8Array).findings.map((f) => f.code),
});

/** Every scenario, by name. */
export const SCENARIOS: Record<string, Scenario> = {
  'docx-gridspan-bomb': docx((n) => gridSpanDocx(n, 100, 100_000)),
  'docx-gridbefore-bomb': docx((n) => gridBeforeDocx(n, 100_000)),
  'docx-nested-tables': docx((n) => nestedTablesDocx(n)),
  'docx-understated-zip': docx((n) => understatedDocx(n, 100)),
  'docx-paragraphs-in-cell': docx((n) => paragraphsInCellDocx(n)),
  'docx-paragraphs': docx((n) => paragraphsDocx(n)),
};
