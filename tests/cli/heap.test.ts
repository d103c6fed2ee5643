/**
 * The young generation of a run's workers: the smaller one only when no input is named as a PDF
 * (pdf.js keeps a page's objects alive longer, and costs more CPU time with it).
 */
import { describe, expect, it } from 'vitest';
import { youngGenerationMb } from '../../src/cli/batch/heap.js';

describe('youngGenerationMb', () => {
  it('sizes the young generation down for text, web pages and CSV', () => {
    expect(youngGenerationMb([{ file: 'a.txt' }, { file: 'b.csv' }, { file: 'c.shtml' }, { file: '-' }])).toBe(24);
  });

  it("leaves V8's default as soon as one input is named as a PDF, whatever its case", () => {
    expect(youngGenerationMb([{ file: 'a.txt' }, { file: '县/b.PDF' }])).toBeUndefined();
  });
});
