/**
 * The scan's main loop: the selected files read by the batch engine (every core, results in input
 * order), each result turned into rows, and the rows committed a batch of documents per
 * transaction, every `--commit-every` documents ({@link COMMIT_EVERY} by default) or
 * {@link COMMIT_AFTER_MS}, whichever comes first. A process killed at any moment loses at most the
 * batch not yet committed; the next run reads those files again, since their contents are not in
 * the database.
 *
 * @module
 */
import type { FileStatus } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import type { CliIO } from '../command.js';
import { cliText } from '../i18n.js';
import { progress } from '../output/progress.js';
import { type BatchSettings, executorFor } from '../reading.js';
import { prepareCells } from './cells.js';
import { connectAgain, type Database } from './duck.js';
import { documentRows, type RowSettings } from './rows.js';
import type { ToRead } from './select.js';
import { DocumentBatch, deleteDocuments } from './store.js';

/**
 * Documents per transaction at most, by default. Large batches are what makes writing cheap: the
 * cells of 1,000 reports (200,000 rows) fill whole row groups, which DuckDB writes once, straight
 * into the database file, where smaller ones go through its log and are written again at each
 * checkpoint (200 documents a batch cost a scan of 10,000 files about a sixth more CPU time).
 */
export const COMMIT_EVERY = 1000;
/**
 * A batch is committed at the latest this long after the previous one, so that a process killed
 * loses at most a few seconds of reading, even of slow PDFs.
 */
export const COMMIT_AFTER_MS = 10_000;
/**
 * Results the workers may read ahead of the loop: enough to keep every core busy while a batch is
 * handed to DuckDB, few enough that memory does not grow with the batch size.
 */
const READ_AHEAD = 200;

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
  settings: RowSettings & { inputFormat?: string | undefined; commitEvery?: number },
  batch: BatchSettings,
): Promise<ScanTally> {
  const commitEvery = settings.commitEvery ?? COMMIT_EVERY;
  const text = cliText(settings.lang);
  const tally: ScanTally = { byStatus: { checked: 0, unreadable: 0, unsupported: 0, failed: 0 }, writingMs: 0 };
  // Two connections take turns: a batch is committed on one (DuckDB inserts its cells and syncs
  // its log on threads of its own) while the next is added on the other. A batch is committed
  // once the one before it is, so that batches are committed in order, each whole.
  const connections = [db, await connectAgain(db)];
  await prepareCells(connections[1] as Database);
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
    toRead,
  );
  const bar = progress(io, toRead.length, text);
  let turn = 0;
  let open: DocumentBatch | undefined;
  let writing: Promise<void> = Promise.resolve();
  let committed = performance.now();
  const commit = async (): Promise<void> => {
    await writing;
    if (open) writing = open.commit();
    open = undefined;
    committed = performance.now();
  };
  try {
    // The contents stored as failed go first: a process stopped before they are stored again
    // leaves them out, to be read by the next run.
    await deleteDocuments(
      db,
      toRead.filter((input) => input.replace).map((input) => input.sha256),
    );
    // The workers read on while a batch is committed.
    const window = Math.max(READ_AHEAD, batch.jobs * 8);
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
      open ??= await DocumentBatch.begin(connections[turn++ % 2] as Database);
      open.add(rows);
      tally.byStatus[rows.document.status as FileStatus] += 1;
      if (open.size >= commitEvery || started - committed >= COMMIT_AFTER_MS) await commit();
      tally.writingMs += performance.now() - started;
      bar.tick();
    }
    const started = performance.now();
    await commit();
    await writing;
    tally.writingMs += performance.now() - started;
  } finally {
    // A batch that failed is not left running when the error is reported; one not committed is
    // rolled back with its connection.
    await writing.catch(() => undefined);
    bar.clear();
    await executor.close();
    (connections[1] as Database).close();
  }
  return tally;
}
