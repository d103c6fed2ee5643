import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORPUS_DIR } from '../support/truth.js';

/*
 * The readers write two things out as code: the blank tables of each format (an object literal,
 * see src/model/empty.ts) and the source map's cells of an order of keys met twice (see
 * src/parse/cell-locations.ts). The first readings of an order write its keys one by one, later
 * ones (from the 32nd) through the literal, and where a Content-Security-Policy refuses code
 * generation every reading writes them one by one: the result must be the same, key for key and
 * in the same order.
 */

/** More readings of each input than it takes for its order of cells to be written out. */
const READINGS = 40;

const INPUTS = ['2019-shanghai-szfbgt.html', '2024-beiguan-yjglj.txt', 'partial/2019-yueyang-nanhu-ju.txt'].map(
  (file) => new Uint8Array(readFileSync(join(CORPUS_DIR, file))),
);

/** Each input read {@link READINGS} times by a fresh copy of the library, as JSON (the key order shows). */
async function readOften(): Promise<string[][]> {
  vi.resetModules();
  const { parse } = await import('../../src/parse/index.js');
  return INPUTS.map((bytes) => Array.from({ length: READINGS }, () => JSON.stringify(parse(bytes))));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readers and code generation', () => {
  it('make the same report and source map on the first reading of an order of cells and on later ones', async () => {
    for (const readings of await readOften()) for (const later of readings) expect(later).toBe(readings[0]);
  });

  it('make the same report and source map where code generation is refused', async () => {
    const generated = await readOften();
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript (Content-Security-Policy)');
    });
    expect(await readOften()).toEqual(generated);
  });

  it('give each report rows of its own', async () => {
    vi.resetModules();
    const { emptyReport } = await import('../../src/model/empty.js');
    const a = emptyReport({ format: '2021', agency: '甲', year: 2024 });
    const b = emptyReport({ format: '2021', agency: '乙', year: 2024 });
    a.table3.received.total = 5;
    expect(b.table3.received.total).toBeNull();
    expect(a.table3.received).not.toBe(b.table3.received);
  });
});
