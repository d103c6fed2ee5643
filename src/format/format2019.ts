/**
 * The 2019 format (国办公开办函〔2019〕60号, 试行), for reports on 2019 and 2020.
 *
 * @module
 */
import type { FormatDef, TableDef } from './grid.js';
import { formatTables, INFORMATION, OTHER_HANDLING, outcomeGroup } from './shared.js';

const PREVIOUS = { key: 'previousCount', label: '上一年项目数量', kind: 'count' } as const;
const CHANGE = { key: 'change', label: '本年增/减', kind: 'signed' } as const;
const DECISIONS = { key: 'decisions', label: '处理决定数量', kind: 'count' } as const;

const TABLE2_2019 = {
  id: '2',
  title: '主动公开政府信息情况',
  blocks: [
    {
      key: 'item1',
      caption: '第二十条第（一）项',
      stubHead: INFORMATION,
      columns: [
        { key: 'newlyMade', label: '本年新制作数量', kind: 'count' },
        { key: 'newlyPublished', label: '本年新公开数量', kind: 'count' },
        { key: 'totalPublished', label: '对外公开总数量', kind: 'count' },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normativeDocuments', label: '规范性文件', aliases: ['行政规范性文件'] },
      ],
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      stubHead: INFORMATION,
      columns: [PREVIOUS, CHANGE, DECISIONS],
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      stubHead: INFORMATION,
      columns: [PREVIOUS, CHANGE, DECISIONS],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      stubHead: INFORMATION,
      columns: [PREVIOUS, CHANGE],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      key: 'item9',
      caption: '第二十条第（九）项',
      stubHead: INFORMATION,
      columns: [
        { key: 'projects', label: '采购项目数量', kind: 'count' },
        { key: 'amount', label: '采购总金额', kind: 'amount' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
} as const satisfies TableDef;

/** The rows of （六）其他处理 in table 3. */
const OTHER_ROWS_2019 = outcomeGroup('otherHandling', undefined, [{ key: 'otherHandling', label: OTHER_HANDLING }]);

/**
 * The 2019 format definition (国办公开办函〔2019〕60号), due for the reports on 2019 and 2020.
 *
 * @example
 * ```ts
 * FORMAT_2019.notice; // '国办公开办函〔2019〕60号'
 * FORMAT_2019.years; // { from: 2019, to: 2020 }
 * ```
 */
export const FORMAT_2019 = {
  version: '2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  ...formatTables(TABLE2_2019, OTHER_ROWS_2019),
} as const satisfies FormatDef;
