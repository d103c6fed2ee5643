/** The reports of tests/corpus for the benchmarks: their bytes, and the reports the readers make of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/model/types.js';
import { parse } from '../src/parse/index.js';
import { parsePdf } from '../src/parse/pdf/index.js';
import { CORPUS_DIR } from '../tests/support/truth.js';

/** Every report file of the corpus (the complete ones, then `partial/`), by its path in the corpus. */
export const CORPUS_FILES: readonly string[] = [
  ...readdirSync(CORPUS_DIR).filter((f) => /\.(?:txt|html|pdf)$/.test(f)),
  ...readdirSync(join(CORPUS_DIR, 'partial')).map((f) => `partial/${f}`),
];

/** The bytes of a corpus file. */
export const corpusBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));

/** Each corpus file read by the library's own reader, with the report it makes (files it cannot read are left out). */
export async function corpusReports(): Promise<{ file: string; report: Report }[]> {
  const out: { file: string; report: Report }[] = [];
  for (const file of CORPUS_FILES) {
    const bytes = corpusBytes(file);
    const { report } = file.endsWith('.pdf') ? await parsePdf(bytes) : parse(bytes);
    if (report) out.push({ file, report });
  }
  return out;
}
