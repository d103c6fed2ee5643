/**
 * The rules of the document readers (`parse`, `parseText`, `parseHtml`, `readLayout`): what a
 * reader could not read, or read through a variant.
 *
 * @module
 */
import { defineRules, registry, type RuleInfo } from './define.js';
import type { Bilingual, MessageParams } from './basics.js';
import type { PDF } from './pdf.js';

/** Where in the source a finding points, as its message says it: a line, or a table's row. */
const where = (p: MessageParams): Bilingual =>
  p.line !== undefined
    ? { zh: `（第 ${p.line} 行）`, en: ` (line ${p.line})` }
    : p.tableIndex !== undefined
      ? {
          zh: `（第 ${Number(p.tableIndex) + 1} 个表格第 ${Number(p.gridRow) + 1} 行）`,
          en: ` (table ${Number(p.tableIndex) + 1}, row ${Number(p.gridRow) + 1})`,
        }
      : { zh: '', en: '' };

/** Why a cell's text is not a value of its column, by the reason the cell reader gives. */
const INVALID_VALUE_REASONS: Readonly<Record<string, Bilingual>> = {
  'not-a-number': { zh: '不是数值', en: 'not a number' },
  separators: { zh: '千位分隔符位置不对', en: 'misplaced thousands separators' },
  unit: { zh: '单位与该列不符', en: 'a unit that does not fit the column' },
  negative: { zh: '该列不能为负数', en: 'negative in a column that cannot be' },
  fraction: { zh: '件数必须为整数', en: 'a count must be a whole number' },
  inexact: { zh: '位数超出数值能精确表示的范围', en: 'more digits than a number holds exactly' },
  stray: { zh: '数值之间夹有文字', en: 'words among the values' },
  mark: {
    zh: '含上标、圈码等脚注或序号字符，不是数值的一部分',
    en: 'a superscript, circled or other footnote or list mark, which is no part of a number',
  },
  spaces: { zh: '数字之间有空白，可能是两个数值', en: 'whitespace between digits, which may be two values' },
};

/**
 * Every rule of the readers, in the order `PARSE_RULES` lists them.
 *
 * @example
 * ```ts
 * READING.find((r) => r.code === 'PARSE-ROW-UNALIGNED')?.severity; // 'error'
 * ```
 */
