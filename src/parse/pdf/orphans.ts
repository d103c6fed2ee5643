/**
 * pdf.js's own rejected promises that nobody observes, kept from ending a Node process.
 *
 * Reading a damaged file, pdf.js can drop a promise of its own that then rejects: walking the page
 * tree to the first page it fetches every other page's object ahead (`Catalog.getPageDict`), and
 * when the walk fails those fetches are dropped with the catalogue; one whose cross-reference
 * entry is bad rejects with nobody to see it. The read itself has already said what it found
 * (`PARSE-PDF-INVALID`, damaged pages), but Node's default for a rejection nobody observes
 * (`--unhandled-rejections=throw`) is to end the process — a program that only asked whether a
 * report adds up would stop, after `parsePdf` returned, on a file it was told is damaged.
 *
 * While a PDF is being read, and until its pdf.js documents are destroyed, a listener observes
 * such rejections: those whose error was made in pdf.js's worker code. Any other rejection is
 * passed on as Node would handle it: raised as an uncaught exception when this listener is the only
 * one (a listener of the program's own decides for itself, as it does without this one).
 *
 * @module
 */

/** The part of Node's `process` this module uses (the library imports no Node module). */
interface NodeProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  listenerCount(event: 'unhandledRejection'): number;
  execArgv?: readonly string[];
  env?: Record<string, string | undefined>;
}

const nodeProcess = (globalThis as { process?: Partial<NodeProcess> }).process;

/**
 * Whether an error was made by pdf.js's worker code (the file `pdf.worker.mjs`, or the
 * `pdf.worker.min.mjs` of a minified build): its stack names that file.
 * @internal
 *
 * @example
 * ```ts
 * madeByPdfJs(new Error('mine')); // false
 * ```
 */
export function madeByPdfJs(reason: unknown): boolean {
  const stack = (reason as { stack?: unknown } | null)?.stack;
  return typeof stack === 'string' && /pdf\.worker(?:\.min)?\.m?js/.test(stack);
}

/**
 * Node's mode for rejections nobody observes, from its command line or `NODE_OPTIONS`. Only in
 * the default mode, `throw`, does a listener keep the process alive; `strict` raises the error
 * before any listener is asked, and `warn` and `none` do not end the process.
 */
function rejectionMode(process: Partial<NodeProcess>): string {
  const flags = [...(process.execArgv ?? []), ...(process.env?.NODE_OPTIONS ?? '').split(/\s+/)];
  let mode = 'throw';
  for (const flag of flags) if (flag.startsWith('--unhandled-rejections=')) mode = flag.slice(23);
  return mode;
}

let holders = 0;

function observe(reason: unknown): void {
  if (madeByPdfJs(reason)) return;
  // Node asks every listener and, when there is one, raises nothing itself: with no listener of
  // the program's own, the rejection ends the process as it would have without this one.
  if (nodeProcess?.listenerCount?.('unhandledRejection') === 1) {
    throw reason instanceof Error
      ? reason
      : new Error(`a promise was rejected with nobody to observe it: ${String(reason)}`);
  }
}

/**
 * Starts observing pdf.js's dropped rejections for one read; call the returned function once
 * the read's pdf.js documents are destroyed. Reads may overlap: the listener stays while any
 * holds it. Outside Node, or when Node would not end the process anyway, nothing is done.
 * @internal
 *
 * @example
 * ```ts
 * const release = holdPdfJsRejections();
 * try {
 *   await readWithPdfJs();
 * } finally {
 *   release();
 * }
 * ```
 */
export function holdPdfJsRejections(): () => void {
  const process = nodeProcess;
  if (!process?.on || !process.off || !process.listenerCount || rejectionMode(process) !== 'throw') return () => {};
  if (holders++ === 0) process.on('unhandledRejection', observe);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) process.off?.('unhandledRejection', observe);
  };
}
