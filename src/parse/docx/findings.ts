/**
 * The findings of the DOCX reader: what stops a file from being read as a DOCX. The rules
 * (`DOCX_RULES`) are in the findings layer.
 *
 * @module
 */
import { DOCX } from '../../findings/docx.js';
import type { Lang } from '../../findings/types.js';
import { findingWriter } from '../../findings/write.js';
import type { ParseFinding } from '../rules.js';

const write = findingWriter(DOCX);

/**
 * A finding of the DOCX reader in the requested language.
 * @internal
 *
 * @example
 * ```ts
 * docxFinding('PARSE-DOCX-LEGACY', 'en').message; // 'The file is an old Word 97-2003 (.doc) document, …'
 * ```
 */
export function docxFinding(code: (typeof DOCX)[number]['code'], lang: Lang, detail = ''): ParseFinding {
  return write([{ code, params: { detail } }], { lang })[0] as ParseFinding;
}
