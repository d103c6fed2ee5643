/**
 * The rules of `check`: the sum relations of tables 3 and 4 (declared in the format definitions),
 * the cells, the format for the year, the sections, the narrative against the tables, the
 * publication deadline, the fee statement and the assessment paragraph.
 *
 * @module
 */
import { bilingual, defineRules, registry, type RuleInfo } from './define.js';
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
    message: bilingual(
      (p) =>
        `表三「${p.along}」列：一、本年新收 + 二、上年结转 = ${p.left}，而三（七）总计 + 四、结转下年度继续办理 = ${p.right}`,
      (p) =>
        `Table 3, column "${p.along}": received + carried over = ${p.left}, but outcome total + carried forward = ${p.right}`,
    ),
  },
  'T3-OUTCOME-SUM': {
    severity: 'error',
    title: {
      zh: '表三每列：（七）总计等于各项办理结果之和',
      en: 'Table 3, per column: the outcome total equals the sum of the outcome rows',
    },
    message: bilingual(
      (p) => `表三「${p.along}」列：（七）总计为 ${zhValue(p.actual)}，各项办理结果之和为 ${p.expected}`,
      (p) =>
        `Table 3, column "${p.along}": the outcome total is ${enValue(p.actual)}, the outcome rows sum to ${p.expected}`,
    ),
  },
  'T3-ROW-TOTAL': {
    severity: 'error',
    title: {
      zh: '表三每行：总计等于六个申请人列之和',
      en: 'Table 3, per row: 总计 equals the sum of the six applicant columns',
    },
    message: bilingual(
      (p) => `表三「${p.along}」行：总计为 ${zhValue(p.actual)}，各申请人列之和为 ${p.expected}`,
      (p) => `Table 3, row "${p.along}": 总计 is ${enValue(p.actual)}, the applicant columns sum to ${p.expected}`,
    ),
  },
  'T4-TOTAL': {
    severity: 'error',
    title: {
      zh: '表四每组：总计等于四项结果之和',
      en: 'Table 4, per group: total equals the sum of the four outcomes',
    },
    message: bilingual(
      (p) =>
        `表四「${p.along}」：总计为 ${zhValue(p.actual)}，结果维持、结果纠正、其他结果、尚未审结之和为 ${p.expected}`,
      (p) =>
        `Table 4, "${p.along}": total is ${enValue(p.actual)}, upheld + corrected + other + pending = ${p.expected}`,
    ),
  },
  'CELL-INVALID': {
    severity: 'error',
    title: { zh: '单元格的值为负数或非整数件数', en: 'A cell holds a negative value or a fractional count' },
    message: bilingual(
      (p) =>
        `表${p.table}「${p.row}」行「${p.column}」列的值 ${p.actual} 无效：${INVALID_REASONS[String(p.reason)]?.zh}`,
      (p) =>
        `Table ${p.table}, row "${p.row}", column "${p.column}": ${p.actual} is invalid (${INVALID_REASONS[String(p.reason)]?.en})`,
    ),
  },
  'CELL-UNIT-MISMATCH': {
    severity: 'error',
    title: {
      zh: '单元格注明的单位与该列不符（如万元列注明元）',
      en: "A cell's stated unit does not fit its column (元 on the 万元 column)",
    },
    message: bilingual(
      (p) =>
        `表${p.table}「${p.row}」行「${p.column}」列注明的单位为「${p.unit}」，该列只能是${p.allowed}：数值可能相差一万倍，未换算`,
      (p) =>
        `Table ${p.table}, row "${p.row}", column "${p.column}" is given in ${p.unit}, but the column is in ${p.allowed}: the figure may be off by a factor of 10,000 and was not converted`,
    ),
  },
  'CELL-BLANK': {
    severity: 'warning',
    title: {
      zh: '空白单元格：空白总计而其组成部分不全为零（警告）；其余空白按 0 计算（提示）',
      en: 'Blank cells: a blank total whose parts are not all zero (warning); other blanks count as 0 (info)',
    },
    message: bilingual(
      (p) =>
        `表${p.table}「${p.row}」行「${p.column}」列为空白，按其组成部分应为 ${p.expected}；检查表格关系时该单元格按 ${p.expected} 计算，而不是按 0`,
      (p) =>
        `Table ${p.table}, row "${p.row}", column "${p.column}" is blank; its parts add up to ${p.expected}, and the relations were checked with ${p.expected} for it, not 0`,
    ),
    variants: {
      cells: bilingual(
        (p) => `表${p.table}有 ${p.count} 个空白单元格，检查表格关系时按 0 计算`,
        (p) => `Table ${p.table} has ${p.count} blank cells, counted as 0 in the arithmetic checks`,
      ),
    },
  },
  'RELATION-UNCHECKED': {
    severity: 'warning',
    title: {
      zh: '表格关系涉及未能读取的单元格，无法检查',
      en: 'A relation of the tables involves cells the reader could not read, so it was not checked',
    },
    message: bilingual(
      (p) => `表${p.table}的 ${p.relation} 关系（${p.along}）无法检查：所涉单元格未能读取，${p.unread}`,
      (p) =>
        `Table ${p.table}: ${p.relation} (${p.alongEn}) could not be checked: cells it involves were not read, ${p.unreadEn}`,
    ),
  },
  'TABLE-BLANK': {
    severity: 'error',
    title: { zh: '表三或表四全部空白', en: 'Table 3 or 4 is entirely blank' },
    message: bilingual(
      (p) => `表${p.table}「${p.title}」没有任何数值（全部空白或缺失），该表的关系无法检查`,
      (p) =>
        `Table ${p.table} (${p.title}) holds no value at all (every cell blank or absent); its relations cannot be checked`,
    ),
  },
  'FORMAT-YEAR-MISMATCH': {
    severity: 'error',
    title: { zh: '报告格式与报告年度不符', en: 'The format does not match the report year' },
    message: bilingual(
      (p) => `${p.year} 年度报告使用了 ${p.format} 版格式，应使用 ${p.due} 版格式`,
      (p) => `A report on ${p.year} uses the ${p.format} format; the ${p.due} format applies`,
    ),
  },
  'SECTION-MISSING': {
    severity: 'error',
    title: { zh: '缺少六个部分之一或该部分为空', en: 'One of the six sections is missing or empty' },
    message: bilingual(
      (p) => `缺少「${p.heading}」部分或该部分为空`,
      (p) => `Section "${p.heading}" is missing or empty`,
    ),
    variants: {
      placeholder: bilingual(
        (p) => `「${p.heading}」部分只写了「${p.quote}」，该部分应说明实际情况`,
        (p) => `Section "${p.heading}" says only "${p.quote}"; it must describe the actual situation`,
      ),
    },
  },
  'NARRATIVE-ABSENT': {
    severity: 'info',
    title: {
      zh: '未提供正文部分，只检查表格',
      en: 'No narrative was given; only the tables were checked',
    },
    message: bilingual(
      () => '报告没有任何部分的正文（只有表格数据），只检查了表格，未检查六个部分',
      () => 'The report has no section text at all (tables only); the tables were checked, the six sections were not',
    ),
  },
  'TEXT-TABLE-MISMATCH': {
    severity: 'warning',
    title: { zh: '正文数字与表格不一致', en: 'A figure stated in the text contradicts the tables' },
    message: bilingual(
      (p) => `正文所述${p.quantity}为 ${p.stated}，与表格数据 ${p.table} 不一致：「${p.quote}」`,
      (p) => `The text states ${p.quantityEn} as ${p.stated}, the table has ${p.table}: "${p.quote}"`,
    ),
  },
  'LATE-PUBLICATION': {
    severity: 'warning',
    title: { zh: '晚于法定期限发布', en: 'Published after the legal deadline' },
    message: bilingual(
      (p) => `发布日期 ${p.published} 晚于法定期限 ${p.deadline}`,
      (p) => `Published on ${p.published}, after the legal deadline of ${p.deadline}`,
    ),
  },
  'FEE-STATEMENT-MISSING': {
    severity: 'warning',
    title: {
      zh: '2021 版格式报告第六部分未说明信息处理费',
      en: 'A 2021-format report whose section 6 says nothing about 信息处理费',
    },
    message: bilingual(
      () => '「六、其他需要报告的事项」未说明信息处理费收取情况',
      () => 'Section 6 says nothing about information processing fees (信息处理费)',
    ),
  },
  'ASSESSMENT-MISSING': {
    severity: 'warning',
    title: {
      zh: '人民政府报告未说明工作考核、社会评议和责任追究情况',
      en: "A people's government report without 工作考核、社会评议和责任追究",
    },
    message: bilingual(
      () => '人民政府年度报告未说明工作考核、社会评议和责任追究结果情况',
      () =>
        "A people's government report that says nothing about assessment, public appraisal and accountability (工作考核、社会评议和责任追究)",
    ),
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
