/**
 * Messages of the report checks in Chinese and English. One function per code, taking the
 * finding's parameters, so wording lives in one place.
 *
 * @module
 */
import type { Bilingual } from '../format/grid.js';

type Params = Record<string, string | number | null | undefined>;
const show = (v: string | number | null | undefined): string => (v === null || v === undefined ? '空白' : String(v));
const showEn = (v: string | number | null | undefined): string => (v === null || v === undefined ? 'blank' : String(v));

/** Why a cell value is invalid, by the reason the relation engine gives. */
const INVALID_REASONS: Record<string, Bilingual> = {
  type: { zh: '不是数字', en: 'not a number' },
  negative: { zh: '不能为负数', en: 'negative' },
  fraction: { zh: '件数必须为整数', en: 'a count must be a whole number' },
};

/** Message templates by finding code. @internal */
export const MESSAGES: Record<string, (p: Params) => Bilingual> = {
  'T3-BALANCE': (p) => ({
    zh: `表三「${p.along}」列：一、本年新收 + 二、上年结转 = ${p.left}，而三（七）总计 + 四、结转下年度继续办理 = ${p.right}`,
    en: `Table 3, column "${p.along}": received + carried over = ${p.left}, but outcome total + carried forward = ${p.right}`,
  }),
  'T3-OUTCOME-SUM': (p) => ({
    zh: `表三「${p.along}」列：（七）总计为 ${show(p.actual)}，各项办理结果之和为 ${p.expected}`,
    en: `Table 3, column "${p.along}": the outcome total is ${showEn(p.actual)}, the outcome rows sum to ${p.expected}`,
  }),
  'T3-ROW-TOTAL': (p) => ({
    zh: `表三「${p.along}」行：总计为 ${show(p.actual)}，各申请人列之和为 ${p.expected}`,
    en: `Table 3, row "${p.along}": 总计 is ${showEn(p.actual)}, the applicant columns sum to ${p.expected}`,
  }),
  'T4-TOTAL': (p) => ({
    zh: `表四「${p.along}」：总计为 ${show(p.actual)}，结果维持、结果纠正、其他结果、尚未审结之和为 ${p.expected}`,
    en: `Table 4, "${p.along}": total is ${showEn(p.actual)}, upheld + corrected + other + pending = ${p.expected}`,
  }),
  'CELL-INVALID': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列的值 ${p.actual} 无效：${INVALID_REASONS[String(p.reason)]?.zh}`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}": ${p.actual} is invalid (${INVALID_REASONS[String(p.reason)]?.en})`,
  }),
  'CELL-BLANK/total': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列为空白，按其组成部分应为 ${p.expected}`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}" is blank; its parts add up to ${p.expected}`,
  }),
  'CELL-BLANK/cells': (p) => ({
    zh: `表${p.table}有 ${p.count} 个空白单元格，计算时按 0 处理`,
    en: `Table ${p.table} has ${p.count} blank cells, counted as 0 in the arithmetic checks`,
  }),
  'FORMAT-YEAR-MISMATCH': (p) => ({
    zh: `${p.year} 年度报告使用了 ${p.format} 版格式，应使用 ${p.due} 版格式`,
    en: `A report on ${p.year} uses the ${p.format} format; the ${p.due} format applies`,
  }),
  'SECTION-MISSING': (p) => ({
    zh: `缺少「${p.heading}」部分或该部分为空`,
    en: `Section "${p.heading}" is missing or empty`,
  }),
  'TEXT-TABLE-MISMATCH': (p) => ({
    zh: `正文所述${p.quantity}为 ${p.stated}，与表格数据 ${p.table} 不一致：「${p.quote}」`,
    en: `The text states ${p.quantityEn} as ${p.stated}, the table has ${p.table}: "${p.quote}"`,
  }),
  'LATE-PUBLICATION': (p) => ({
    zh: `发布日期 ${p.published} 晚于法定期限 ${p.deadline}`,
    en: `Published on ${p.published}, after the legal deadline of ${p.deadline}`,
  }),
  'FEE-STATEMENT-MISSING': () => ({
    zh: '「六、其他需要报告的事项」未说明信息处理费收取情况',
    en: 'Section 6 says nothing about information processing fees (信息处理费)',
  }),
  'ASSESSMENT-MISSING': () => ({
    zh: '人民政府年度报告未说明工作考核、社会评议和责任追究结果情况',
    en: "A people's government report that says nothing about assessment, public appraisal and accountability (工作考核、社会评议和责任追究)",
  }),
  'X-CARRYOVER': (p) => ({
    zh: `表三「${p.column}」列：二、上年结转为 ${show(p.actual)}，而 ${p.year} 年报告的四、结转下年度继续办理为 ${show(p.expected)}`,
    en: `Table 3, column "${p.column}": carried over from last year is ${showEn(p.actual)}, but the ${p.year} report carried forward ${showEn(p.expected)}`,
  }),
  'X-STOCK': (p) => ({
    zh: `表二「${p.row}」：现行有效件数为 ${p.actual}，按 ${p.year} 年现行有效件数 ${p.last} + 本年制发件数 ${p.issued} − 本年废止件数 ${p.repealed} 应为 ${p.expected}`,
    en: `Table 2, "${p.row}": ${p.actual} in force, but ${p.last} in force in ${p.year} + ${p.issued} issued − ${p.repealed} repealed = ${p.expected}`,
  }),
  'X-TEXT-REUSE': (p) => ({
    zh: `「${p.heading}」与 ${p.year} 年报告同一部分内容雷同（${p.percent}% 的文字上年已有）：「${p.quote}…」`,
    en: `Section "${p.heading}" largely repeats the ${p.year} report (${p.percent}% of its text was already there): "${p.quote}…"`,
  }),
  'X-JUMP': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列由 ${p.year} 年的 ${p.from} 变为 ${p.to}，变化幅度较大`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}" went from ${p.from} in ${p.year} to ${p.to}`,
  }),
  'ROLLUP-PARTLY-BLANK': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列：${p.inputs} 份报告中有 ${p.blank} 份为空白，合计仅为其余报告之和`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}": ${p.blank} of ${p.inputs} reports left it blank; the total is the sum of the others`,
  }),
  'ROLLUP-UNIT-MISMATCH': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列的单位不一致（${p.units}），不予汇总`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}" is stated in different units (${p.unitsEn}); not summed`,
  }),
  'ROLLUP-DUPLICATE': (p) => ({
    zh: `第 ${p.input} 份报告与第 ${p.first} 份相同（${p.agency} ${p.year} 年），只计入一次`,
    en: `Input ${p.input} is the same report as input ${p.first} (${p.agency}, ${p.year}); counted once`,
  }),
  'ROLLUP-DUPLICATE/body': (p) => ({
    zh: `第 ${p.input} 份报告与第 ${p.first} 份是同一机关同一年度（${p.agency} ${p.year} 年）但内容不同，两份都计入了合计，该机关被重复计算；请确认应使用哪一份`,
    en: `Input ${p.input} is about the same body and year as input ${p.first} (${p.agency}, ${p.year}) but differs from it; both were added, so the total counts this body twice: decide which one to use`,
  }),
  'ROLLUP-BELOW-PARTS': (p) => ({
    zh: `表${p.table}「${p.row}」行「${p.column}」列为 ${show(p.actual)}，小于 ${p.parts} 个组成单位之和 ${p.expected}`,
    en: `Table ${p.table}, row "${p.row}", column "${p.column}" is ${showEn(p.actual)}, less than the sum of its ${p.parts} parts, ${p.expected}`,
  }),
};
