/**
 * JSON input: what `JSON.parse` changes in silence (a key given twice, a number a double rounds)
 * is refused with its path and line, by the library and by the command line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { JsonInputError, readJson } from '../../src/interchange/json.js';
import { safeValidateReport } from '../../src/model/validate.js';
import { fakeIO } from '../cli/fake-io.js';
import { cleanReport } from '../support/reports.js';

const issuesOf = (text: string) => {
  try {
    readJson(text);
  } catch (err) {
    if (err instanceof JsonInputError) return err.issues;
    throw err;
  }
  return [];
};

describe('readJson', () => {
  it('refuses a key given twice in one object, with its path and line, wherever it is', () => {
    const text = [
      '{',
      '  "table3": {',
      '    "received": { "natural": 3, "commercial": 0,',
      '      "natural": 5 }',
      '  },',
      '  "rows": [{ "a": 1 }, { "b": 1, "b": 2 }],',
      '  "table3": {}',
      '}',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      { path: ['table3', 'received', 'natural'], line: 4, message: 'duplicate key "natural" (first at line 3)' },
      { path: ['rows', 1, 'b'], line: 6, message: 'duplicate key "b" (first at line 6)' },
      { path: ['table3'], line: 7, message: 'duplicate key "table3" (first at line 2)' },
    ]);
    // Keys are compared as JSON reads them: an escape spells the same key.
    expect(issuesOf('{"a": 1, "\\u0061": 2}')).toEqual([
      { path: ['a'], line: 1, message: 'duplicate key "a" (first at line 1)' },
    ]);
  });

  it('refuses a number a double would round, and reads every exact one', () => {
    expect(
      issuesOf(
        '{"n": [9007199254740991, 9007199254740993, 1234567890123456.7, 96171.60, 1e400, -0, 2.5e3, 9007199254740994]}',
      ),
    ).toEqual([
      { path: ['n', 1], line: 1, message: expect.stringContaining('it would be read as 9007199254740992') },
      { path: ['n', 2], line: 1, message: expect.stringContaining('it would be read as 1234567890123456.8') },
      { path: ['n', 4], line: 1, message: expect.stringContaining('1e400 is too large for a number') },
      { path: ['n', 7], line: 1, message: expect.stringContaining('9007199254740994 is beyond 2^53 − 1') },
    ]);
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.maxSafeInteger()),
        (n) => {
          expect(readJson(JSON.stringify({ n: [n] }))).toEqual({ n: [n + 0] });
        },
      ),
    );
  });

  it('parses what JSON.parse parses, and throws what it throws for text that is not JSON', () => {
    const text = JSON.stringify(cleanReport('2021'), null, 2);
    expect(readJson(text)).toEqual(JSON.parse(text));
    expect(() => readJson('{"a": 1,}')).toThrow(SyntaxError);
    // A __proto__ key is an own key, as with JSON.parse: it reaches no prototype.
    const parsed = readJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(safeValidateReport(parsed).success).toBe(false);
  });
});

describe('zfxxgk check on a JSON file', () => {
  it('refuses a report with a cell given twice, naming it, instead of keeping the last', async () => {
    const json = JSON.stringify(cleanReport('2021'), null, 2).replace(
      '"natural": 0,',
      '"natural": 0,\n      "natural": 7,',
    );
    const io = fakeIO({ 'report.json': json });
    expect(await main(['check', 'report.json', '--lang', 'en'], io)).toBe(2);
    expect(io.out + io.err).toMatch(/table3\.\w+\.natural \(line \d+\): duplicate key "natural" \(first at line \d+\)/);
  });
});
