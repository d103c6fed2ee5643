/** The checker page's words, in both languages of the site. */
import type { Severity } from '../../../src/index.js';
import type { SourceLoc } from '../../../src/parse/index.js';

export type Lang = 'zh' | 'en';

const zh = {
  drop: '把年度报告文件拖到这里，或',
  pick: '选择文件',
  kinds: '支持 PDF、Word（.docx）、网页（.html）、文本（.txt）、长表 CSV 和 JSON。',
  private: '文件只在您的浏览器中读取和检查，不会上传到任何地方。',
  paste: '或者粘贴报告的文字',
  pastePlaceholder: '把从网页或 Word 复制的报告全文粘贴到这里',
  checkPasted: '检查粘贴的文字',
  pastedName: '粘贴的文字',
  reading: '正在读取…',
  remove: '移除',
  role: '用作',
  roles: { report: '本年度报告', previous: '上一年度报告（跨年度检查）' },
  failed: '无法读取这个文件',
  unsupported: '不支持这种文件',
  crashed: '检查时出错',
  ms: (ms: number) => `读取用时 ${(ms / 1000).toFixed(2)} 秒`,
  summary: (e: number, w: number, i: number) => `错误 ${e} 项，警告 ${w} 项，提示 ${i} 项`,
  noFindings: '没有发现问题。',
  readingFindings: '读取时发现的问题',
  checkFindings: '检查结果',
  crossYear: (year: number) => `已与 ${year} 年度报告做跨年度检查。`,
  noMatch: (year: number) => `没有 ${year + 1} 年度的报告可与这份 ${year} 年度报告做跨年度检查。`,
  download: '下载',
  formats: { csv: '长表 CSV', json: 'JSON', docx: 'Word' },
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  place: (table?: string, group?: string, row?: string, column?: string) =>
    [table && `表${'一二三四'[Number(table) - 1]}`, group, row, column].filter(Boolean).join(' · '),
  // A place in a PDF by its page; in a table (HTML, DOCX) by table, row and cell; in text by line.
  loc: (loc: SourceLoc) =>
    loc.page !== undefined
      ? `第 ${loc.page} 页`
      : loc.table !== undefined
        ? `第 ${loc.table + 1} 个表格第 ${(loc.row ?? 0) + 1} 行第 ${(loc.cell ?? 0) + 1} 格`
        : loc.line !== undefined
          ? `第 ${loc.line} 行${loc.column !== undefined ? `第 ${loc.column} 列` : ''}`
          : '',
  show: '定位',
  andMore: (first: string, more: number) => `${first}等 ${more + 1} 处`,
  several: '多份报告',
  rollup: '汇总',
  rollupAgency: '汇总后的机关名称',
  rollupDefault: '本级政府（汇总）',
  rollupRun: (n: number) => `汇总 ${n} 份报告`,
  rollupTitle: '汇总结果',
  compare: '比对',
  compareRun: '比对这两份报告',
  compareTitle: '比对结果',
  from: '从',
  to: '到',
  meta: (agency: string, year: number, format: string) =>
    `${agency || '（未读出机关名称）'} · ${year} 年度 · ${format} 年版格式`,
};

const en: typeof zh = {
  drop: 'Drop annual report files here, or',
  pick: 'choose files',
  kinds: 'PDF, Word (.docx), web pages (.html), text (.txt), the interchange CSV and JSON.',
  private: 'Files are read and checked in your browser only; nothing is uploaded anywhere.',
  paste: 'Or paste the text of a report',
  pastePlaceholder: 'Paste the whole report as copied from a web page or from Word',
  checkPasted: 'Check the pasted text',
  pastedName: 'pasted text',
  reading: 'Reading…',
  remove: 'Remove',
  role: 'Use as',
  roles: { report: 'this year’s report', previous: 'last year’s report (cross-year checks)' },
  failed: 'This file could not be read',
  unsupported: 'This kind of file is not supported',
  crashed: 'The check failed',
  ms: (ms: number) => `read in ${(ms / 1000).toFixed(2)} s`,
  summary: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} info`,
  noFindings: 'Nothing found.',
  readingFindings: 'Found while reading',
  checkFindings: 'Checks',
  crossYear: (year: number) => `Checked across years against the report on ${year}.`,
  noMatch: (year: number) => `No report on ${year + 1} to check across years against this report on ${year}.`,
  download: 'Download',
  formats: { csv: 'CSV', json: 'JSON', docx: 'Word' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  place: (table?: string, group?: string, row?: string, column?: string) =>
    [table && `table ${table}`, group, row, column].filter(Boolean).join(' · '),
  loc: (loc: SourceLoc) =>
    loc.page !== undefined
      ? `page ${loc.page}`
      : loc.table !== undefined
        ? `table ${loc.table + 1}, row ${(loc.row ?? 0) + 1}, cell ${(loc.cell ?? 0) + 1}`
        : loc.line !== undefined
          ? `line ${loc.line}${loc.column !== undefined ? `, column ${loc.column}` : ''}`
          : '',
  show: 'show',
  andMore: (first: string, more: number) => `${first} and ${more} more`,
  several: 'Several reports',
  rollup: 'Roll up',
  rollupAgency: 'Body the total is for',
  rollupDefault: 'Government (total)',
  rollupRun: (n: number) => `Roll up ${n} reports`,
  rollupTitle: 'The total',
  compare: 'Compare',
  compareRun: 'Compare these two reports',
  compareTitle: 'Differences',
  from: 'from',
  to: 'to',
  meta: (agency: string, year: number, format: string) => `${agency || '(no body read)'} · ${year} · ${format} format`,
};

export const TEXT = { zh, en };
export type Text = typeof zh;
