/**
 * The tally of a run, kept as results stream by (so that memory stays flat): files by status,
 * findings by severity and code, the slowest files, the time taken.
 *
 * @module
 */
import type { Severity } from '../../findings/types.js';
import type { FileResult, FileStatus } from '../batch/result.js';

/** How many slowest files the summary names. */
const SLOWEST = 5;

/**
 * Counts results as they come.
 *
 * @example
 * ```ts
 * const summary = new Summary();
 * for await (const result of results) summary.add(result);
 * summary.byStatus.checked; // how many files were checked
 * ```
 */
export class Summary {
  readonly byStatus: Record<FileStatus, number> = { checked: 0, unreadable: 0, unsupported: 0, failed: 0 };
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** Findings by code, with the severity they were reported at (the most severe, if several). */
  readonly byCode = new Map<string, { count: number; severity: Severity }>();
  /** The slowest files, slowest first. */
  readonly slowest: { file: string; ms: number }[] = [];
  files = 0;
  private readonly started = performance.now();

  add(result: FileResult): void {
    this.files += 1;
    this.byStatus[result.status] += 1;
    for (const f of [...result.readingFindings, ...result.checkFindings]) {
      this.bySeverity[f.severity] += 1;
      const entry = this.byCode.get(f.code);
      if (!entry) this.byCode.set(f.code, { count: 1, severity: f.severity });
      else {
        entry.count += 1;
        if (rank(f.severity) < rank(entry.severity)) entry.severity = f.severity;
      }
    }
    const ms = result.timings.totalMs;
    if (this.slowest.length < SLOWEST || ms > (this.slowest.at(-1)?.ms ?? 0)) {
      this.slowest.push({ file: result.file, ms });
      this.slowest.sort((a, b) => b.ms - a.ms);
      this.slowest.length = Math.min(this.slowest.length, SLOWEST);
    }
  }

  /** Seconds since the tally began. */
  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Whether every file was checked. */
  allChecked(): boolean {
    return this.byStatus.checked === this.files;
  }
}

const rank = (s: Severity): number => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
