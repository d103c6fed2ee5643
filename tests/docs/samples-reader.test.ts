/**
 * How the code samples' `// value` comments are read and compared: values, prose, what `…`
 * leaves out, and a sample whose comment is wrong failing.
 */
import { describe, expect, it } from 'vitest';
import { expectedValue, instrument, MORE, mismatch, runSample } from './samples.js';

describe('a value comment', () => {
  it('is the first value in the comment, the rest prose', () => {
    expect(expectedValue(' 13: the 2024 figure')).toEqual({ value: 13 });
    expect(expectedValue(' { line: 28, column: 6 }')).toEqual({ value: { line: 28, column: 6 } });
    expect(expectedValue(" ['PARSE-LABEL-VARIANT']: the header typo")).toEqual({ value: ['PARSE-LABEL-VARIANT'] });
    expect(expectedValue(" 'gb18030' (GBK bytes)")).toEqual({ value: 'gb18030' });
    expect(expectedValue(' -3')).toEqual({ value: -3 });
    expect(expectedValue(' null: blank until filled')).toEqual({ value: null });
  });

  it('is prose when it does not start like a value, or names stand in for values', () => {
    expect(expectedValue(' how many inputs left that cell blank')).toEqual({ prose: true });
    expect(expectedValue(' { changed, unchanged, fromBlank }')).toEqual({ prose: true });
  });

  it('reads … as what is left out', () => {
    expect(expectedValue(" ['T3-BALANCE', …]")).toEqual({ value: ['T3-BALANCE', MORE] });
    expect(expectedValue(" { text: '13' … }")).toEqual({ value: { text: '13', __MORE__: MORE } });
    expect(expectedValue(' [1, …总计…]')).toEqual({ value: [1, MORE] });
    expect(expectedValue(" '表三…'")).toEqual({ value: '表三…' });
  });

  it('is an error when it starts like a value and is none', () => {
    expect(expectedValue(' [{ a: 1 } ×5]')).toHaveProperty('error');
  });
});

describe('comparing', () => {
  it('holds arrays and objects to their elements and properties, but for what … leaves out', () => {
    expect(mismatch([1, 2, 3], [1, 2, MORE])).toBeUndefined();
    expect(mismatch([1, 2, 3], [MORE, 3])).toBeUndefined();
    expect(mismatch([1, 2, 3, 4], [1, MORE, 3, MORE])).toBeUndefined();
    expect(mismatch([1, 2, 3], [1, 2])).toMatch(/expected 2 elements, got 3/);
    expect(mismatch([1, 2, 3], [2, MORE])).toMatch(/\$\[0\]: expected 2, got 1/);
    expect(mismatch({ a: 1, b: 2 }, { a: 1 })).toMatch(/unexpected b/);
    expect(mismatch({ a: 1, b: 2 }, { a: 1, __MORE__: MORE })).toBeUndefined();
    expect(mismatch({ a: 1, b: 2 }, { a: 1, b: MORE })).toBeUndefined();
  });

  it('matches strings and numbers cut short with …', () => {
    expect(mismatch('表三「自然人」列：一', '表三…')).toBeUndefined();
    expect(mismatch('表四', '表三…')).toMatch(/not like/);
    const cut = expectedValue(' 0.444…');
    expect(cut).toHaveProperty('value');
    const value = 'value' in cut ? cut.value : undefined;
    expect(mismatch(0.4444444, value)).toBeUndefined();
    expect(mismatch(0.45, value)).toMatch(/starting 0.444/);
  });
});

describe('a sample', () => {
  it('reports each statement followed by a value comment, and not assignments', () => {
    const { checks } = instrument('const a = 1; // 1\na + 1; // 2\nlet b = 0;\nb = 5; // 2021 format\nb; // prose');
    expect(checks.map((c) => c.line)).toEqual([1, 2]);
  });

  it('fails when a comment is wrong or the code throws, and passes otherwise', async () => {
    const sample = (code: string) => ({ where: 'test', code, sketch: false });
    expect(await runSample(sample('[1, 2].map((n) => n * 2); // [2, 4]'), {})).toEqual([]);
    expect(await runSample(sample('[1, 2].map((n) => n * 2); // [2, 5]'), {})).toEqual([
      'line 1: $[1]: expected 5, got 4',
    ]);
    expect(await runSample(sample('missing(); // 1'), {})).toEqual(['throws: ReferenceError: missing is not defined']);
    expect(await runSample(sample('Promise.resolve(3); // 3'), {})).toEqual([]);
  });
});
