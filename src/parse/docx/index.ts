/**
 * `zfxxgk/docx`: reads a report published as a Word document (DOCX, from Word or WPS). Paragraphs
 * and tables come straight from `word/document.xml`, merged cells expanded to the table grid,
 * then read like every other medium. Needs no optional dependency.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { parseDocx } from 'zfxxgk/docx';
 * const { report, findings } = parseDocx(await readFile('report.docx'));
 * ```
 *
 * @module zfxxgk/docx
 */
import { readLayout, type ParseResult, type ReadOptions } from '../read-layout.js';
import { extractDocxLayout, type ExtractDocxOptions } from './extract.js';

export { extractDocxLayout, type DocxLayout, type ExtractDocxOptions } from './extract.js';
export { DOCX_RULES } from '../../findings/docx.js';

/**
 * Options of {@link parseDocx}: those of every reader, plus size limits.
 *
 * @example
 * ```ts
 * parseDocx(bytes, { lang: 'en', maxXmlBytes: 8 * 1024 * 1024 });
 * ```
 */
export interface ParseDocxOptions extends ReadOptions, ExtractDocxOptions {}

/**
 * Reads a DOCX report into the typed model, with the same result as `parse`: the report (or
 * `null`), every finding, and where each cell was read (table, row and cell, and the line and
 * column in `word/document.xml`). A damaged, truncated, encrypted or oversized file (a zip bomb
 * included) gives a finding and no report, never an exception.
 *
 * @example
 * ```ts
 * const { report, findings } = parseDocx(bytes, { lang: 'en' });
 * report?.table3.received.total;
 * ```
 */
export function parseDocx(bytes: Uint8Array, options: ParseDocxOptions = {}): ParseResult {
  const { blocks, findings } = extractDocxLayout(bytes, options);
  const own = findings.flatMap((f) => {
    const setting = options.rules?.[f.code];
    if (setting === 'off') return [];
    return [setting ? { ...f, severity: setting } : f];
  });
  if (blocks.length === 0 && own.length > 0)
    return { report: null, findings: own, sourceMap: { cells: {}, sections: {}, meta: {} } };
  const result = readLayout(blocks, options);
  return { ...result, findings: [...own, ...result.findings] };
}
