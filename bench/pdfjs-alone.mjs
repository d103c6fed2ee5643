/**
 * pdf.js alone: open a PDF as `parsePdf` does and extract the text of every page
 * (`getTextContent`), the least any reading of a PDF's text with pdf.js costs. The baseline of
 * bench/pdf.bench.ts (in its own thread), and of bench/batch.bench.ts as worker threads: how much
 * faster pdf.js's own work gets from a second thread on this machine bounds what any pool of PDF
 * readers built on it can gain.
 *
 * A plain JavaScript module so that a worker thread can run it without a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

const pdfjsDir = new URL('../node_modules/pdfjs-dist/', import.meta.url).pathname;

/** pdf.js's module, loaded once. */
export const loadPdfJs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Extracts the text of every page of `bytes` with pdf.js and nothing else.
 * @param {Awaited<ReturnType<typeof loadPdfJs>>} pdfjs
 * @param {Uint8Array} bytes
 */
export async function textContentOnly(pdfjs, bytes) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${pdfjsDir}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjsDir}standard_fonts/`,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  await Promise.all(
    Array.from({ length: doc.numPages }, async (_, i) => {
      const page = await doc.getPage(i + 1);
      await page.getTextContent();
      page.cleanup();
    }),
  );
  await task.destroy();
}

// As a worker thread (bench/batch.bench.ts): read each file of `workerData.files` in turn, as a
// job of the command line does, then say so.
if (!isMainThread && workerData?.pdfjsAlone) {
  const pdfjs = await loadPdfJs();
  for (const file of workerData.files) await textContentOnly(pdfjs, readFileSync(file));
  parentPort?.postMessage('done');
}
