/**
 * What reading a DOCX may cost. Hostile files of a few kilobytes (grids of millions of merged
 * cells, thousands of nested tables, a document part far larger than the ZIP directory says) end
 * with a finding in bounded memory, and reading grows linearly with the document. Each reading
 * runs in a process of its own, so its peak memory is its own; times are compared as ratios.
 */
import { describe, expect, it } from 'vitest';
import { LINEAR_GROWTH } from '../support/growth.js';
import { growth, measure } from '../support/measure.js';

const MB = 1024 * 1024;

describe('DOCX bombs end with their finding in bounded memory', () => {
  it.each([
    ['a table of cells each spanning 100,000 grid columns', 'docx-gridspan-bomb', 100],
    ['rows that each skip 100,000 grid columns', 'docx-gridbefore-bomb', 2000],
    ['4,000 tables nested in one another', 'docx-nested-tables', 4000],
    ['64,000 tables nested in one another', 'docx-nested-tables', 64_000],
    ['a document.xml of 1 GB that the ZIP directory says is 100 bytes', 'docx-understated-zip', 1024],
  ])(
    '%s',
    (_, scenario, n) => {
      const { result, memory } = measure(scenario, n, 1);
      expect(result).toEqual(['PARSE-DOCX-TOO-LARGE']);
      // The limits allow a 32 MB document part; a few times that is the most a refusal may hold.
      expect(memory).toBeLessThan(160 * MB);
    },
    120_000,
  );
});

describe('reading grows linearly with the document', () => {
  it.each([
    ['paragraphs of running text', 'docx-paragraphs', 20_000],
    ['paragraphs in one table cell', 'docx-paragraphs-in-cell', 25_000],
  ])(
    '%s: four times as many, at most about four times the time and memory',
    (_, scenario, n) => {
      const ratio = growth(scenario, n);
      expect(ratio.time).toBeLessThan(LINEAR_GROWTH);
      expect(ratio.memory).toBeLessThan(LINEAR_GROWTH);
    },
    120_000,
  );
});
