import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Accumulator } from '../../src/rollup/accumulator.js';
import { compiledReader, genericReader, type RowRead } from '../../src/model/cell-reader.js';
import { anyReportArb } from '../support/arbitraries.js';

const ROWS: RowRead[] = [
  { table: 'table3', row: 'received', columns: ['natural', 'total'], targets: [0, 1] },
  { table: 'table4', row: 'review', columns: ['upheld'], targets: [2] },
];

describe('the two count readers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(['2019', '2021'] as const)('agree on any %s report, blanks included', (format) => {
    fc.assert(
      fc.property(fc.array(anyReportArb(format), { minLength: 1, maxLength: 5 }), (reports) => {
        const compiled = new Accumulator(format, { compile: true });
        const generic = new Accumulator(format, { compile: false });
        for (const r of reports) {
          compiled.add(r);
          generic.add(r);
        }
        expect([...compiled.sums]).toEqual([...generic.sums]);
        expect([...compiled.blanks]).toEqual([...generic.blanks]);
      }),
      { numRuns: 40 },
    );
  });

  it('report a bad cell the same way', () => {
    const tables = { table3: { received: { natural: 1, total: '2' } }, table4: { review: { upheld: 0 } } };
    const bad = (table: string, row: string, column: string, value: unknown): never => {
      throw new Error(`${table}.${row}.${column}=${JSON.stringify(value)}`);
    };
    for (const reader of [genericReader(ROWS), compiledReader(ROWS)]) {
      expect(() => reader?.(tables, new Float64Array(3), new Uint32Array(3), bad)).toThrow('table3.received.total="2"');
      expect(() => reader?.({ table3: {} }, new Float64Array(3), new Uint32Array(3), bad)).toThrow(
        'table3.received.=undefined',
      );
    }
  });

  it('with the kinds of the columns, report a number that cannot stand in its column, after adding it', () => {
    const rows: RowRead[] = [
      {
        table: 'table2',
        row: 'fees',
        columns: ['count', 'signed', 'money'],
        targets: [0, 1, 2],
        kinds: ['count', 'signed', 'money'],
      },
    ];
    const cases: [Record<string, unknown>, string[]][] = [
      [{ count: 3, signed: -2, money: 0.5 }, []],
      [{ count: -1, signed: 1.5, money: -0.1 }, ['count=-1', 'signed=1.5', 'money=-0.1']],
      [
        { count: 2.5, signed: Number.NaN, money: Number.POSITIVE_INFINITY },
        ['count=2.5', 'signed=NaN', 'money=Infinity'],
      ],
    ];
    for (const reader of [genericReader(rows), compiledReader(rows)]) {
      for (const [row, expected] of cases) {
        const bad: string[] = [];
        const sums = new Float64Array(3);
        reader?.({ table2: { fees: row } }, sums, new Uint32Array(3), (_t, _r, column, value) =>
          bad.push(`${column}=${String(value)}`),
        );
        expect(bad).toEqual(expected);
        expect(sums[0]).toBe(row.count);
      }
    }
  });

  it('keys are emitted as string literals, so no key can inject code', () => {
    const evil: RowRead[] = [
      { table: 'table3', row: '"]; throw new Error("injected"); //', columns: ["'); x('"], targets: [0] },
    ];
    const reader = compiledReader(evil);
    const sums = new Float64Array(1);
    reader?.({ table3: { '"]; throw new Error("injected"); //': { "'); x('": 4 } } }, sums, new Uint32Array(1), () => {
      throw new Error('bad');
    });
    expect(sums[0]).toBe(4);
  });

  it('fall back to walking the plan where code generation is refused', () => {
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript (Content-Security-Policy)');
    });
    expect(compiledReader(ROWS)).toBeUndefined();
    vi.unstubAllGlobals();
    expect(compiledReader(ROWS)).toBeTypeOf('function');
  });
});
