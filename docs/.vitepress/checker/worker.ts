/**
 * The checker's worker: reads files with the library's readers (the same loaders as the `zfxxgk`
 * command, chosen by extension or by the bytes), checks, exports, rolls up and compares. pdf.js
 * is imported only when a PDF is read, and runs here too: its own worker code is loaded into this
 * thread, so nothing of it runs on the page's thread.
 */
import { check, diff, formatDiff, rollup, writeCsv } from '../../../src/index.js';
import { LOADERS, LoadError, loaderFor, sniffLoader } from '../../../src/cli/load.js';
import { reportTablesHtml } from '../lib/tables.js';
import type { Answers, Reply, Request } from './protocol.js';

let pdfWorkerCode: Promise<unknown> | undefined;

/** pdf.js runs its parser in this thread when it finds it as `globalThis.pdfjsWorker`. */
async function preparePdf(): Promise<void> {
  pdfWorkerCode ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((code) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = code;
  });
  await pdfWorkerCode;
}

async function read(request: Extract<Request, { kind: 'read' }>): Promise<Answers['read']> {
  const start = performance.now();
  const { name, bytes, lang, pdf } = request;
  try {
    // A file by its extension, as the command line reads it; pasted text (no extension) by its
    // bytes, as standard input is.
    const loader = (/\.[^./]+$/.test(name) && loaderFor(name)) || sniffLoader(bytes);
    if (loader === LOADERS['.pdf']) await preparePdf();
    const { report, findings } = await loader.load(bytes, { source: name, lang, pdf });
    const ms = performance.now() - start;
    return { ok: true, report, findings, tablesHtml: reportTablesHtml(report), ms };
  } catch (err) {
    if (err instanceof LoadError) return { ok: false, problems: err.problems, ms: performance.now() - start };
    throw err;
  }
}

async function answer(request: Request): Promise<Answers[Request['kind']]> {
  switch (request.kind) {
    case 'read':
      return read(request);
    case 'check':
      return check(request.report, { lang: request.lang, previous: request.previous });
    case 'export':
      return { csv: writeCsv(request.report), json: `${JSON.stringify(request.report, null, 2)}\n` };
    case 'rollup':
      try {
        const formats = new Set(request.reports.map((r) => r.format));
        const result = rollup(
          request.reports,
          { agency: request.agency },
          { comparable: formats.size > 1, lang: request.lang },
        );
        return {
          ok: true,
          report: result.report,
          findings: result.findings,
          tablesHtml: reportTablesHtml(result.report),
        };
      } catch (err) {
        return { ok: false, problems: [(err as Error).message] };
      }
    case 'diff':
      return { text: formatDiff(diff(request.from, request.to), { lang: request.lang }) };
  }
}

self.onmessage = async (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  let reply: Reply;
  try {
    reply = { id, answer: await answer(request) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
