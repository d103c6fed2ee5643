/**
 * The rules of the PDF reader: what stops a PDF from being read, found before the report reader
 * sees any text. The `detail` parameter is what the reader knows of the cause.
 *
 * @module
 */
import { defineRules, registry, type RuleInfo } from './define.js';

/**
 * Every rule of the PDF reader, in the order `PDF_RULES` lists them.
 *
 * @example
 * ```ts
 * PDF.map((r) => r.code); // ['PARSE-PDF-NO-TEXT', …]
 * ```
 */
export const PDF = /* @__PURE__ */ defineRules('pdf', {
  'PARSE-PDF-NO-TEXT': {
    severity: 'error',
    title: {
      zh: 'PDF 没有文字层（扫描件），需先做文字识别（OCR）',
      en: 'The PDF has no text layer (a scan); it needs OCR first',
    },
    message: () => ({
      zh: 'PDF 中没有可读取的文字（可能是扫描件），需先做文字识别（OCR）后才能读取；未猜测任何数值',
      en: 'The PDF contains no readable text (probably a scan); it cannot be read without OCR, and no value was guessed',
    }),
  },
  'PARSE-PDF-PAGE-NO-TEXT': {
    severity: 'warning',
    title: {
      zh: 'PDF 某页没有文字层，该页内容未读取',
      en: 'A page of the PDF has no text layer; its content was not read',
    },
    message: (p) => ({
      zh: `第 ${p.detail} 页没有文字层（可能是扫描图像），该页内容未读取`,
      en: `Page ${p.detail} has no text layer (probably a scanned image); its content was not read`,
    }),
  },
  'PARSE-PDF-GARBLED': {
    severity: 'error',
    title: {
      zh: 'PDF 文字层无法解码为文字（字体缺少编码映射）',
      en: 'The text layer of the PDF does not decode to text (fonts without a Unicode mapping)',
    },
    message: () => ({
      zh: 'PDF 的文字层无法解码为文字（字体缺少 Unicode 编码映射），需先做文字识别（OCR）',
      en: 'The text layer of the PDF does not decode to text (its fonts lack a Unicode mapping); it needs OCR',
    }),
  },
  'PARSE-PDF-ENCRYPTED': {
    severity: 'error',
    title: { zh: 'PDF 设有打开密码，无法读取', en: 'The PDF is protected by a password and cannot be read' },
    message: () => ({
      zh: 'PDF 设有打开密码，无法读取',
      en: 'The PDF is protected by a password and cannot be read',
    }),
  },
  'PARSE-PDF-INVALID': {
    severity: 'error',
    title: {
      zh: '文件不是有效的 PDF 或已损坏、不完整',
      en: 'The file is not a valid PDF, or it is damaged or truncated',
    },
    message: (p) => ({
      zh: `文件不是有效的 PDF，或已损坏、不完整：${p.detail}`,
      en: `The file is not a valid PDF, or it is damaged or truncated: ${p.detail}`,
    }),
  },
  'PARSE-PDF-TOO-LARGE': {
    severity: 'error',
    title: {
      zh: 'PDF 超出读取限制（文件大小或页数）',
      en: 'The PDF exceeds the reading limits (file size or page count)',
    },
    message: (p) => ({ zh: `PDF 超出读取限制：${p.detail}`, en: `The PDF exceeds the reading limits: ${p.detail}` }),
  },
  'PARSE-PDF-DAMAGED': {
    severity: 'error',
    title: {
      zh: 'PDF 的压缩数据校验失败，文件已损坏，读到的数值可能有误',
      en: 'Compressed data of the PDF fails its checksum: the file is damaged, and figures read from it may be wrong',
    },
    message: (p) => ({
      zh: `PDF 中有 ${p.detail} 处压缩数据校验失败：文件在生成后被改动或已损坏，读到的文字和数值可能缺失或有误，请与完好的文件核对`,
      en: `${p.detail} compressed part(s) of the PDF fail their checksum: the file was changed or damaged after it was written, so text and figures read from it may be missing or wrong; check them against a good copy`,
    }),
  },
  'PARSE-PDF-PAGE-DAMAGED': {
    severity: 'error',
    title: {
      zh: 'PDF 某页已损坏（字体或内容无法读取，或所用数据校验失败），该页文字可能缺失或有误',
      en: 'A page of the PDF is damaged (a font or its content cannot be read, or data it uses fails its checksum); its text may be incomplete or wrong',
    },
    message: (p) => ({
      zh: `第 ${p.page} 页有字体无法读取（文件可能已损坏），用它写的文字都没有读到；该页读作空白的 ${p.count} 个单元格可能原有数值${p.cells ? `：${p.cells}` : ''}`,
      en: `A font of page ${p.page} could not be read (the file may be damaged), so the text set in it was not read; ${p.count} cell(s) read blank on that page may have held values${p.cells ? `: ${p.cells}` : ''}`,
    }),
    variants: {
      content: (p) => ({
        zh: `第 ${p.page} 页的内容已损坏，只能跳过损坏处读取，文字可能缺失或错乱；该页的 ${p.count} 个单元格均按未知处理${p.cells ? `（读到的值：${p.cells}）` : ''}`,
        en: `The content of page ${p.page} is damaged and could only be read past the damage, so text may be missing or garbled; its ${p.count} cell(s) are read as unknown${p.cells ? ` (as read: ${p.cells})` : ''}`,
      }),
      data: (p) => ({
        zh: `第 ${p.page} 页所用的压缩数据校验失败（文件在生成后被改动或已损坏），该页读到的文字和数值可能与原文不同；该页的 ${p.count} 个单元格均按未知处理${p.cells ? `（读到的值：${p.cells}）` : ''}`,
        en: `Compressed data that page ${p.page} uses fails its checksum (the file was changed or damaged after it was written), so text and figures read there may differ from what was written; its ${p.count} cell(s) are read as unknown${p.cells ? ` (as read: ${p.cells})` : ''}`,
      }),
    },
  },
  'PARSE-PDF-TIMEOUT': {
    severity: 'error',
    title: { zh: 'PDF 未能在时限内读取完毕', en: 'The PDF could not be read within the time limit' },
    message: (p) => ({
      zh: `PDF 未能在时限内读取完毕（${p.detail}）`,
      en: `The PDF could not be read within the time limit (${p.detail})`,
    }),
  },
});

/**
 * Every finding code of the PDF reader.
 *
 * @example
 * ```ts
 * PDF_RULES.map((r) => r.code); // ['PARSE-PDF-NO-TEXT', …]
 * ```
 */
export const PDF_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(PDF);
