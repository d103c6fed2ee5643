/**
 * `zfxxgk/pdf`: reads a report published as a PDF with a text layer. Tables are rebuilt from the
 * drawn ruling lines and the positions of the text (merged label cells, labels wrapped over lines,
 * tables continued across pages), then read like every other medium.
 *
 * pdf.js (`pdfjs-dist` 5) is an optional peer dependency, loaded only when a PDF is read:
 * `npm install pdfjs-dist`.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { parsePdf } from 'zfxxgk/pdf';
 * const { report, findings } = await parsePdf(await readFile('report.pdf'));
 * ```
 *
 * @module zfxxgk/pdf
 */
import type { RuleSetting } from '../../findings/types.js';
import { readLayout, type ParseResult, type ReadOptions } from '../read-layout.js';
import type { ParseFinding } from '../rules.js';
import { extractPdfLayout, type ExtractPdfOptions } from './extract.js';
import { withDamagedPages } from './damage.js';

export { extractPdfLayout, type ExtractPdfOptions, type PdfLayout } from './extract.js';
export { PDF_RULES } from '../../findings/pdf.js';
export { PdfSupportMissingError, type PdfLoadOptions } from './pdfjs.js';

/**
 * Options of {@link parsePdf}: those of every reader, plus pdf.js resources and limits.
 *
 * @example
 * ```ts
 * await parsePdf(bytes, { lang: 'en', rules: { 'PARSE-PDF-PAGE-NO-TEXT': 'off' }, timeoutMs: 5000 });
 * ```
 */
export interface ParsePdfOptions extends ReadOptions, ExtractPdfOptions {}

/** Applies the `rules` overrides (severity or `'off'`) to the findings about the file. */
function applyRules(
  findings: readonly ParseFinding[],
  rules: Readonly<Record<string, RuleSetting>> | undefined,
): ParseFinding[] {
  const out: ParseFinding[] = [];
  for (const f of findings) {
    const setting = rules?.[f.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

/**
 * Reads a PDF report into the typed model, with the same result as `parse`: the report (or
 * `null`), every finding (cells not read with certainty, rows not found, and what stood in the way
 * of reading the file: no text layer, password, damage, limits), and where each cell was read
 * (page and position). Nothing is guessed: a scanned PDF gives `PARSE-PDF-NO-TEXT` and no report.
 *
 * Throws {@link PdfSupportMissingError} only when `pdfjs-dist` is not installed.
 *
 * @example
 * ```ts
 * const { report, findings, sourceMap } = await parsePdf(bytes, { lang: 'en' });
 * sourceMap.cells['3/received/total']; // { page: 4, x: 496.3, y: 370.7, table: 1, row: 3, cell: 9 }
 * ```
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<ParseResult> {
  const { blocks, findings, damagedPages } = await extractPdfLayout(bytes, options);
  const own = applyRules(findings, options.rules);
  // A file that could not be read says why; one read without finding anything to read is not a report.
  if (blocks.length === 0 && findings.some((f) => f.severity === 'error'))
    return { report: null, findings: own, sourceMap: { cells: {}, sections: {}, meta: {} } };
  const result = withDamagedPages(readLayout(blocks, options), damagedPages, options);
  return { ...result, findings: [...own, ...result.findings] };
}
