/**
 * The rules of `check`: the sum relations of tables 3 and 4 (declared in the format definitions),
 * the cells, the format for the year, the sections, the narrative against the tables, the
 * publication deadline, the fee statement and the assessment paragraph.
 *
 * @module
 */
import { defineRules, registry, type RuleInfo } from './define.js';
import type { Bilingual } from './basics.js';
import { enValue, zhValue } from './words.js';

/** Why a cell value is invalid, by the reason the relation engine gives. */
const INVALID_REASONS: Readonly<Record<string, Bilingual>> = {
  type: { zh: '不是数字', en: 'not a number' },
  negative: { zh: '不能为负数', en: 'negative' },
  fraction: { zh: '件数必须为整数', en: 'a count must be a whole number' },
};

/**
 * Every rule of the report checks, in the order `REPORT_RULES` lists them.
 *
 * @example
 * ```ts
 * REPORT.map((r) => r.code); // ['T3-BALANCE', 'T3-OUTCOME-SUM', …, 'ASSESSMENT-MISSING']
 * ```
 */
export const REPORT = /* @__PURE__ */ defineRules('report', {
  'T3-BALANCE': {
    severity: 'error',
    title: {
      zh: '表三每列：第一项加第二项之和等于第三项加第四项之和',
      en: 'Table 3, per column: received + carried over = outcome total + carried forward',
    },
    message: (p) => ({
      zh: `表三「${p.along}」列：一、本年新收 + 二、上年结转 = ${p.left}，而三（七）总计 + 四、结转下年度继续办理 = ${p.right}`,
      en: `Table 3, column "${p.along}": received + carried over = ${p.left}, but outcome total + carried forward = ${p.right}`,
    }),
  },
  'T3-OUTCOME-SUM': {
    severity: 'error',
    title: {
      zh: '表三每列：（七）总计等于各项办理结果之和',
      en: 'Table 3, per column: the outcome total equals the sum of the outcome rows',
    },
    message: (p) => ({
      zh: `表三「${p.along}」列：（七）总计为 ${zhValue(p.actual)}，各项办理结果之和为 ${p.expected}`,
      en: `Table 3, column "${p.along}": the outcome total is ${enValue(p.actual)}, the outcome rows sum to ${p.expected}`,
    }),
  },
  'T3-ROW-TOTAL': {
    severity: 'error',
    title: {
      zh: '表三每行：总计等于六个申请人列之和',
      en: 'Table 3, per row: 总计 equals the sum of the six applicant columns',
    },
    message: (p) => ({
      zh: `表三「${p.along}」行：总计为 ${zhValue(p.actual)}，各申请人列之和为 ${p.expected}`,
      en: `Table 3, row "${p.along}": 总计 is ${enValue(p.actual)}, the applicant columns sum to ${p.expected}`,
    }),
  },
  'T4-TOTAL': {
    severity: 'error',
    title: {
      zh: '表四每组：总计等于四项结果之和',
      en: 'Table 4, per group: total equals the sum of the four outcomes',
    },
    message: (p) => ({
      zh: `表四「${p.along}」：总计为 ${zhValue(p.actual)}，结果维持、结果纠正、其他结果、尚未审结之和为 ${p.expected}`,
      en: `Table 4, "${p.along}": total is ${enValue(p.actual)}, upheld + corrected + other + pending = ${p.expected}`,
    }),
  },
  'CELL-INVALID': {
    severity: 'error',
    title: { zh: '单元格的值为负数或非整数件数', en: 'A cell holds a negative value or a fractional count' },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列的值 ${p.actual} 无效：${INVALID_REASONS[String(p.reason)]?.zh}`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}": ${p.actual} is invalid (${INVALID_REASONS[String(p.reason)]?.en})`,
    }),
  },
  'CELL-UNIT-MISMATCH': {
    severity: 'error',
    title: {
      zh: '单元格注明的单位与该列不符（如万元列注明元）',
      en: "A cell's stated unit does not fit its column (元 on the 万元 column)",
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列注明的单位为「${p.unit}」，该列只能是${p.allowed}：数值可能相差一万倍，未换算`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" is given in ${p.unit}, but the column is in ${p.allowed}: the figure may be off by a factor of 10,000 and was not converted`,
    }),
  },
  'CELL-BLANK': {
    severity: 'warning',
    title: {
      zh: '空白单元格：空白总计而其组成部分不全为零（警告）；其余空白按 0 计算（提示）',
      en: 'Blank cells: a blank total whose parts are not all zero (warning); other blanks count as 0 (info)',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列为空白，按其组成部分应为 ${p.expected}`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" is blank; its parts add up to ${p.expected}`,
    }),
    variants: {
      cells: (p) => ({
        zh: `表${p.table}有 ${p.count} 个空白单元格，计算时按 0 处理`,
        en: `Table ${p.table} has ${p.count} blank cells, counted as 0 in the arithmetic checks`,
      }),
    },
  },
  'FORMAT-YEAR-MISMATCH': {
    severity: 'error',
    title: { zh: '报告格式与报告年度不符', en: 'The format does not match the report year' },
    message: (p) => ({
      zh: `${p.year} 年度报告使用了 ${p.format} 版格式，应使用 ${p.due} 版格式`,
      en: `A report on ${p.year} uses the ${p.format} format; the ${p.due} format applies`,
    }),
  },
  'SECTION-MISSING': {
    severity: 'error',
    title: { zh: '缺少六个部分之一或该部分为空', en: 'One of the six sections is missing or empty' },
    message: (p) => ({
      zh: `缺少「${p.heading}」部分或该部分为空`,
      en: `Section "${p.heading}" is missing or empty`,
    }),
  },
  'TEXT-TABLE-MISMATCH': {
    severity: 'warning',
    title: { zh: '正文数字与表格不一致', en: 'A figure stated in the text contradicts the tables' },
    message: (p) => ({
      zh: `正文所述${p.quantity}为 ${p.stated}，与表格数据 ${p.table} 不一致：「${p.quote}」`,
      en: `The text states ${p.quantityEn} as ${p.stated}, the table has ${p.table}: "${p.quote}"`,
    }),
  },
  'LATE-PUBLICATION': {
    severity: 'warning',
    title: { zh: '晚于法定期限发布', en: 'Published after the legal deadline' },
    message: (p) => ({
      zh: `发布日期 ${p.published} 晚于法定期限 ${p.deadline}`,
      en: `Published on ${p.published}, after the legal deadline of ${p.deadline}`,
    }),
  },
  'FEE-STATEMENT-MISSING': {
    severity: 'warning',
    title: {
      zh: '2021 版格式报告第六部分未说明信息处理费',
      en: 'A 2021-format report whose section 6 says nothing about 信息处理费',
    },
    message: () => ({
      zh: '「六、其他需要报告的事项」未说明信息处理费收取情况',
      en: 'Section 6 says nothing about information processing fees (信息处理费)',
    }),
  },
  'ASSESSMENT-MISSING': {
    severity: 'warning',
    title: {
      zh: '人民政府报告未说明工作考核、社会评议和责任追究情况',
      en: "A people's government report without 工作考核、社会评议和责任追究",
    },
    message: () => ({
      zh: '人民政府年度报告未说明工作考核、社会评议和责任追究结果情况',
      en: "A people's government report that says nothing about assessment, public appraisal and accountability (工作考核、社会评议和责任追究)",
    }),
  },
});

/**
 * Every finding code of the report checks.
 *
 * @example
 * ```ts
 * REPORT_RULES.map((r) => r.code); // ['T3-BALANCE', 'T3-OUTCOME-SUM', …]
 * ```
 */
export const REPORT_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(REPORT);
