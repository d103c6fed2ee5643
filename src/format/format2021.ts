/**
 * The 2021 format (国办公开办函〔2021〕30号), for reports on 2021 and later years.
 *
 * @module
 */
import type { FormatDef, TableDef } from './grid.js';
import { formatTables, INFORMATION, OTHER_HANDLING, outcomeGroup } from './shared.js';

const DECISIONS = { key: 'decisions', label: '本年处理决定数量', kind: 'count' } as const;

const TABLE2_2021 = {
  id: '2',
  title: '主动公开政府信息情况',
  blocks: [
    {
      key: 'item1',
      caption: '第二十条第（一）项',
      stubHead: INFORMATION,
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count', role: 'issued' },
        {
          key: 'repealed',
          label: '本年废止件数',
          kind: 'count',
          role: 'repealed',
          aliases: ['本年度止件数', '本年度废止件数'],
        },
        { key: 'inForce', label: '现行有效件数', kind: 'count', role: 'inForce', aliases: ['现行有效件'] },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      stubHead: INFORMATION,
      columns: [DECISIONS],
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      stubHead: INFORMATION,
      columns: [DECISIONS],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      stubHead: INFORMATION,
      columns: [{ key: 'feeAmount', label: '本年收费金额（单位：万元）', kind: 'money' }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
} as const satisfies TableDef;

/** The rows of （六）其他处理 in table 3. */
const OTHER_ROWS_2021 = outcomeGroup('otherHandling', OTHER_HANDLING, [
  {
    key: 'otherNoCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    aliases: ['1.申请人无正当理由逾期不补正', '1.逾期不补正'],
  },
  {
    key: 'otherNoFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    aliases: ['2.申请人逾期未按收费通知要求缴纳费用', '2.逾期未缴纳费用', '2.逾期未缴费'],
  },
  {
    key: 'otherOther',
    label: '3.其他',
    // A 2021 table printed with the 2019 single （六）其他处理 row: its values are the 其他 cases.
    aliases: [OTHER_HANDLING],
  },
]);

/**
 * The 2021 format definition (国办公开办函〔2021〕30号), due for the reports on 2021 on.
 *
 * @example
 * ```ts
 * FORMAT_2021.notice; // '国办公开办函〔2021〕30号'
 * FORMAT_2021.years; // { from: 2021 }
 * ```
 */
export const FORMAT_2021 = {
  version: '2021',
  name: '政府信息公开工作年度报告格式（2021）',
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  ...formatTables(TABLE2_2021, OTHER_ROWS_2021),
} as const satisfies FormatDef;
