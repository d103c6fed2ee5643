/**
 * The unit of work of a batch run: one file's bytes to its {@link FileResult} (sniffed, read,
 * checked, its findings placed in the source, timed). It runs in a worker of the pool, or in the
 * calling thread when there is no pool; it never throws for what is in the file.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { check, unreadCells, type UnreadCell } from '../../check/index.js';
import type { Lang, RuleSetting } from '../../findings/types.js';
import { keepBothMessages, messagesOf } from '../../findings/write.js';
import type { Report } from '../../model/types.js';
import type { PdfLoadOptions } from '../../parse/pdf/index.js';
import type { SourceMap } from '../../parse/read-layout.js';
import { cliText } from '../i18n.js';
import { LoadError, LOADERS, mediumOf } from '../load.js';
import { locateFindings } from './locate.js';
import { isReportMedium } from './medium.js';
import type { FileResult, LocatedFinding } from './result.js';

/**
 * How files are read and checked in a run (the same for every file).
 *
 * @example
 * ```ts
 * const settings: ProcessSettings = { lang: 'zh', check: true, keep: false, maxBytes: 100 * 2 ** 20 };
 * ```
 */
export interface ProcessSettings {
  lang: Lang;
  rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /** Read every input as this format (`--input-format`) instead of telling it from its bytes. */
  inputFormat?: string | undefined;
  /** Run the checks on each report read. */
  check: boolean;
  /** Keep each report and its source map in the result (for cross-year pairing, rollup, scans). */
  keep: boolean;
  /** Files larger than this are not read. */
  maxBytes: number;
  /** Give each finding its message in both languages too (`messages`), for the corpus database. */
  bilingual?: boolean | undefined;
  /** Where pdf.js finds its character maps and fonts (needed in a browser), and its limits. */
  pdf?: PdfLoadOptions | undefined;
}

/**
 * One file to process: a path to read, or the bytes (standard input).
 *
 * @example
 * ```ts
 * const task: FileTask = { index: 0, file: 'reports/a.pdf', path: 'reports/a.pdf' };
 * ```
 */
export interface FileTask {
  index: number;
  file: string;
  path?: string;
  bytes?: Uint8Array;
}

/**
 * The file system as a task needs it.
 *
 * @example
 * ```ts
 * const files: TaskFiles = { size: async (p) => (await stat(p)).size, readFile: (p) => readFile(p) };
 * ```
 */
export interface TaskFiles {
  /** The size of a file in bytes (throws when it cannot be read). */
  size(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
}

const now = (): number => performance.now();
const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * The result of a file that was not checked, with nothing read from it.
 *
 * @example
 * ```ts
 * notChecked(task, 'failed', ['timed out after 60 s'], 60_000);
 * ```
 */
export function notChecked(
  task: Pick<FileTask, 'index' | 'file'>,
  status: Exclude<FileResult['status'], 'checked'>,
  problems: string[],
  totalMs: number,
): FileResult {
  return {
    index: task.index,
    file: task.file,
    status,
    readingFindings: [],
    checkFindings: [],
    problems,
    timings: { readMs: 0, parseMs: 0, checkMs: 0, totalMs: round(totalMs) },
  };
}

/**
 * Reads, checks and times one file. Whatever is in the file becomes the result's status and
 * findings; only a bug throws.
 *
 * @example
 * ```ts
 * const result = await processFile({ index: 0, file: 'a.csv', path: 'a.csv' }, settings, files);
 * result.status; // 'checked'
 * ```
 */
export async function processFile(task: FileTask, settings: ProcessSettings, files: TaskFiles): Promise<FileResult> {
  const text = cliText(settings.lang);
  const start = now();
  // The writers keep both messages only when asked (it costs); never turned off again here, since
  // another file of a bilingual run may be between reading and writing its findings.
  if (settings.bilingual) keepBothMessages(true);
  let bytes = task.bytes;
  if (!bytes) {
    try {
      const size = await files.size(task.path ?? task.file);
      if (size > settings.maxBytes) {
        const result = notChecked(task, 'unreadable', [text.load.tooLarge(size, settings.maxBytes)], now() - start);
        return { ...result, size, advice: text.advice.tooLarge };
      }
      bytes = await files.readFile(task.path ?? task.file);
    } catch (err) {
      return notChecked(task, 'unreadable', [text.load.cannotRead((err as Error).message)], now() - start);
    }
  }
  const read = now();
  const result: FileResult = {
    index: task.index,
    file: task.file,
    status: 'checked',
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    readingFindings: [],
    checkFindings: [],
    timings: { readMs: round(read - start), parseMs: 0, checkMs: 0, totalMs: 0 },
  };
  const medium = mediumOf(bytes, task.file, settings.inputFormat);
  result.medium = medium;
  const done = (): FileResult => {
    result.timings.totalMs = round(now() - start);
    return result;
  };
  if (!isReportMedium(medium)) {
    result.status = medium === 'empty' ? 'unreadable' : 'unsupported';
    result.problems = [text.media[medium]];
    result.advice = text.advice[medium];
    return done();
  }
  let loaded: Awaited<ReturnType<(typeof LOADERS)[typeof medium]>>;
  try {
    loaded = await LOADERS[medium](bytes, {
      source: task.file,
      lang: settings.lang,
      rules: settings.rules,
      pdf: settings.pdf,
    });
  } catch (err) {
    if (!(err instanceof LoadError)) throw err;
    result.status = 'unreadable';
    result.problems = err.problems;
    return done();
  } finally {
    result.timings.parseMs = round(now() - read);
  }
  const { report, findings, sourceMap } = loaded;
  result.readingFindings = locateFindings(withMessages(findings, settings), sourceMap);
  if (!report) {
    result.status = 'unreadable';
    result.problems = [text.load.noReport];
    return done();
  }
  result.meta = { agency: report.meta.agency, year: report.meta.year, format: report.format };
  if (settings.check) {
    const checking = now();
    // Cells the reader gave up are unknown, not blank: the relations through them are not checked.
    result.checkFindings = checkReport(report, sourceMap, settings, undefined, unreadCells(report.format, findings));
    result.timings.checkMs = round(now() - checking);
  }
  if (settings.keep) {
    result.report = report;
    if (sourceMap) result.sourceMap = sourceMap;
  }
  return done();
}

/**
 * The checks of a report, with their findings placed in its source; with `previous`, the
 * cross-year checks too; `unread` are the cells its reader could not read.
 *
 * @example
 * ```ts
 * checkReport(report2024, sourceMap, settings, report2023).map((f) => f.code); // [..., 'X-CARRYOVER']
 * ```
 */
export function checkReport(
  report: Report,
  sourceMap: SourceMap | undefined,
  settings: Pick<ProcessSettings, 'lang' | 'rules' | 'bilingual'>,
  previous?: Report,
  unread?: readonly UnreadCell[],
): LocatedFinding[] {
  if (settings.bilingual) keepBothMessages(true);
  const findings = check(report, { lang: settings.lang, rules: settings.rules, previous, unread });
  return locateFindings(withMessages(findings, settings), sourceMap);
}

/**
 * With `bilingual`, each finding with its message in both languages, as its writer wrote them
 * (before any copy is made of it, which would not have them).
 */
function withMessages<F extends object>(findings: readonly F[], settings: Pick<ProcessSettings, 'bilingual'>): F[] {
  if (!settings.bilingual) return findings as F[];
  return findings.map((finding) => {
    const messages = messagesOf(finding);
    return messages ? { ...finding, messages } : finding;
  });
}
