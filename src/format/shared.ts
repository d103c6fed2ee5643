/**
 * The parts both format versions share: the six sections, table 3 except its （六） rows, table 4,
 * and the builders of the relations, in a report and across years, from the rows' and columns'
 * roles.
 *
 * @module
 */
import {
  OUTCOME_ROLES,
  type BlockDef,
  type CellRef,
  type ColumnDef,
  type RelationDef,
  type RelationInstance,
  type RowDef,
  type RowRole,
  type SectionDef,
  type TableDef,
} from './grid.js';
import { columnsWithRole, columnWithRole, rowsWithRole, rowWithRole } from './roles.js';

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
  { key: 'overview', heading: '一、总体情况', narrative: true },
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
    narrative: true,
  },
  { key: 'other', heading: '六、其他需要报告的事项', narrative: true },
] as const satisfies readonly SectionDef[];

/**
 * The keys of the sections written as prose ({@link SECTIONS} marked `narrative`).
 *
 * @example
 * ```ts
 * [...NARRATIVE_SECTIONS]; // ['overview', 'problems', 'other']
 * ```
 */
export const NARRATIVE_SECTIONS: ReadonlySet<string> = new Set(
  SECTIONS.filter((s) => 'narrative' in s).map((s) => s.key),
);

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
export const OTHER_HANDLING = '（六）其他处理';
/** The header over table 2's row labels, in every block of both formats. */
export const INFORMATION = '信息内容';

const APPLICANTS = ['申请人情况'] as const;
const ORGANISATIONS = ['申请人情况', '法人或其他组织'] as const;

/**
 * Rows of one outcome group of 三、本年度办理结果: each gets the group's role, and the group's
 * heading (when it has one) as its parent under 三.
 */
export function outcomeGroup<const R extends readonly Omit<RowDef, 'parents' | 'role'>[], const G extends RowRole>(
  role: G,
  heading: string | undefined,
  rows: R,
): { readonly [I in keyof R]: R[I] & { readonly parents: readonly string[]; readonly role: G } } {
  const parents = heading === undefined ? [RESULTS] : [RESULTS, heading];
  return rows.map((row) => ({ ...row, parents, role })) as never;
}

export const T3_COLUMNS = [
  { key: 'natural', label: '自然人', kind: 'count', role: 'applicant', parents: APPLICANTS },
  { key: 'commercial', label: '商业企业', kind: 'count', role: 'applicant', parents: ORGANISATIONS },
  { key: 'research', label: '科研机构', kind: 'count', role: 'applicant', parents: ORGANISATIONS },
  { key: 'publicInterest', label: '社会公益组织', kind: 'count', role: 'applicant', parents: ORGANISATIONS },
  { key: 'legalService', label: '法律服务机构', kind: 'count', role: 'applicant', parents: ORGANISATIONS },
  { key: 'otherOrg', label: '其他', kind: 'count', role: 'applicant', parents: ORGANISATIONS },
  { key: 'total', label: '总计', kind: 'count', role: 'total', parents: APPLICANTS },
] as const satisfies readonly ColumnDef[];

/** The applicant columns of table 3, whose sum is the 总计 column. */
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.filter((c) => c.role === 'applicant').map((c) => c.key);

export const T3_HEAD_ROWS = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', role: 'received' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', role: 'carriedOver' },
] as const satisfies readonly RowDef[];

