/**
 * How a run's workers size their heaps (see `pool.ts` for the heap limit).
 *
 * @module
 */

/**
 * The young generation for a run's workers: 24 MB (8 MB semi-spaces) when no input is named as a
 * PDF, else V8's default. With V8's default (48 MB) a worker's young generation grows to 32 MB once
 * a long run has gone on long enough, whatever the files, while a text, web or CSV report leaves
 * almost nothing behind between files: 8 MB semi-spaces collect it as well for less memory (a
 * worker's heap 35 MB instead of 55 MB at the end of 10,000 files). pdf.js keeps a page's objects
 * alive longer than that: with 24 MB, reading PDFs took about 1.4× the CPU time (more promoted to
 * the old generation, more full collections). 12 MB promoted more of the text reports too (more
 * memory, more CPU time). A PDF without its extension is read with the smaller one: more slowly,
 * never wrongly.
 *
 * @example
 * ```ts
 * youngGenerationMb([{ file: 'a.txt' }, { file: 'b.csv' }]); // 24
 * youngGenerationMb([{ file: 'a.txt' }, { file: 'b.PDF' }]); // undefined
 * ```
 */
export function youngGenerationMb(inputs: readonly { file: string }[]): number | undefined {
  return inputs.some((input) => /\.pdf$/i.test(input.file)) ? undefined : 24;
}
