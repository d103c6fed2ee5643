/**
 * No input makes the readers throw, hang or run super-linearly: random and mutated documents
 * (fast-check), and adversarial documents whose reading time grows linearly with their size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells } from '../../src/format/index.js';
import { cellValueProblem } from '../../src/model/validate.js';
import { parse, PARSE_RULES, type ParseResult } from '../../src/parse/index.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';
import { CORPUS_DIR } from '../support/truth.js';

const CODES = new Set(PARSE_RULES.map((r) => r.code));

/** What every result must be, whatever the input. */
function expectWellFormed(result: ParseResult): void {
  expect(Array.isArray(result.findings)).toBe(true);
  for (const f of result.findings) {
    expect(CODES.has(f.code), f.code).toBe(true);
    expect(typeof f.message).toBe('string');
  }
  if (result.report === null) {
    expect(result.findings.map((f) => f.code)).toEqual(['PARSE-NOT-REPORT']);
    return;
  }
  const tables = result.report as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const c of formatCells(result.report.format)) {
    expect(
      cellValueProblem(tables[`table${c.table}`]?.[c.row]?.[c.column], c.columnDef.kind),
      `${c.table}/${c.row}/${c.column}`,
    ).toBeUndefined();
  }
}

const TEXT = readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'), 'utf8');
const HTML = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');

/** A document with random edits: slices deleted, duplicated or moved, random text inserted. */
const mutatedArb = (doc: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat(doc.length),
        fc.nat(400),
        fc.constantFrom('delete', 'duplicate', 'insert', 'move'),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((edits) =>
      edits.reduce((text, [at, length, kind, insert]) => {
        const a = Math.min(at, text.length);
        const b = Math.min(a + length, text.length);
        if (kind === 'delete') return text.slice(0, a) + text.slice(b);
        if (kind === 'duplicate') return text.slice(0, b) + text.slice(a, b) + text.slice(b);
        if (kind === 'move') return text.slice(0, a) + text.slice(b) + text.slice(a, b);
        return text.slice(0, a) + insert + text.slice(a);
      }, doc),
    );

const tagSoupArb = fc
  .array(
    fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td rowspan="3">',
      '<td colspan="0">',
      '<td colspan="-2">',
      '</td>',
      '<th>',
      '<p>',
      '</p>',
      '<br>',
      '&nbsp;',
      '规章',
      '0',
      '１２',
      '/',
      '行政复议',
      '一、总体情况',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<',
      '>',
      '"',
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

describe('any input', () => {
  it('random strings and bytes give a well-formed result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => expectWellFormed(parse(s))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (b) => expectWellFormed(parse(b))),
      { numRuns: 300 },
    );
  });

  it('tag soup gives a well-formed result', () => {
    fc.assert(
      fc.property(tagSoupArb, (s) => expectWellFormed(parse(s, { type: 'html' }))),
      { numRuns: 300 },
    );
  });

  it('mutated corpus documents give a well-formed result', () => {
    fc.assert(
      fc.property(mutatedArb(TEXT), (s) => expectWellFormed(parse(s))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(mutatedArb(HTML), (s) => expectWellFormed(parse(s))),
      { numRuns: 150 },
    );
  });
});

const KB = 1024;
/** `unit` repeated to `size` characters between a prefix and a suffix. */
const fill =
  (unit: string, prefix = '', suffix = '') =>
  (size: number): string =>
    prefix + unit.repeat(Math.ceil((size - prefix.length - suffix.length) / unit.length)) + suffix;

/** Each with a size at which reading takes long enough (tens of milliseconds) to be timed. */
const ADVERSARIAL: [string, (size: number) => string, number][] = [
  ['deeply nested tags', fill('<div><span>'), 512 * KB],
  ['deeply nested tables', fill('<table><tr><td>'), 512 * KB],
  ['close tags without opens', fill('</td></tr></table></div>'), 4096 * KB],
  [
    'huge rowspan and colspan values',
    fill('<tr><td rowspan="99999999" colspan="99999999">1</td></tr>', '<table>', '</table>'),
    512 * KB,
  ],
  ['one row of thousands of cells', fill('<td colspan="1000">0</td>', '<table><tr>', '</tr></table>'), 512 * KB],
  ['one enormous line of labels and tabs', fill('规章\t'), 4096 * KB],
  ['millions of | separators', fill('|'), 4096 * KB],
  ['millions of tabs', fill('\t'), 2048 * KB],
  ['numbers separated by spaces on one line', fill('0 '), 4096 * KB],
  ['one enormous word', fill('规'), 4096 * KB],
  ['entities', fill('&nbsp;&#x4e00;&amp;'), 4096 * KB],
  ['a tag with endless attributes', fill(' colspan="2"', '<table><tr><td', '>'), 512 * KB],
  // What the quick HTML tokenizer searches ahead for: a `&` or `<` far away, or never.
  ['a page of ampersands opening no entity', fill('&;', '<p>'), 512 * KB],
  ['a page of entities with no tag after them', fill('&lt;', '<p>'), 512 * KB],
  ['a page of < opening no tag', fill('<3', '<p>'), 512 * KB],
  ['a script never closed', fill('a<', '<p><script>'), 4096 * KB],
  ['a title never closed', fill('a&amp;<', '<title>'), 2048 * KB],
  ['comments', fill('<!-- a -- b --->'), 2048 * KB],
];

describe('adversarial documents', () => {
  // A hang or a quadratic blow-up shows as reading time growing with the square of the input:
  // four times the input must cost at most about four times the time (quadratic would be 16x).
  it.each(ADVERSARIAL)(
    '%s: four times the input, at most about four times the time',
    (_, make, size) => {
      expectWellFormed(parse(make(size)));
      const ratio = growthRatio(
        (scale) => make(size * scale),
        (doc) => parse(doc),
        3,
        20,
      );
      expect(ratio).toBeLessThan(LINEAR_GROWTH);
    },
    120_000,
  );
});