export const READING = /* @__PURE__ */ defineRules('reading', {
  'PARSE-NOT-REPORT': {
    severity: 'error',
    title: {
      zh: '文档中找不到年度报告的标题、部分标题或表格',
      en: 'No title, section heading or table of an annual report was found',
    },
    message: () => ({
      zh: '文档中找不到年度报告的标题、部分标题或表格标签，未读取报告',
      en: 'No title, section heading or table label of an annual report was found; no report was read',
    }),
  },
  'PARSE-ENCODING-INVALID': {
    severity: 'warning',
    title: {
      zh: 'UTF-8 文档中有不是 UTF-8 的字节，已替换为 �',
      en: 'A UTF-8 document has bytes that are not UTF-8; they were read as �',
    },
    message: (p) => ({
      zh: `文档按 UTF-8 读取，其中 ${p.count} 处字节不是 UTF-8，已替换为 �（第一处在第 ${p.line} 行第 ${p.column} 列，字节偏移 ${p.offset}）；该处的文字或数值可能有误`,
      en: `The document was read as UTF-8, but ${p.count} byte sequence(s) are not UTF-8 and were read as � (the first at line ${p.line}, column ${p.column}, byte offset ${p.offset}); the text or value there may be damaged`,
    }),
  },
  'PARSE-FORMAT-UNKNOWN': {
    severity: 'warning',
    title: { zh: '无法从表格标签判断格式版本', en: 'The format version could not be told from the table labels' },
    message: (p) =>
      p.assumed
        ? {
            zh: `表格标签无法判断格式版本，按报告年度采用 ${p.assumed} 版格式`,
            en: `The table labels do not tell the format version; the ${p.assumed} format is assumed from the report year`,
          }
        : {
            zh: '表格标签和报告年度都无法判断格式版本，采用 2021 版格式',
            en: 'Neither the table labels nor the year tell the format version; the 2021 format is assumed',
          },
    variants: {
      conflict: (p) => ({
        zh: `表格中同时出现 2019 版（${p.n2019} 处）和 2021 版（${p.n2021} 处）的标签，采用 ${p.chosen} 版`,
        en: `Labels of both the 2019 (${p.n2019}) and the 2021 (${p.n2021}) format were found; the ${p.chosen} format is used`,
      }),
    },
  },
  'PARSE-META-MISSING': {
    severity: 'warning',
    title: {
      zh: '标题中找不到发布机关或报告年度',
      en: 'The issuing body or the report year was not found in the title',
    },
    message: (p) => ({
      zh: p.field === 'agency' ? '找不到发布机关名称' : '找不到报告年度',
      en: p.field === 'agency' ? 'The issuing body was not found' : 'The report year was not found',
    }),
    variants: {
      'year-from-text': (p) => ({
        zh: `标题中没有报告年度，按正文采用 ${p.year} 年`,
        en: `The title gives no report year; ${p.year} is taken from the text`,
      }),
    },
  },
  'PARSE-SECTION-MISSING': {
    severity: 'warning',
    title: { zh: '文档中找不到某一部分的标题', en: "A section's heading was not found in the document" },
    message: (p) => ({
      zh: `找不到「${p.heading}」部分的标题`,
      en: `The heading of section "${p.heading}" was not found`,
    }),
  },
  'PARSE-TABLE-MISSING': {
    severity: 'error',
    title: { zh: '文档中找不到某一表格', en: 'A table was not found in the document' },
    message: (p) => ({ zh: `找不到表${p.table}「${p.title}」`, en: `Table ${p.table} (${p.title}) was not found` }),
  },
  'PARSE-ROW-MISSING': {
    severity: 'error',
    title: { zh: '表格中找不到某一行', en: 'A row of a table was not found' },
    message: (p) => ({
      zh: `表${p.table}中找不到「${p.row}」行`,
      en: `Table ${p.table}: row "${p.row}" was not found`,
    }),
  },
  'PARSE-ROW-UNALIGNED': {
    severity: 'error',
    title: {
      zh: '某行的数值无法确定对应的列，整行按未知处理',
      en: "A row's values cannot be placed in their columns with certainty; the row is read as unknown",
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行：读到 ${p.found} 个数值（${p.values}），该行有 ${p.expected} 列，无法确定各值所在的列，整行按未知处理${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}": ${p.found} value(s) (${p.values}) for ${p.expected} columns cannot be placed with certainty; the row is read as unknown${where(p).en}`,
    }),
    variants: {
      truncated: (p) => ({
        zh: `表${p.table}「${p.row}」行在文档结尾处中断，只读到 ${p.found} 个数值，整行按未知处理${where(p).zh}`,
        en: `Table ${p.table}, row "${p.row}" is cut off by the end of the document after ${p.found} value(s); the row is read as unknown${where(p).en}`,
      }),
    },
  },
  'PARSE-ROW-EMPTY': {
    severity: 'info',
    title: {
      zh: '某行只有标签、没有印出任何单元格，按空白读取',
      en: 'A row is printed as its label alone, without cells; read as blank',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行只有标签，没有印出任何单元格，整行按空白读取；如原有数值，可能已丢失${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}" is printed as its label alone, without cells; the row is read as blank, and any values it had may have been lost${where(p).en}`,
    }),
  },
  'PARSE-ROW-DUPLICATE': {
    severity: 'warning',
    title: { zh: '同一行出现多次，只采用第一次', en: 'A row appears more than once; the first is kept' },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行再次出现，采用第一次读到的数值${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}" appears again; the first reading is kept${where(p).en}`,
    }),
  },
  'PARSE-ROW-EXTRA': {
    severity: 'info',
    title: { zh: '表格中有格式之外的行，已忽略', en: 'A table row that is not in the format was ignored' },
    message: (p) => ({
      zh: `表${p.table}中的「${p.label}」行不属于该格式，已忽略${where(p).zh}`,
      en: `Row "${p.label}" in table ${p.table} is not part of the format and was ignored${where(p).en}`,
    }),
    variants: {
      unlabelled: (p) => ({
        zh: `表${p.table}中有一行数值（${p.label}）前面没有行标签，无法确定所属单元格，已忽略${where(p).zh}`,
        en: `A row of values (${p.label}) in table ${p.table} has no row label, so no cell can be told for them; ignored${where(p).en}`,
      }),
    },
  },
  'PARSE-PAGE-FURNITURE': {
    severity: 'info',
    title: {
      zh: '报告结束后的网页内容（版权、链接、按钮等）未计入正文',
      en: "The page's content after the report (copyright, links, buttons) was left out of the text",
    },
    message: (p) => ({
      zh: `报告在「${p.heading}」部分的「${p.last}」处结束，其后 ${p.count} 行网页内容未计入正文：「${p.quote}」`,
      en: `The report ends in section "${p.heading}" at "${p.last}"; the ${p.count} line(s) of page content after it were left out of the text: "${p.quote}"`,
    }),
  },
  'PARSE-ROW-BY-ORDER': {
    severity: 'info',
    title: {
      zh: '一行数值的标签缺失，按官方行序确定为唯一可能的那一行',
      en: 'A row of values whose label was lost is read as the one row the official order leaves for it',
    },
    message: (p) => ({
      zh: `表${p.table}中一行数值（${p.values}）没有行标签；按官方行序，此处的数值只能属于「${p.row}」行，按该行读取${where(p).zh}`,
      en: `A row of values (${p.values}) in table ${p.table} has no row label; by the official order of the rows these values can only be row "${p.row}", and are read as that row${where(p).en}`,
    }),
  },
  'PARSE-VALUES-REORDERED': {
    severity: 'info',
    title: {
      zh: '数值未按列序印出，按唯一符合表格自身关系的放法读取',
      en: "Values printed out of their columns' order were put back the one way the table's own relations allow",
    },
    message: (p) => ({
      zh: `表${p.table}（${p.row}）的数值（${p.values}）未按列序印出；只有一种放法符合每组总计等于各项之和、组内按列序、表头所列各组的顺序，按此读取${where(p).zh}`,
      en: `The values of table ${p.table} (${p.row}), ${p.values}, are not printed in the order of its columns; exactly one placement keeps every group's 总计 equal to the sum of its parts, each group's values in column order and the groups in the order the header names them, and they are read so${where(p).en}`,
    }),
  },
  'PARSE-COLUMNS-BY-POSITION': {
    severity: 'info',
    title: {
      zh: '列标题不是官方列名（如“数据1”），数值按官方列序读取',
      en: 'Column headers name no column (such as 数据1); values were read in the official column order',
    },
    message: (p) => ({
      zh: `表${p.table}的列标题（${p.headers}）不是官方列名，无法据以核对各列；各行数值按官方格式的列序读取，列数不符的行另行报告${where(p).zh}`,
      en: `The column headers of table ${p.table} (${p.headers}) name none of its columns, so they cannot confirm them; each row's values were read in the official order of the columns, and rows whose count does not fit are reported${where(p).en}`,
    }),
  },
  'PARSE-DIGITS-SPLIT': {
    severity: 'info',
    title: {
      zh: '连在一起的数字按唯一符合勾稽关系的拆分读取',
      en: 'Digits printed with no separator were split the one way the arithmetic allows',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行的数值连成一串「${p.run}」，没有分隔；只有一种拆分（${p.split}）符合该行和表格的勾稽关系，按此读取${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}": its values are printed as one run of digits, "${p.run}"; exactly one split (${p.split}) keeps the row's and the table's relations, and it is read so${where(p).en}`,
    }),
  },
  'PARSE-DIGITS-AMBIGUOUS': {
    severity: 'error',
    title: {
      zh: '连在一起的数字无法确定如何拆分，该行按未知处理',
      en: 'Digits printed with no separator cannot be split with certainty; the row is read as unknown',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行的数值连成一串「${p.run}」，没有分隔；有 ${p.count} 种拆分都符合该行和表格的勾稽关系（${p.splits}），无法确定，该行按未知处理${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}": its values are printed as one run of digits, "${p.run}"; ${p.count} splits keep the row's and the table's relations (${p.splits}), so the row is read as unknown${where(p).en}`,
    }),
    variants: {
      none: (p) => ({
        zh: `表${p.table}「${p.row}」行的数值连成一串「${p.run}」，没有分隔；没有一种拆分同时符合该行和表格的勾稽关系${p.splits ? `（符合该行的：${p.splits}）` : ''}，该行按未知处理${where(p).zh}`,
        en: `Table ${p.table}, row "${p.row}": its values are printed as one run of digits, "${p.run}"; no split keeps both the row's and the table's relations${p.splits ? ` (those keeping the row's: ${p.splits})` : ''}, so the row is read as unknown${where(p).en}`,
      }),
      many: (p) => ({
        zh: `表${p.table}「${p.row}」行的数值连成一串「${p.run}」，没有分隔；可能的拆分太多，无法逐一核对，该行按未知处理${where(p).zh}`,
        en: `Table ${p.table}, row "${p.row}": its values are printed as one run of digits, "${p.run}"; there are too many ways to split it to try, so the row is read as unknown${where(p).en}`,
      }),
    },
  },
  'PARSE-LABEL-VARIANT': {
    severity: 'info',
    title: {
      zh: '标签与官方写法不同，已按官方标签读取',
      en: 'A label differs from the official wording and was read as the official label',
    },
    message: (p) => ({
      zh: `「${p.printed}」按「${p.official}」读取${where(p).zh}`,
      en: `"${p.printed}" was read as "${p.official}"${where(p).en}`,
    }),
  },
  'PARSE-CELL-MARKER': {
    severity: 'info',
    title: {
      zh: '单元格中的符号（/、-、—、无）按空白读取',
      en: 'A marker in a cell (/, -, —, 无) was read as blank',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列为「${p.marker}」，按空白读取${where(p).zh}`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" holds "${p.marker}", read as blank${where(p).en}`,
    }),
  },
  'PARSE-VALUE-INVALID': {
    severity: 'error',
    title: {
      zh: '单元格内容不是该列允许的数值，按未知处理',
      en: 'A cell holds something that is not a valid value for its column; read as unknown',
    },
    message: (p) => {
      const why = INVALID_VALUE_REASONS[String(p.reason)] ?? { zh: '', en: '' };
      return {
        zh: `表${p.table}「${p.row}」行「${p.column}」列的「${p.text}」无效（${why.zh}），按未知处理${where(p).zh}`,
        en: `Table ${p.table}, row "${p.row}", column "${p.column}": "${p.text}" is invalid (${why.en}); read as unknown${where(p).en}`,
      };
    },
  },
});

