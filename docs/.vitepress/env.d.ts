// pdf.js's worker code, imported by the checker's worker to run pdf.js in that thread; it ships no types.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
