/**
 * Cross-year checks in a batch: each body's reports of consecutive years, found among the inputs
 * by agency name and year, are paired, and the later one is checked against the earlier. What
 * cannot be paired is said per file: no name or year read, two reports of the same body and year,
 * or no report of the year before.
 *
 * @module
 */
import type { CliText } from '../i18n.js';
import { type Executor, JobFailure } from './executor.js';
import type { FileResult } from './result.js';

/**
 * A body's name as it is compared: full-width forms folded (NFKC) and white space dropped, so that
 * `北关区 应急管理局` and `北关区应急管理局` are one body.
 *
 * @example
 * ```ts
 * bodyKey('北关区 应急管理局'); // '北关区应急管理局'
 * ```
 */
export function bodyKey(agency: string): string {
  return agency.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * For each result, the index of the result of the same body's previous year, or why there is none.
 * Results that were not read as reports take no part.
 *
 * @example
 * ```ts
 * const { previousOf, unpaired } = pairYears(results, cliText('zh'));
 * ```
 */
export function pairYears(
  results: readonly FileResult[],
  text: CliText,
): { previousOf: Map<number, number>; unpaired: Map<number, string> } {
  const byBodyYear = new Map<string, number[]>();
  const unpaired = new Map<number, string>();
  const keyOf = (body: string, year: number): string => `${body}\u0000${year}`;
  for (const [i, r] of results.entries()) {
    if (!r.meta) continue;
    if (!r.meta.agency.trim() || !r.meta.year) {
      unpaired.set(i, text.crossYear.noMeta);
      continue;
    }
    const key = keyOf(bodyKey(r.meta.agency), r.meta.year);
    byBodyYear.set(key, [...(byBodyYear.get(key) ?? []), i]);
  }
  const previousOf = new Map<number, number>();
  for (const indices of byBodyYear.values()) {
    const [first, second] = indices as [number, number | undefined];
    const meta = results[first]?.meta as NonNullable<FileResult['meta']>;
    if (second !== undefined) {
      // The same body and year twice: neither can be told apart, so none of them is paired.
      for (const i of indices) {
        const other = indices.find((j) => j !== i) as number;
        unpaired.set(i, text.crossYear.duplicate(results[other]?.file ?? ''));
      }
      continue;
    }
    const before = byBodyYear.get(keyOf(bodyKey(meta.agency), meta.year - 1));
    if (before?.length === 1) previousOf.set(first, before[0] as number);
    else if (before) unpaired.set(first, text.crossYear.duplicate(results[before[0] as number]?.file ?? ''));
    else unpaired.set(first, text.crossYear.noPrevious(meta.year - 1));
  }
  return { previousOf, unpaired };
}

/**
 * Pairs the results' reports across years and runs the checks of each later year again with its
 * previous year (the in-report checks and the cross-year ones), through the executor. The results
 * must keep their reports; they are updated in place (`checkFindings`, `previous`, `unpaired`).
 *
 * @example
 * ```ts
 * const pairs = await checkAcrossYears(results, executor, cliText('zh'));
 * ```
 */
export async function checkAcrossYears(results: FileResult[], executor: Executor, text: CliText): Promise<number> {
  const { previousOf, unpaired } = pairYears(results, text);
  for (const [i, reason] of unpaired) (results[i] as FileResult).unpaired = reason;
  await Promise.all(
    [...previousOf].map(async ([i, j]) => {
      const result = results[i] as FileResult;
      const previous = results[j] as FileResult;
      if (!result.report || !previous.report) return;
      result.previous = previous.file;
      try {
        result.checkFindings = await executor.run({
          kind: 'pair',
          report: result.report,
          previous: previous.report,
          sourceMap: result.sourceMap,
        });
      } catch (err) {
        if (!(err instanceof JobFailure)) throw err;
        result.status = 'failed';
        result.failure = err.failure;
        result.problems = [text.failure[err.failure](err.message)];
      }
    }),
  );
  return previousOf.size;
}
