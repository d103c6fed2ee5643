/**
 * One file's result in a batch run: what every output format writes, one per input file, also
 * for a file with no findings and for one that could not be read.
 *
 * @module
 */
import type { Bilingual, Finding } from '../../findings/types.js';
import type { FormatVersion } from '../../format/grid.js';
import type { Report } from '../../model/types.js';
import type { SourceLoc } from '../../parse/layout.js';
import type { SourceMap } from '../../parse/read-layout.js';
import type { Medium } from './medium.js';

/**
 * What became of a file:
 * - `checked`: read as a report (and checked, when the run checks);
 * - `unreadable`: meant to be a report, but empty, damaged, invalid or with no report in it;
 * - `unsupported`: a kind of file no reader reads (an image, a spreadsheet, a legacy Word file,
 *   OFD, …), with advice on what to do;
 * - `failed`: its reading crashed, ran out of time or ran out of memory.
 *
 * @example
 * ```ts
 * const notDone = results.filter((r) => r.status !== 'checked');
 * ```
 */
export type FileStatus = 'checked' | 'unreadable' | 'unsupported' | 'failed';

/**
 * Why a file failed: its reading ran past `--timeout`, past `--max-memory`, or threw.
 *
 * @example
 * ```ts
 * if (result.failure === 'timeout') retryLater(result.file);
 * ```
 */
export type Failure = 'timeout' | 'out-of-memory' | 'crash';

/**
 * A place in the source document where a cell a finding involves was read: the cell's key
 * (`table/row/column`, the format's keys) and its source location.
 *
 * @example
 * ```ts
 * const at: CellLocation = { key: '3/received/natural', line: 39, column: 19 };
 * ```
 */
export interface CellLocation extends SourceLoc {
  key: string;
}

/**
 * A finding as a batch run reports it: with the source location of every cell it involves that a
 * document reader placed, and, when the run asks for it, its message in both languages.
 *
 * @example
 * ```ts
 * result.checkFindings[0]?.locations; // [{ key: '3/received/natural', page: 4, … }, …]
 * ```
 */
export type LocatedFinding = Finding & { loc?: SourceLoc; locations?: CellLocation[]; messages?: Bilingual };

/**
 * Milliseconds spent on a file: reading its bytes, reading the report from them, checking it,
 * and in all (with the time waiting for a worker).
 *
 * @example
 * ```ts
 * const slow = results.filter((r) => r.timings.totalMs > 1000);
 * ```
 */
export interface Timings {
  readMs: number;
  parseMs: number;
  checkMs: number;
  totalMs: number;
}

/**
 * One file's result. `report` and `sourceMap` are there only when the run keeps them.
 *
 * @example
 * ```ts
 * for await (const result of runBatch(inputs, settings, executor)) console.log(result.file, result.status);
 * ```
 */
export interface FileResult {
  /** The position of the file among the inputs (results come in this order). */
  index: number;
  /** The file as given or found (`-` for standard input). */
  file: string;
  status: FileStatus;
  /** What the file is, when its bytes were read. */
  medium?: Medium;
  /** Size in bytes, when known. */
  size?: number;
  /** SHA-256 of the bytes, in hex, when they were read. */
  sha256?: string;
  /** Who and which year the report is about, when one was read. */
  meta?: { agency: string; year: number; format: FormatVersion };
  /** What the reader could not read for sure (or why no report was read). */
  readingFindings: LocatedFinding[];
  /** What the checks found (empty when not checked). */
  checkFindings: LocatedFinding[];
  /** Why the file was not checked, in the run's language (for every status but `checked`). */
  problems?: string[];
  /** What to do about it (for `unsupported` and some `unreadable` files). */
  advice?: string;
  /** For `failed`: why. */
  failure?: Failure;
  /** With cross-year pairing: the file of the same body's previous year, when one was paired. */
  previous?: string;
  /** With cross-year pairing: why no previous year was paired. */
  unpaired?: string;
  timings: Timings;
  report?: Report;
  sourceMap?: SourceMap;
}