export const T3_OUTCOME_ROWS_BEFORE_OTHER = [
  ...outcomeGroup('granted', undefined, [{ key: 'granted', label: '（一）予以公开' }]),
  ...outcomeGroup('partlyGranted', undefined, [
    { key: 'partlyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  ]),
  ...outcomeGroup('withheld', '（三）不予公开', [
    { key: 'withheldStateSecret', label: '1.属于国家秘密' },
    {
      key: 'withheldProhibitedByLaw',
      label: '2.其他法律行政法规禁止公开',
      aliases: ['2.其他法律行政止公开', '2.其他法律行政法规止公开'],
    },
    { key: 'withheldSecurity', label: '3.危及“三安全一稳定”' },
    { key: 'withheldThirdParty', label: '4.保护第三方合法权益' },
    { key: 'withheldInternal', label: '5.属于三类内部事务信息' },
    { key: 'withheldProcess', label: '6.属于四类过程性信息' },
    { key: 'withheldEnforcement', label: '7.属于行政执法案卷' },
    { key: 'withheldQuery', label: '8.属于行政查询事项' },
  ]),
  ...outcomeGroup('unavailable', '（四）无法提供', [
    { key: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息' },
    { key: 'unavailableNeedsCreation', label: '2.没有现成信息需要另行制作' },
    { key: 'unavailableUnclear', label: '3.补正后申请内容仍不明确' },
  ]),
  ...outcomeGroup('notProcessed', '（五）不予处理', [
    { key: 'notProcessedComplaint', label: '1.信访举报投诉类申请' },
    { key: 'notProcessedRepeated', label: '2.重复申请' },
    { key: 'notProcessedPublication', label: '3.要求提供公开出版物' },
    { key: 'notProcessedExcessive', label: '4.无正当理由大量反复申请' },
    { key: 'notProcessedConfirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
  ]),
] as const satisfies readonly RowDef[];

export const T3_TAIL_ROWS = [
  { key: 'outcomeTotal', label: '（七）总计', parents: [RESULTS], role: 'outcomeTotal' },
  { key: 'carriedForward', label: '四、结转下年度继续办理', role: 'carriedForward' },
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
  { key: 'upheld', label: '结果维持', kind: 'count', role: 'result' },
  { key: 'corrected', label: '结果纠正', kind: 'count', role: 'result' },
  { key: 'other', label: '其他结果', kind: 'count', role: 'result' },
  { key: 'pending', label: '尚未审结', kind: 'count', role: 'pending' },
  { key: 'total', label: '总计', kind: 'count', role: 'total' },
] as const satisfies readonly ColumnDef[];

export const T4_GROUPS = [
  { key: 'review', label: '行政复议', role: 'review' },
  { key: 'litigationDirect', label: '未经复议直接起诉', parents: ['行政诉讼'], role: 'litigation' },
  { key: 'litigationAfterReview', label: '复议后起诉', parents: ['行政诉讼'], role: 'litigation' },
] as const satisfies readonly RowDef[];

/** Table 4, the same in both formats: three groups of four outcomes and their 总计. */
export const TABLE4 = {
  id: '4',
  title: '政府信息公开行政复议、行政诉讼情况',
  blocks: [{ key: 'cases', rowsAcross: true, columns: T4_COLUMNS, rows: T4_GROUPS }],
} as const satisfies TableDef;

const cell = (table: TableDef, row: RowDef, column: ColumnDef): CellRef => ({
  table: table.id,
  row: row.key,
  column: column.key,
});

/** Per column of a block: Σ of these rows' cells = Σ of those rows' cells. */
const perColumn = (table: TableDef, left: readonly RowDef[], right: readonly RowDef[]): RelationInstance[] =>
  (table.blocks[0] as BlockDef).columns.map((c) => ({
    axis: 'column',
    along: c.key,
    left: left.map((r) => cell(table, r, c)),
    right: right.map((r) => cell(table, r, c)),
  }));

/** Per row of a block: its total column = Σ of its other columns. */
const rowTotals = (table: TableDef, axis: 'row' | 'group'): RelationInstance[] => {
  const block = table.blocks[0] as BlockDef;
  const total = columnWithRole(block, 'total');
  const parts = block.columns.filter((c) => c !== total);
  return block.rows.map((r) => ({
    axis,
    along: r.key,
    left: [cell(table, r, total)],
    right: parts.map((c) => cell(table, r, c)),
  }));
};

/**
 * The four sum relations over tables 3 and 4, from the roles of their rows and columns; what each
 * code means (severity, title, message) is its rule's, with the findings. The outcome rows are
 * every row with an outcome role, so the 2019 and 2021 （六） rows need no special case.
 */
export function tableRelations(t3: TableDef): RelationDef[] {
  const row = (role: RowRole) => rowWithRole(t3, role);
  return [
    {
      code: 'T3-BALANCE',
      instances: perColumn(t3, [row('received'), row('carriedOver')], [row('outcomeTotal'), row('carriedForward')]),
    },
    { code: 'T3-OUTCOME-SUM', instances: perColumn(t3, [row('outcomeTotal')], rowsWithRole(t3, OUTCOME_ROLES)) },
    { code: 'T3-ROW-TOTAL', instances: rowTotals(t3, 'row') },
    { code: 'T4-TOTAL', instances: rowTotals(TABLE4, 'group') },
  ];
}

/**
 * The relations between a report and the same body's report of the year before, from the roles:
 * X-CARRYOVER (per table 3 column, 二、上年结转 = last year's 四、结转下年度继续办理) and, where table 2
 * has the stock of documents (the 2021 第二十条第（一）项), X-STOCK (per row, 现行有效件数 = last
 * year's 现行有效件数 + 本年制发件数 − 本年废止件数; not checked when either year's stock is blank).
 */
export function crossYearRelations(t2: TableDef, t3: TableDef): RelationDef[] {
  const carriedOver = rowWithRole(t3, 'carriedOver');
  const carriedForward = rowWithRole(t3, 'carriedForward');
  const relations: RelationDef[] = [
    {
      code: 'X-CARRYOVER',
      instances: (t3.blocks[0] as BlockDef).columns.map((c) => ({
        axis: 'column',
        along: c.key,
        left: [cell(t3, carriedOver, c)],
        right: [{ ...cell(t3, carriedForward, c), year: 'previous', name: 'before' }],
      })),
    },
  ];
  const stock = t2.blocks.filter((b) => columnsWithRole(b, 'inForce').length > 0);
  if (stock.length > 0) {
    relations.push({
      code: 'X-STOCK',
      instances: stock.flatMap((block) => {
        const [inForce, issued, repealed] = (['inForce', 'issued', 'repealed'] as const).map((role) =>
          columnWithRole(block, role),
        ) as [ColumnDef, ColumnDef, ColumnDef];
        return block.rows.map((r) => ({
          axis: 'row' as const,
          along: r.key,
          left: [{ ...cell(t2, r, inForce), required: true }],
          right: [
            { ...cell(t2, r, inForce), year: 'previous' as const, required: true, name: 'last' },
            { ...cell(t2, r, issued), name: 'issued' },
            { ...cell(t2, r, repealed), negate: true, name: 'repealed' },
          ],
        }));
      }),
    });
  }
  return relations;
}

/**
 * What both formats build alike from their table 2 and their （六）其他处理 rows: the sections,
 * the three tables, and the relations in a report and across years.
 */
export function formatTables<const T2 extends TableDef, const O extends readonly RowDef[]>(table2: T2, otherRows: O) {
  const t3 = table3(otherRows);
  return {
    sections: SECTIONS,
    tables: [table2, t3, TABLE4] as const,
    relations: tableRelations(t3),
    crossYear: crossYearRelations(table2, t3),
  };
}
