/**
 * What reading a PDF may cost: linear in its pages (a paragraph running through 200 pages was
 * joined in quadratic time, 43–48 s, past the time limit), and the time limit covers the geometry
 * that rebuilds lines and tables as well as pdf.js. Each reading runs in a process of its own;
 * times and memory are compared as ratios.
 */
import { describe, expect, it } from 'vitest';
import { assembleLayout } from '../../src/parse/pdf/assemble.js';
import { PdfReadFailure } from '../../src/parse/pdf/pdfjs.js';
import { LINEAR_GROWTH } from '../support/growth.js';
import { growth } from '../support/measure.js';

describe('reading a PDF grows linearly with its pages', () => {
  it('four times the pages of one running paragraph: at most about four times the time and memory', () => {
    const ratio = growth('pdf-pages', 50);
    expect(ratio.large.result).toEqual(['PARSE-NOT-REPORT']);
    expect(ratio.time).toBeLessThan(LINEAR_GROWTH);
    expect(ratio.memory).toBeLessThan(LINEAR_GROWTH);
  }, 300_000);
});

describe('the time limit', () => {
  it('stops the rebuilding of lines and tables too, with a timeout', () => {
    const line = { text: 'x', x: 72, y: 700, width: 6, size: 10 };
    const pages = Array.from({ length: 3 }, (_, i) => ({
      page: i + 1,
      width: 595,
      height: 842,
      pieces: [line],
      segments: [],
    }));
    expect(assembleLayout(pages).length).toBeGreaterThan(0);
    const late = (() => {
      try {
        // A deadline that has passed already (the epoch): no clock is read against a bound.
        assembleLayout(pages, 0);
      } catch (err) {
        return err;
      }
    })();
    expect(late).toBeInstanceOf(PdfReadFailure);
    expect((late as PdfReadFailure).reason).toBe('timeout');
  });
});
