/**
 * The parts both format versions share: the six sections, table 3 except its （六） rows, table 4,
 * and the builders of the relations over tables 3 and 4.
 *
 * @module
 */
import {
  columnCells,
  rowCells,
  type BlockDef,
  type ColumnDef,
  type RelationDef,
  type RowDef,
  type SectionDef,
  type TableDef,
} from './grid.js';

/**
 * The six sections both notices prescribe, in order: the key, the official heading, and other
 * headings real reports print for the same section.
 *
 * @example
 * ```ts
 * SECTIONS.map((s) => s.key); // ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other']
 * SECTIONS[3].heading; // '四、政府信息公开行政复议、行政诉讼情况'
 * ```
 */
export const SECTIONS = [
  { key: 'overview', heading: '一、总体情况' },
  {
    key: 'proactive',
    heading: '二、主动公开政府信息情况',
    aliases: ['二、行政机关主动公开政府信息情况'],
    table: '2',
  },
  { key: 'requests', heading: '三、收到和处理政府信息公开申请情况', table: '3' },
  {
    key: 'appeals',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    table: '4',
    aliases: [
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '四、因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '四、政府信息公开行政复议和行政诉讼情况',
    ],
  },
  {
    key: 'problems',
    heading: '五、存在的主要问题及改进情况',
    aliases: ['五、存在问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'],
  },
  { key: 'other', heading: '六、其他需要报告的事项' },
] as const satisfies readonly SectionDef[];

/**
 * The five sub-topics of section 1 (总体情况) named by both notices.
 *
 * @example
 * ```ts
 * OVERVIEW_TOPICS.map((t) => t.label); // ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']
 * ```
 */
export const OVERVIEW_TOPICS = [
  { key: 'proactive', label: '主动公开' },
  { key: 'onRequest', label: '依申请公开' },
  { key: 'management', label: '政府信息管理' },
  { key: 'platform', label: '政府信息公开平台建设' },
  { key: 'oversight', label: '监督保障' },
] as const;

const RESULTS = '三、本年度办理结果';
const WITHHELD = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
export const OTHER_HANDLING = '（六）其他处理';
/** The header over table 2's row labels, in every block of both formats. */
export const INFORMATION = '信息内容';

const APPLICANTS = ['申请人情况'] as const;
const ORGANISATIONS = ['申请人情况', '法人或其他组织'] as const;

export const T3_COLUMNS = [
  { key: 'natural', label: '自然人', kind: 'count', parents: APPLICANTS },
  { key: 'commercial', label: '商业企业', kind: 'count', parents: ORGANISATIONS },
  { key: 'research', label: '科研机构', kind: 'count', parents: ORGANISATIONS },
  { key: 'publicInterest', label: '社会公益组织', kind: 'count', parents: ORGANISATIONS },
  { key: 'legalService', label: '法律服务机构', kind: 'count', parents: ORGANISATIONS },
  { key: 'otherOrg', label: '其他', kind: 'count', parents: ORGANISATIONS },
  { key: 'total', label: '总计', kind: 'count', parents: APPLICANTS },
] as const satisfies readonly ColumnDef[];

/** The applicant columns of table 3, whose sum is the 总计 column. */
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6).map((c) => c.key);

export const T3_HEAD_ROWS = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
] as const satisfies readonly RowDef[];

