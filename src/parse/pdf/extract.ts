/**
 * PDF bytes to layout blocks, with the findings that concern the file itself (no text layer,
 * encrypted, damaged, over the limits).
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import type { LayoutBlock } from '../layout.js';
import type { ParseFinding } from '../rules.js';
import { assembleLayout } from './assemble.js';
import { damagedStreams } from './integrity.js';
import { pdfFinding } from './findings.js';
import { pagesReaching } from './objects.js';
import type { PageDamage, PdfPageContent } from './geometry.js';
import { DEFAULT_TIMEOUT_MS, PdfReadFailure, readPdfPages, type PdfLoadOptions } from './pdfjs.js';

/**
 * Options of {@link extractPdfLayout}: pdf.js resources and limits, and the message language.
 *
 * @example
 * ```ts
 * await extractPdfLayout(bytes, { lang: 'en', timeoutMs: 5000 });
 * ```
 */
export interface ExtractPdfOptions extends PdfLoadOptions {
  lang?: Lang;
}

/**
 * The layout of a PDF and what stood in the way of reading it.
 *
 * @example
 * ```ts
 * const { blocks, findings, timing } = await extractPdfLayout(bytes);
 * timing.geometry; // milliseconds outside pdf.js
 * ```
 */
export interface PdfLayout {
  blocks: LayoutBlock[];
  findings: ParseFinding[];
  /** Damaged pages, whose text may be incomplete (see `PARSE-PDF-PAGE-DAMAGED`). */
  damagedPages: { page: number; damage: PageDamage }[];
  /** Milliseconds spent in pdf.js and in the geometry that rebuilds lines and tables. */
  timing: { pdfjs: number; geometry: number };
}

const FAILURE_CODES = {
  encrypted: 'PARSE-PDF-ENCRYPTED',
  invalid: 'PARSE-PDF-INVALID',
  'too-large': 'PARSE-PDF-TOO-LARGE',
  timeout: 'PARSE-PDF-TIMEOUT',
} as const;

/** Characters a font without a Unicode mapping decodes to: private use and replacement. */
const UNDECODED = /[\uE000-\uF8FF\uFFFD]/g;

/** The findings about the text layer as a whole: none at all, or not decodable. */
function textLayerFindings(pages: readonly PdfPageContent[], lang: Lang): ParseFinding[] {
  const text = pages.flatMap((p) => p.pieces.map((t) => t.text)).join('');
  if (text.length === 0) return [pdfFinding('PARSE-PDF-NO-TEXT', lang)];
  const undecoded = text.match(UNDECODED)?.length ?? 0;
  if (undecoded > text.length * 0.3) return [pdfFinding('PARSE-PDF-GARBLED', lang)];
  return pages
    .filter((p) => p.pieces.length === 0)
    .map((p) => pdfFinding('PARSE-PDF-PAGE-NO-TEXT', lang, String(p.page), { page: p.page }));
}

/**
 * The damaged pages: those pdf.js found damaged, and those that use data failing its checksum
 * (`withData`), which may show other text than was written (read like damaged content).
 */
function damagedPagesOf(pages: readonly PdfPageContent[], withData: readonly number[]): PdfLayout['damagedPages'] {
  const data = new Set(withData);
  return pages.flatMap((p) => {
    const damage = p.damage === 'content' ? 'content' : data.has(p.page) ? 'data' : p.damage;
    return damage ? [{ page: p.page, damage }] : [];
  });
}

/**
 * Reads a PDF into layout blocks: paragraphs and table rows rebuilt from the positions of the
 * text and the drawn ruling lines. Never throws for a bad file: an encrypted, damaged, truncated,
 * oversized or scanned PDF gives no blocks and a finding saying why. Throws only when pdf.js is
 * not installed ({@link PdfSupportMissingError}).
 *
 * @example
 * ```ts
 * const { blocks, findings } = await extractPdfLayout(bytes);
 * ```
 */
export async function extractPdfLayout(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<PdfLayout> {
  const lang = options.lang ?? 'zh';
  const start = performance.now();
  // One time limit for the whole reading: pdf.js, then rebuilding lines and tables.
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let pages: PdfPageContent[] = [];
  let read = start;
  const failed = (err: unknown): PdfLayout => {
    if (!(err instanceof PdfReadFailure)) throw err;
    const now = performance.now();
    return {
      blocks: [],
      findings: [pdfFinding(FAILURE_CODES[err.reason], lang, err.message)],
      damagedPages: [],
      timing: { pdfjs: (pages.length ? read : now) - start, geometry: pages.length ? now - read : 0 },
    };
  };
  try {
    pages = await readPdfPages(bytes, options, deadline);
  } catch (err) {
    return failed(err);
  }
  read = performance.now();
  const findings = textLayerFindings(pages, lang);
  if (findings.some((f) => f.severity === 'error'))
    return {
      blocks: [],
      findings,
      damagedPages: damagedPagesOf(pages, []),
      timing: { pdfjs: read - start, geometry: 0 },
    };
  // A file whose compressed data was changed is read all the same, and said to be damaged: what
  // it shows may differ from what was written. The pages that use the changed data are named.
  const damagedParts = damagedStreams(bytes);
  if (damagedParts.length > 0) findings.unshift(pdfFinding('PARSE-PDF-DAMAGED', lang, String(damagedParts.length)));
  const damagedPages = damagedPagesOf(pages, damagedParts.length > 0 ? pagesReaching(bytes, pages, damagedParts) : []);
  try {
    const blocks = assembleLayout(pages, deadline);
    return { blocks, findings, damagedPages, timing: { pdfjs: read - start, geometry: performance.now() - read } };
  } catch (err) {
    return failed(err);
  }
}
