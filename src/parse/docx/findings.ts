/**
 * The finding codes of the DOCX reader: what stops a file from being read as a DOCX. Each code
 * has its page in `docs/rules/` (`docs/rules/CODE.md`).
 *
 * @module
 */
import type { Lang } from '../../check/finding.js';
import { rule, type RuleInfo } from '../../check/rules.js';
import type { Bilingual } from '../../format/grid.js';
import type { ParseFinding } from '../rules.js';

/**
 * Every finding code of the DOCX reader.
 *
 * @example
 * ```ts
 * DOCX_RULES.map((r) => r.code); // ['PARSE-DOCX-INVALID', …]
 * ```
 */
export const DOCX_RULES: readonly RuleInfo[] = [
  rule(
    'PARSE-DOCX-INVALID',
    'error',
    '文件不是有效的 DOCX，或已损坏、不完整',
    'The file is not a valid DOCX, or it is damaged or truncated',
  ),
  rule(
    'PARSE-DOCX-LEGACY',
    'error',
    '文件是旧版 Word 97-2003（.doc）文档，需另存为 .docx',
    'The file is an old Word 97-2003 (.doc) document; save it as .docx',
  ),
  rule(
    'PARSE-DOCX-ENCRYPTED',
    'error',
    'DOCX 设有打开密码，无法读取',
    'The DOCX is protected by a password and cannot be read',
  ),
  rule(
    'PARSE-DOCX-TOO-LARGE',
    'error',
    'DOCX 解压后超出大小限制（可能是压缩炸弹）',
    'The DOCX inflates beyond the size limit (possibly a zip bomb)',
  ),
];

const SEVERITY = new Map(DOCX_RULES.map((r) => [r.code, r.severity]));

const MESSAGES: Record<string, (detail: string) => Bilingual> = {
  'PARSE-DOCX-INVALID': (d) => ({
    zh: `文件不是有效的 DOCX，或已损坏、不完整：${d}`,
    en: `The file is not a valid DOCX, or it is damaged or truncated: ${d}`,
  }),
  'PARSE-DOCX-LEGACY': () => ({
    zh: '文件是旧版 Word 97-2003（.doc）文档，不是 DOCX；请另存为 .docx 后再读取',
    en: 'The file is an old Word 97-2003 (.doc) document, not a DOCX; save it as .docx and read that',
  }),
  'PARSE-DOCX-ENCRYPTED': () => ({
    zh: 'DOCX 设有打开密码，无法读取',
    en: 'The DOCX is protected by a password and cannot be read',
  }),
  'PARSE-DOCX-TOO-LARGE': (d) => ({
    zh: `DOCX 超出大小限制，未读取：${d}`,
    en: `The DOCX exceeds the size limit and was not read: ${d}`,
  }),
};

/**
 * A finding of the DOCX reader in the requested language.
 * @internal
 *
 * @example
 * ```ts
 * docxFinding('PARSE-DOCX-LEGACY', 'en').message; // 'The file is an old Word 97-2003 (.doc) document, …'
 * ```
 */
export function docxFinding(code: string, lang: Lang, detail = ''): ParseFinding {
  const template = MESSAGES[code];
  return { code, severity: SEVERITY.get(code) ?? 'error', message: template ? template(detail)[lang] : code };
}
