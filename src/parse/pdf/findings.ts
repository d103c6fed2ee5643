/**
 * The finding codes of the PDF reader: what stops a PDF from being read, found before the report
 * reader sees any text. Each code has its page in `docs/rules/` (`docs/rules/CODE.md`).
 *
 * @module
 */
import type { Lang } from '../../check/finding.js';
import { rule, type RuleInfo } from '../../check/rules.js';
import type { Bilingual } from '../../format/grid.js';
import type { SourceLoc } from '../layout.js';
import type { ParseFinding } from '../rules.js';

/**
 * Every finding code of the PDF reader.
 *
 * @example
 * ```ts
 * PDF_RULES.map((r) => r.code); // ['PARSE-PDF-NO-TEXT', …]
 * ```
 */
export const PDF_RULES: readonly RuleInfo[] = [
  rule(
    'PARSE-PDF-NO-TEXT',
    'error',
    'PDF 没有文字层（扫描件），需先做文字识别（OCR）',
    'The PDF has no text layer (a scan); it needs OCR first',
  ),
  rule(
    'PARSE-PDF-PAGE-NO-TEXT',
    'warning',
    'PDF 某页没有文字层，该页内容未读取',
    'A page of the PDF has no text layer; its content was not read',
  ),
  rule(
    'PARSE-PDF-GARBLED',
    'error',
    'PDF 文字层无法解码为文字（字体缺少编码映射）',
    'The text layer of the PDF does not decode to text (fonts without a Unicode mapping)',
  ),
  rule(
    'PARSE-PDF-ENCRYPTED',
    'error',
    'PDF 设有打开密码，无法读取',
    'The PDF is protected by a password and cannot be read',
  ),
  rule(
    'PARSE-PDF-INVALID',
    'error',
    '文件不是有效的 PDF 或已损坏、不完整',
    'The file is not a valid PDF, or it is damaged or truncated',
  ),
  rule(
    'PARSE-PDF-TOO-LARGE',
    'error',
    'PDF 超出读取限制（文件大小或页数）',
    'The PDF exceeds the reading limits (file size or page count)',
  ),
  rule('PARSE-PDF-TIMEOUT', 'error', 'PDF 未能在时限内读取完毕', 'The PDF could not be read within the time limit'),
];

const SEVERITY = new Map(PDF_RULES.map((r) => [r.code, r.severity]));

const MESSAGES: Record<string, (detail: string) => Bilingual> = {
  'PARSE-PDF-NO-TEXT': () => ({
    zh: 'PDF 中没有可读取的文字（可能是扫描件），需先做文字识别（OCR）后才能读取；未猜测任何数值',
    en: 'The PDF contains no readable text (probably a scan); it cannot be read without OCR, and no value was guessed',
  }),
  'PARSE-PDF-PAGE-NO-TEXT': (d) => ({
    zh: `第 ${d} 页没有文字层（可能是扫描图像），该页内容未读取`,
    en: `Page ${d} has no text layer (probably a scanned image); its content was not read`,
  }),
  'PARSE-PDF-GARBLED': () => ({
    zh: 'PDF 的文字层无法解码为文字（字体缺少 Unicode 编码映射），需先做文字识别（OCR）',
    en: 'The text layer of the PDF does not decode to text (its fonts lack a Unicode mapping); it needs OCR',
  }),
  'PARSE-PDF-ENCRYPTED': () => ({
    zh: 'PDF 设有打开密码，无法读取',
    en: 'The PDF is protected by a password and cannot be read',
  }),
  'PARSE-PDF-INVALID': (d) => ({
    zh: `文件不是有效的 PDF，或已损坏、不完整：${d}`,
    en: `The file is not a valid PDF, or it is damaged or truncated: ${d}`,
  }),
  'PARSE-PDF-TOO-LARGE': (d) => ({ zh: `PDF 超出读取限制：${d}`, en: `The PDF exceeds the reading limits: ${d}` }),
  'PARSE-PDF-TIMEOUT': (d) => ({
    zh: `PDF 未能在时限内读取完毕（${d}）`,
    en: `The PDF could not be read within the time limit (${d})`,
  }),
};

/**
 * A finding of the PDF reader in the requested language.
 * @internal
 *
 * @example
 * ```ts
 * pdfFinding('PARSE-PDF-NO-TEXT', 'en'); // { code: 'PARSE-PDF-NO-TEXT', severity: 'error', message: 'The PDF contains no readable text …' }
 * ```
 */
export function pdfFinding(code: string, lang: Lang, detail = '', loc?: SourceLoc): ParseFinding {
  const template = MESSAGES[code];
  const finding: ParseFinding = {
    code,
    severity: SEVERITY.get(code) ?? 'error',
    message: template ? template(detail)[lang] : code,
  };
  if (loc) finding.loc = loc;
  return finding;
}
