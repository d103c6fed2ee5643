/** Types of bench/pdfjs-alone.mjs (a plain JavaScript module, so that worker threads can run it). */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export declare function loadPdfJs(): Promise<PdfJs>;
export declare function textContentOnly(pdfjs: PdfJs, bytes: Uint8Array): Promise<void>;
