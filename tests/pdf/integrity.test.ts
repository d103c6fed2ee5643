/**
 * The checksum check of a PDF's compressed streams (src/parse/pdf/integrity.ts) runs on every PDF
 * pdf.js could read, so it must stay linear whatever the bytes hold: the word `stream` repeated
 * inside a stream (text, or data that happens to spell it) is not a stream of its own.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { damagedStreams } from '../../src/parse/pdf/integrity.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A zlib stream (header, deflate data, Adler-32) of `text`, as a PDF FlateDecode stream holds it. */
function zlib(text: string): Uint8Array {
  const data = ascii(text);
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const sum = ((b << 16) | a) >>> 0;
  return join(
    new Uint8Array([0x78, 0x9c]),
    deflateSync(data),
    new Uint8Array([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff]),
  );
}

const flateObject = (n: number, data: Uint8Array): Uint8Array =>
  join(
    ascii(`${n} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    ascii('\nendstream\nendobj\n'),
  );

/** A file of two compressed streams, intact and with a byte of the first one's deflate data changed. */
function files(): { intact: Uint8Array; changed: Uint8Array } {
  const content = zlib('BT /F1 12 Tf 72 700 Td (2024) Tj ET');
  const intact = join(ascii('%PDF-1.7\n'), flateObject(1, content), flateObject(2, zlib('q Q')));
  const changed = intact.slice();
  const data = new TextDecoder('latin1').decode(intact).indexOf('stream\n') + 'stream\n'.length;
  changed[data + 8] = (changed[data + 8] as number) ^ 0x01;
  return { intact, changed };
}

describe('the checksums of compressed streams', () => {
  it('finds each compressed stream whose data was changed, by its object number, and none in an intact file', () => {
    const { intact, changed } = files();
    expect(damagedStreams(intact)).toEqual([]);
    expect(damagedStreams(changed)).toEqual([1]);
  });

  it("finds the same without Node's zlib, as in a browser", async () => {
    // Node's zlib is taken when the module loads: load it again without it (fflate checks then).
    const process = globalThis.process as { getBuiltinModule?: unknown };
    const builtin = process.getBuiltinModule;
    vi.resetModules();
    process.getBuiltinModule = undefined;
    try {
      const { damagedStreams: withoutZlib } = await import('../../src/parse/pdf/integrity.js');
      const { intact, changed } = files();
      expect(withoutZlib(intact)).toEqual([]);
      expect(withoutZlib(changed)).toEqual([1]);
    } finally {
      process.getBuiltinModule = builtin;
    }
  });

  it('reads the word stream repeated through an uncompressed stream in linear time', () => {
    // Each `stream` inside the data used to be taken for a stream keyword and its dictionary
    // searched for back to the start of the file: quadratic in the length of the data.
    const pdf = (scale: number) =>
      join(
        ascii('%PDF-1.7\n1 0 obj\n<< /Length 0 >>\nstream\n'),
        ascii('(stream) '.repeat(3_000 * scale)),
        ascii('\nendstream\nendobj\n'),
        flateObject(2, zlib('q Q')),
      );
    expect(damagedStreams(pdf(1))).toEqual([]);
    expect(growthRatio(pdf, damagedStreams, 3, 10)).toBeLessThan(LINEAR_GROWTH);
  }, 120_000);
});
