/**
 * The scan's main loop: the selected files read by the batch engine (every core, results in input
 * order), each result turned into rows, and the rows committed a batch of documents per
 * transaction, every {@link COMMIT_EVERY} documents or {@link COMMIT_AFTER_MS}, whichever comes
 * first. A process killed at any moment loses at most the batch not yet committed; the next run
 * reads those files again, since their contents are not in the database.
 *
 * @module
 */
import type { FileStatus } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import type { CliIO } from '../command.js';
import { cliText } from '../i18n.js';
import { progress } from '../output/progress.js';
import { type BatchSettings, executorFor } from '../reading.js';
import type { Database } from './duck.js';
import { type DocumentRows, documentRows, type RowSettings } from './rows.js';
import type { ToRead } from './select.js';
import { writeDocuments } from './store.js';

/** Documents per transaction at most. */
export const COMMIT_EVERY = 200;
/**
 * A batch is committed at the latest this long after the previous one, so that a process killed
 * loses at most a few seconds of reading, even of slow PDFs.
 */
export const COMMIT_AFTER_MS = 2000;

/**
 * What a scan did: documents stored by status, and the milliseconds the scan spent turning results
 * into rows and waiting for the database (the rest of the time, it was reading).
 *
 * @example
 * ```ts
 * const { byStatus, writingMs } = await scanFiles(db, toRead, io, settings, batch);
 * ```
 */
export interface ScanTally {
  byStatus: Record<FileStatus, number>;
  writingMs: number;
}

/**
 * Reads the files and stores every one as a document.
 *
 * @example
 * ```ts
 * await scanFiles(db, selection.toRead, io, { lang: 'zh', inputFormat: undefined }, batch);
 * ```
 */
export async function scanFiles(
  db: Database,
  toRead: readonly ToRead[],
  io: CliIO,
  settings: RowSettings & { inputFormat?: string | undefined },
  batch: BatchSettings,
): Promise<ScanTally> {
  const text = cliText(settings.lang);
  const tally: ScanTally = { byStatus: { checked: 0, unreadable: 0, unsupported: 0, failed: 0 }, writingMs: 0 };
  // The `--rule` settings are applied to the rows (the same way for every stage); the readers and
  // checks run without them, so that each finding keeps both its messages.
  const executor = executorFor(
    io,
    {
      lang: settings.lang,
      inputFormat: settings.inputFormat,
      check: true,
      keep: true,
      bilingual: true,
      maxBytes: batch.maxBytes,
    },
    batch,
    toRead.length,
  );
  const bar = progress(io, toRead.length, text);
  let pending: DocumentRows[] = [];
  let replace: string[] = [];
  let committed = performance.now();
  // One batch is written while the next is made: DuckDB inserts and syncs its log on threads of
  // its own, and the results meanwhile go on into rows. A batch starts once the one before it is
  // committed, so that batches are committed in order, each whole.
  let writing: Promise<void> = Promise.resolve();
  const commit = async (): Promise<void> => {
    await writing;
    if (pending.length) writing = writeDocuments(db, pending, replace);
    pending = [];
    replace = [];
    committed = performance.now();
  };
  try {
    // The workers read on while a batch is written: the window holds a batch's worth of results.
    const window = Math.max(COMMIT_EVERY, batch.jobs * 8);
    for await (const result of runBatch(toRead, executor, { window, lang: settings.lang })) {
      const started = performance.now();
      const input = toRead[result.index] as ToRead;
      // The content read is not the one selected: it changed in between, and is not stored under
      // the other's identity.
      const changed = result.sha256 !== undefined && result.sha256 !== input.sha256;
      const rows = documentRows(
        changed
          ? {
              ...result,
              status: 'unreadable',
              problems: [text.scan.changed],
              report: undefined,
              readingFindings: [],
              checkFindings: [],
            }
          : result,
        input,
        settings,
        text.scan.notStorable,
      );
      pending.push(rows);
      if (input.replace) replace.push(input.sha256);
      tally.byStatus[rows.document.status as FileStatus] += 1;
      if (pending.length >= COMMIT_EVERY || started - committed >= COMMIT_AFTER_MS) await commit();
      tally.writingMs += performance.now() - started;
      bar.tick();
    }
    const started = performance.now();
    await commit();
    await writing;
    tally.writingMs += performance.now() - started;
  } finally {
    // A batch that failed is not left running when the error is reported.
    await writing.catch(() => undefined);
    bar.clear();
    await executor.close();
  }
  return tally;
}