/**
 * Every finding code of the readers (`parse`, `parseText`, `parseHtml`, `readLayout`).
 *
 * @example
 * ```ts
 * PARSE_RULES.find((r) => r.code === 'PARSE-ROW-UNALIGNED')?.severity; // 'error'
 * ```
 */
export const PARSE_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(READING);

/**
 * The reading rules whose findings name cells the reader could not read (and left blank): a table
 * or a row not found, a row whose values could not be placed, a cell whose text is not a value, a
 * damaged PDF page. A row printed as its label alone (PARSE-ROW-EMPTY) is read, as blank.
 * `check` leaves every relation through such a cell unevaluated (RELATION-UNCHECKED) instead of
 * blaming the report for the blank. A reading rule that gives up cells belongs here.
 *
 * @example
 * ```ts
 * UNREAD_CODES.includes('PARSE-ROW-MISSING'); // true
 * UNREAD_CODES.includes('PARSE-CELL-MARKER'); // false: a marker is read, as blank
 * ```
 */
export const UNREAD_CODES = [
  'PARSE-TABLE-MISSING',
  'PARSE-ROW-MISSING',
  'PARSE-ROW-UNALIGNED',
  'PARSE-DIGITS-AMBIGUOUS',
  'PARSE-VALUE-INVALID',
  'PARSE-PDF-PAGE-DAMAGED',
] as const satisfies readonly ((typeof READING)[number]['code'] | (typeof PDF)[number]['code'])[];

/**
 * The code of a reading finding that gives up cells: one of {@link UNREAD_CODES}.
 *
 * @example
 * ```ts
 * const because: UnreadCode = 'PARSE-ROW-UNALIGNED';
 * ```
 */
export type UnreadCode = (typeof UNREAD_CODES)[number];
