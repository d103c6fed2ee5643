/**
 * The checker's worker: reads and checks each file exactly as the `zfxxgk check` command does
 * (its per-file processing, `processFile`: the medium told from the bytes, the reader, the
 * checks, each finding placed in the source), renders it with the findings marked, exports it,
 * rolls up and compares. pdf.js is imported
 * only when a PDF is read, and runs here too: its worker code is loaded into this thread, so no
 * part of reading runs on the page's thread.
 */
import { diff, diffToText, rollup, writeCsv } from '../../../src/index.js';
import { checkReport, processFile, type ProcessSettings, type TaskFiles } from '../../../src/cli/batch/process.js';
import { mediumOf } from '../../../src/cli/load.js';
import { renderHtml } from '../../../src/render/index.js';
import type { Answers, Reply, Request } from './protocol.js';

let pdfWorkerCode: Promise<unknown> | undefined;

/** pdf.js runs its parser in this thread when it finds its worker code as `globalThis.pdfjsWorker`. */
async function preparePdf(): Promise<void> {
  pdfWorkerCode ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((code) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = code;
  });
  await pdfWorkerCode;
}

/** The files are given as bytes: nothing is read from anywhere else. */
const NO_FILES: TaskFiles = {
  size: () => Promise.reject(new Error('no file system in the browser')),
  readFile: () => Promise.reject(new Error('no file system in the browser')),
};

async function read(request: Extract<Request, { kind: 'read' }>): Promise<Answers['read']> {
  const { name, bytes, lang, pdf } = request;
  if (mediumOf(bytes, name) === 'pdf') await preparePdf();
  const settings: ProcessSettings = { lang, check: true, keep: true, maxBytes: bytes.byteLength, pdf };
  const result = await processFile({ index: 0, file: name, bytes }, settings, NO_FILES);
  const findings = [...result.readingFindings, ...result.checkFindings];
  return { result, html: result.report ? renderHtml(result.report, { fragment: true, findings }) : '' };
}

async function answer(request: Request): Promise<Answers[Request['kind']]> {
  switch (request.kind) {
    case 'read':
      return read(request);
    case 'check': {
      const { report, sourceMap, previous, reading, lang } = request;
      const findings = checkReport(report, sourceMap, { lang }, previous);
      return { findings, html: renderHtml(report, { fragment: true, findings: [...reading, ...findings] }) };
    }
    case 'export':
      return { csv: writeCsv(request.report), json: `${JSON.stringify(request.report, null, 2)}\n` };
    case 'docx': {
      // The Word writer is loaded for the first Word download only.
      const { renderDocx } = await import('../../../src/render/docx/index.js');
      return renderDocx(request.report);
    }
    case 'rollup':
      try {
        // Reports of both formats are added up on the cells they share.
        const comparable = new Set(request.reports.map((r) => r.format)).size > 1;
        const result = rollup(request.reports, { agency: request.agency }, { comparable, lang: request.lang });
        const html = renderHtml(result.report, { fragment: true, findings: result.findings });
        return { ok: true, report: result.report, findings: result.findings, html };
      } catch (err) {
        return { ok: false, problems: [(err as Error).message] };
      }
    case 'diff':
      return diffToText(diff(request.from, request.to), { lang: request.lang });
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
