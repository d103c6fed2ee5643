/**
 * The 淮安 2024 PDF as four common converters give it (pdftotext with and without -layout,
 * pdfplumber's text and its tables as Markdown): every cell of the read report is the PDF's truth,
 * or blank with a finding naming its row; never another number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCells } from '../../src/format/index.js';
import { parse } from '../../src/parse/index.js';
import { CORPUS_DIR, readTruth, truthToReport } from '../support/truth.js';
import { cellsOf, rowHasFinding } from './support.js';

const TRUTH = cellsOf(truthToReport(readTruth('2024-huaian-szf.pdf')));
const CELLS = formatCells('2021');

/** The conversions, with how many of their cells read right (the rest are named by a finding). */
const CONVERSIONS = [
  { file: '2024-huaian-szf.pdftotext-layout.txt', right: 200 },
  { file: '2024-huaian-szf.pdfplumber.txt', right: 200 },
  { file: '2024-huaian-szf.pdfplumber-tables.md', right: 200 },
  // One cell a line, in reading order: table 4's values come in an order other than its columns'
  // and are put back by its groups' sums (PARSE-VALUES-REORDERED).
  { file: '2024-huaian-szf.pdftotext.txt', right: 200 },
] as const;

describe.each(CONVERSIONS)('$file', ({ file, right }) => {
  const { report, findings } = parse(new Uint8Array(readFileSync(join(CORPUS_DIR, 'converted', file))));
  const got = cellsOf(report!);

  it('reads every cell as the PDF prints it, or blank with a finding naming its row', () => {
    const wrong = CELLS.filter((c) => {
      const key = `${c.table}/${c.row}/${c.column}`;
      if (got[key] === TRUTH[key]) return false;
      return !(got[key] === null && rowHasFinding(findings, c.table, c.rowDef.label));
    }).map((c) => `${c.table}/${c.row}/${c.column}: read ${got[`${c.table}/${c.row}/${c.column}`]}`);
    expect(wrong).toEqual([]);
  });

  it(`reads ${right} of the ${CELLS.length} cells right`, () => {
    expect(
      CELLS.filter((c) => got[`${c.table}/${c.row}/${c.column}`] === TRUTH[`${c.table}/${c.row}/${c.column}`]),
    ).toHaveLength(right);
  });
});
