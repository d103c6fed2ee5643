/**
 * The rules of the DOCX reader: what stops a file from being read as a DOCX. The `detail`
 * parameter is what the reader knows of the cause.
 *
 * @module
 */
import { defineRules, registry, type RuleInfo } from './define.js';

/**
 * Every rule of the DOCX reader, in the order `DOCX_RULES` lists them.
 *
 * @example
 * ```ts
 * DOCX.map((r) => r.code); // ['PARSE-DOCX-INVALID', …]
 * ```
 */
export const DOCX = /* @__PURE__ */ defineRules('docx', {
  'PARSE-DOCX-INVALID': {
    severity: 'error',
    title: {
      zh: '文件不是有效的 DOCX，或已损坏、不完整',
      en: 'The file is not a valid DOCX, or it is damaged or truncated',
    },
    message: (p) => ({
      zh: `文件不是有效的 DOCX，或已损坏、不完整：${p.detail}`,
      en: `The file is not a valid DOCX, or it is damaged or truncated: ${p.detail}`,
    }),
  },
  'PARSE-DOCX-LEGACY': {
    severity: 'error',
    title: {
      zh: '文件是旧版 Word 97-2003（.doc）文档，需另存为 .docx',
      en: 'The file is an old Word 97-2003 (.doc) document; save it as .docx',
    },
    message: () => ({
      zh: '文件是旧版 Word 97-2003（.doc）文档，不是 DOCX；请另存为 .docx 后再读取',
      en: 'The file is an old Word 97-2003 (.doc) document, not a DOCX; save it as .docx and read that',
    }),
  },
  'PARSE-DOCX-ENCRYPTED': {
    severity: 'error',
    title: { zh: 'DOCX 设有打开密码，无法读取', en: 'The DOCX is protected by a password and cannot be read' },
    message: () => ({
      zh: 'DOCX 设有打开密码，无法读取',
      en: 'The DOCX is protected by a password and cannot be read',
    }),
  },
  'PARSE-DOCX-TOO-LARGE': {
    severity: 'error',
    title: {
      zh: 'DOCX 超出读取限制（解压后大小、表格嵌套或合并单元格，可能是压缩炸弹）',
      en: 'The DOCX exceeds the reading limits (inflated size, table nesting or merged cells; possibly a zip bomb)',
    },
    message: (p) => ({
      zh: `DOCX 超出读取限制，未读取：${p.detail}`,
      en: `The DOCX exceeds the reading limits and was not read: ${p.detail}`,
    }),
  },
});

/**
 * Every finding code of the DOCX reader.
 *
 * @example
 * ```ts
 * DOCX_RULES.map((r) => r.code); // ['PARSE-DOCX-INVALID', …]
 * ```
 */
export const DOCX_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(DOCX);
