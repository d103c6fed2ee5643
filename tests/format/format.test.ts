import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/findings/index.js';
import {
  cellLabels,
  findRow,
  FORMAT_VERSIONS,
  formatCells,
  formatForYear,
  getFormat,
  getTable,
  SECTIONS,
  type FormatVersion,
} from '../../src/format/index.js';

const labels = (version: FormatVersion, table: '2' | '3' | '4') =>
  getTable(version, table).blocks.flatMap((b) => b.rows.map((r) => r.label));

describe('format definitions', () => {
  it('table 3 has the official rows (spec §1.3), with （六） split into three rows in 2021 only', () => {
    const common = [
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
      '1.本机关不掌握相关政府信息',
      '2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确',
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ];
    const tail = ['（七）总计', '四、结转下年度继续办理'];
    expect(labels('2021', '3')).toEqual([
      ...common,
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
      ...tail,
    ]);
    expect(labels('2019', '3')).toEqual([...common, '（六）其他处理', ...tail]);
    // 三、本年度办理结果 spans 22 rows in 2021 and 20 in 2019.
    for (const [version, span] of [
      ['2021', 22],
      ['2019', 20],
    ] as const) {
      const rows = getTable(version, '3').blocks[0]!.rows.filter((r) => r.parents?.[0] === '三、本年度办理结果');
      expect(rows).toHaveLength(span);
    }
  });

  it('table 3 columns and table 4 are the same in both formats', () => {
    for (const version of FORMAT_VERSIONS) {
      expect(getTable(version, '3').blocks[0]!.columns.map((c) => c.label)).toEqual([
        '自然人',
        '商业企业',
        '科研机构',
        '社会公益组织',
        '法律服务机构',
        '其他',
        '总计',
      ]);
      expect(labels(version, '4')).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
      expect(getTable(version, '4').blocks[0]!.columns.map((c) => c.label)).toEqual([
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
      ]);
    }
  });

  it('table 2 differs as spec §2.4 says', () => {
    const blocks = (v: FormatVersion) =>
      getTable(v, '2').blocks.map((b) => [b.caption, b.columns.map((c) => c.label), b.rows.map((r) => r.label)]);
    expect(blocks('2021')).toEqual([
      ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
      ['第二十条第（五）项', ['本年处理决定数量'], ['行政许可']],
      ['第二十条第（六）项', ['本年处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['本年收费金额（单位：万元）'], ['行政事业性收费']],
    ]);
    expect(blocks('2019')).toEqual([
      ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']],
      ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']],
      ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
      ['第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购']],
    ]);
  });

  it('value kinds: money in 万元, signed 本年增/减, an amount of unstated unit', () => {
    const kinds = (v: FormatVersion) => [
      ...new Set(
        formatCells(v)
          .filter((c) => c.table === '2')
          .map((c) => `${c.columnDef.label}:${c.columnDef.kind}`),
      ),
    ];
    expect(kinds('2021')).toContain('本年收费金额（单位：万元）:money');
    expect(kinds('2019')).toEqual(
      expect.arrayContaining(['本年增/减:signed', '采购总金额:amount', '采购项目数量:count']),
    );
    expect(
      formatCells('2021')
        .filter((c) => c.table !== '2')
        .every((c) => c.columnDef.kind === 'count'),
    ).toBe(true);
  });

  it('lists every cell once, in reading order', () => {
    for (const [version, count] of [
      ['2021', 200],
      ['2019', 198],
    ] as const) {
      const cells = formatCells(version);
      expect(cells).toHaveLength(count);
      expect(new Set(cells.map((c) => `${c.table}/${c.row}/${c.column}`)).size).toBe(count);
      expect(cells[0]).toMatchObject({ table: '2', row: 'rules' });
      expect(cells.at(-1)).toMatchObject({ table: '4', row: 'litigationAfterReview', column: 'total' });
      expect(formatCells(version)).toBe(cells);
    }
  });

  it('declares the four relations, one instance per column, row or group, each a rule of the findings', () => {
    for (const [version, rows] of [
      ['2021', 25],
      ['2019', 23],
    ] as const) {
      const relations = getFormat(version).relations;
      const severity = (code: string) => RULES.find((rule) => rule.code === code)?.severity;
      expect(relations.map((r) => [r.code, severity(r.code), r.instances.length])).toEqual([
        ['T3-BALANCE', 'error', 7],
        ['T3-OUTCOME-SUM', 'error', 7],
        ['T3-ROW-TOTAL', 'error', rows],
        ['T4-TOTAL', 'error', 3],
      ]);
      const outcomeSum = relations[1]!.instances[0]!;
      expect(outcomeSum.left).toEqual([{ table: '3', row: 'outcomeTotal', column: 'natural' }]);
      expect(outcomeSum.right).toHaveLength(version === '2021' ? 21 : 19);
      expect(outcomeSum.right.map((c) => c.row)).not.toContain('received');
      expect(relations[0]!.instances[6]).toEqual({
        axis: 'column',
        along: 'total',
        left: [
          { table: '3', row: 'received', column: 'total' },
          { table: '3', row: 'carriedOver', column: 'total' },
        ],
        right: [
          { table: '3', row: 'outcomeTotal', column: 'total' },
          { table: '3', row: 'carriedForward', column: 'total' },
        ],
      });
    }
  });

  it('has the six official section headings', () => {
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });
});

describe('lookups', () => {
  it('formatForYear: 2019 for 2019–2020, 2021 from 2021, none before', () => {
    expect([2018, 2019, 2020, 2021, 2030].map(formatForYear)).toEqual([undefined, '2019', '2019', '2021', '2021']);
  });

  it('getFormat refuses an unknown version with a clear error', () => {
    expect(() => getFormat('2020' as FormatVersion)).toThrow(
      'unknown format version "2020"; expected "2019" or "2021"',
    );
  });

  it('findRow and cellLabels give the official labels', () => {
    expect(findRow('2021', '3', 'received')?.row.label).toBe('一、本年新收政府信息公开申请数量');
    expect(findRow('2019', '3', 'otherNoFee')).toBeUndefined();
    expect(cellLabels('2021', { table: '4', row: 'review', column: 'total' })).toEqual({
      row: '行政复议',
      column: '总计',
      caption: undefined,
    });
    expect(cellLabels('2019', { table: '2', row: 'procurement', column: 'amount' })).toEqual({
      row: '政府集中采购',
      column: '采购总金额',
      caption: '第二十条第（九）项',
    });
    expect(() => cellLabels('2019', { table: '3', row: 'otherNoFee', column: 'natural' })).toThrow(
      'no cell 3/otherNoFee/natural in the 2019 format',
    );
  });
});