export const T3_OUTCOME_ROWS_BEFORE_OTHER = [
  { key: 'granted', label: '（一）予以公开', parents: [RESULTS] },
  {
    key: 'partlyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    parents: [RESULTS],
  },
  { key: 'withheldStateSecret', label: '1.属于国家秘密', parents: [RESULTS, WITHHELD] },
  {
    key: 'withheldProhibitedByLaw',
    label: '2.其他法律行政法规禁止公开',
    parents: [RESULTS, WITHHELD],
    aliases: ['2.其他法律行政止公开', '2.其他法律行政法规止公开'],
  },
  { key: 'withheldSecurity', label: '3.危及“三安全一稳定”', parents: [RESULTS, WITHHELD] },
  { key: 'withheldThirdParty', label: '4.保护第三方合法权益', parents: [RESULTS, WITHHELD] },
  { key: 'withheldInternal', label: '5.属于三类内部事务信息', parents: [RESULTS, WITHHELD] },
  { key: 'withheldProcess', label: '6.属于四类过程性信息', parents: [RESULTS, WITHHELD] },
  { key: 'withheldEnforcement', label: '7.属于行政执法案卷', parents: [RESULTS, WITHHELD] },
  { key: 'withheldQuery', label: '8.属于行政查询事项', parents: [RESULTS, WITHHELD] },
  { key: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息', parents: [RESULTS, UNAVAILABLE] },
  {
    key: 'unavailableNeedsCreation',
    label: '2.没有现成信息需要另行制作',
    parents: [RESULTS, UNAVAILABLE],
  },
  { key: 'unavailableUnclear', label: '3.补正后申请内容仍不明确', parents: [RESULTS, UNAVAILABLE] },
  { key: 'notProcessedComplaint', label: '1.信访举报投诉类申请', parents: [RESULTS, NOT_PROCESSED] },
  { key: 'notProcessedRepeated', label: '2.重复申请', parents: [RESULTS, NOT_PROCESSED] },
  { key: 'notProcessedPublication', label: '3.要求提供公开出版物', parents: [RESULTS, NOT_PROCESSED] },
  {
    key: 'notProcessedExcessive',
    label: '4.无正当理由大量反复申请',
    parents: [RESULTS, NOT_PROCESSED],
  },
  {
    key: 'notProcessedConfirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    parents: [RESULTS, NOT_PROCESSED],
  },
] as const satisfies readonly RowDef[];

export const T3_TAIL_ROWS = [
  { key: 'outcomeTotal', label: '（七）总计', parents: [RESULTS] },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
] as const satisfies readonly RowDef[];

/** Table 3 for a format, given that format's （六）其他处理 rows. */
export function table3<const O extends readonly RowDef[]>(otherRows: O) {
  return {
    id: '3',
    title: '收到和处理政府信息公开申请情况',
    blocks: [
      {
        key: 'applications',
        stubHead: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        columns: T3_COLUMNS,
        rows: [...T3_HEAD_ROWS, ...T3_OUTCOME_ROWS_BEFORE_OTHER, ...otherRows, ...T3_TAIL_ROWS],
      },
    ],
  } as const satisfies TableDef;
}

export const T4_COLUMNS = [
  { key: 'upheld', label: '结果维持', kind: 'count' },
  { key: 'corrected', label: '结果纠正', kind: 'count' },
  { key: 'other', label: '其他结果', kind: 'count' },
  { key: 'pending', label: '尚未审结', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
] as const satisfies readonly ColumnDef[];

export const T4_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉', parents: ['行政诉讼'] },
  { key: 'litigationAfterReview', label: '复议后起诉', parents: ['行政诉讼'] },
] as const satisfies readonly RowDef[];

/** Table 4, the same in both formats: three groups of four outcomes and their 总计. */
export const TABLE4 = {
  id: '4',
  title: '政府信息公开行政复议、行政诉讼情况',
  blocks: [{ key: 'cases', rowsAcross: true, columns: T4_COLUMNS, rows: T4_GROUPS }],
} as const satisfies TableDef;

/**
 * The four sum relations over tables 3 and 4, derived from the table definitions. The outcome
 * rows are every row between 二 and （七）总计, so the 2019 and 2021 （六） rows need no special case.
 */
export function tableRelations(t3: TableDef): RelationDef[] {
  const block = t3.blocks[0] as BlockDef;
  const rowKeys = block.rows.map((r) => r.key);
  const outcomeKeys = rowKeys.slice(rowKeys.indexOf('carriedOver') + 1, rowKeys.indexOf('outcomeTotal'));
  const t4 = TABLE4.blocks[0] as BlockDef;
  return [
    {
      code: 'T3-BALANCE',
      instances: block.columns.map((c) => ({
        axis: 'column',
        along: c.key,
        left: columnCells('3', c.key, ['received', 'carriedOver']),
        right: columnCells('3', c.key, ['outcomeTotal', 'carriedForward']),
      })),
    },
    {
      code: 'T3-OUTCOME-SUM',
      instances: block.columns.map((c) => ({
        axis: 'column',
        along: c.key,
        left: columnCells('3', c.key, ['outcomeTotal']),
        right: columnCells('3', c.key, outcomeKeys),
      })),
    },
    {
      code: 'T3-ROW-TOTAL',
      instances: rowKeys.map((row) => ({
        axis: 'row',
        along: row,
        left: [{ table: '3', row, column: 'total' }],
        right: T3_APPLICANT_COLUMNS.map((column) => ({ table: '3', row, column })),
      })),
    },
    {
      code: 'T4-TOTAL',
      instances: t4.rows.map((g) => ({
        axis: 'group',
        along: g.key,
        left: [{ table: '4', row: g.key, column: 'total' }],
        right: rowCells('4', t4, g.key).filter((c) => c.column !== 'total'),
      })),
    },
  ];
}
