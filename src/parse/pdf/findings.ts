/**
 * The findings of the PDF reader: what stops a PDF from being read, found before the report
 * reader sees any text. The rules (`PDF_RULES`) are in the findings layer.
 *
 * @module
 */
import { PDF } from '../../findings/pdf.js';
import type { Lang } from '../../findings/types.js';
import { findingWriter } from '../../findings/write.js';
import type { SourceLoc } from '../layout.js';
import type { ParseFinding } from '../rules.js';

const write = findingWriter(PDF);

/**
 * A finding of the PDF reader in the requested language.
 * @internal
 *
 * @example
 * ```ts
 * pdfFinding('PARSE-PDF-NO-TEXT', 'en'); // { code: 'PARSE-PDF-NO-TEXT', severity: 'error', message: 'The PDF contains no readable text …' }
 * ```
 */
export function pdfFinding(code: (typeof PDF)[number]['code'], lang: Lang, detail = '', loc?: SourceLoc): ParseFinding {
  return write([{ code, params: { detail }, loc }], { lang })[0] as ParseFinding;
}
