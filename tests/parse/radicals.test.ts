import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifyRadicals } from '../../src/parse/radicals.js';

describe('unifyRadicals', () => {
  it('reads the radicals a PDF font gave for 人 and 民 as the ideographs', () => {
    expect(unifyRadicals('淮安市⼈⺠政府')).toBe('淮安市人民政府');
    expect(unifyRadicals('⻓春市⻅义勇为⽹站')).toBe('长春市见义勇为网站');
  });

  it('maps every radical of both blocks that has an equivalent to one unified ideograph', () => {
    for (let code = 0x2e80; code <= 0x2fd5; code++) {
      const radical = String.fromCharCode(code);
      const unified = unifyRadicals(radical);
      expect(unified.length, radical).toBe(1);
      if (unified !== radical) expect(unified, `U+${code.toString(16)}`).toMatch(/^\p{Unified_Ideograph}$/u);
    }
    // Radicals without an equivalent ideograph stay as they are.
    expect(unifyRadicals('\u2e87')).toBe('\u2e87');
  });

  it('leaves any other text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!/[\u2e80-\u2fdf]/.test(text));
        expect(unifyRadicals(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
