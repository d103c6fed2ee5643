/**
 * Rows and columns by role, and the cross-year relations declared with the formats: rules find
 * rows by what they mean, and every relation is data the engine evaluates.
 */
import { describe, expect, it } from 'vitest';
import { compileRelations } from '../../src/check/engine.js';
import {
  columnsWithRole,
  columnWithRole,
  FORMAT_VERSIONS,
  formatCells,
  getFormat,
  getTable,
  OUTCOME_ROLES,
  rowsWithRole,
  rowWithRole,
  type BlockDef,
  type CellDef,
  type FormatVersion,
} from '../../src/format/index.js';

const block = (version: FormatVersion, table: '2' | '3' | '4', i = 0) => getTable(version, table).blocks[i] as BlockDef;

describe.each(FORMAT_VERSIONS)('roles in the %s format', (version) => {
  const t3 = getTable(version, '3');

  it('gives every row of tables 3 and 4 a role, and the outcome rows are those of 三 between 二 and （七）', () => {
    for (const table of [t3, getTable(version, '4')])
      for (const row of table.blocks[0]!.rows) expect(row.role).toBeDefined();
    const keys = t3.blocks[0]!.rows.map((r) => r.key);
    const outcomes = rowsWithRole(t3, OUTCOME_ROLES).map((r) => r.key);
    expect(outcomes).toEqual(keys.slice(2, -2));
    for (const row of rowsWithRole(t3, OUTCOME_ROLES)) expect(row.parents?.[0]).toBe('三、本年度办理结果');
    expect(rowsWithRole(t3, 'withheld').map((r) => r.parents?.[1])).toEqual(Array(8).fill('（三）不予公开'));
    expect(rowsWithRole(t3, 'otherHandling').length).toBe(version === '2021' ? 3 : 1);
  });

  it('finds the rows and columns the rules need by role, with their official labels', () => {
    expect(rowWithRole(t3, 'received').label).toBe('一、本年新收政府信息公开申请数量');
    expect(rowWithRole(t3, 'carriedForward').label).toBe('四、结转下年度继续办理');
    expect(rowWithRole(t3, 'outcomeTotal').label).toBe('（七）总计');
    // Every column of table 3 but the last, 总计, is an applicant column.
    const columns = block(version, '3').columns;
    expect(columnsWithRole(block(version, '3'), 'applicant')).toEqual(columns.slice(0, -1));
    expect(columnWithRole(block(version, '3'), 'total')).toBe(columns.at(-1));
    expect(columnWithRole(block(version, '4'), 'pending').label).toBe('尚未审结');
    expect(rowsWithRole(getTable(version, '4'), 'litigation').map((r) => r.label)).toEqual([
      '未经复议直接起诉',
      '复议后起诉',
    ]);
  });

  it('says clearly when a definition has not exactly one row or column of a role', () => {
    expect(() => rowWithRole(t3, 'withheld')).toThrow('table 3 has 8 rows with role withheld, not one');
    expect(() => columnWithRole(block(version, '3'), 'applicant')).toThrow(
      'block applications has 6 columns with role applicant, not one',
    );
  });

  it('declares X-CARRYOVER per table 3 column: 二、上年结转 = last year’s 四、结转下年度继续办理', () => {
    const carryOver = getFormat(version).crossYear.find((r) => r.code === 'X-CARRYOVER');
    expect(carryOver?.instances).toHaveLength(7);
    expect(carryOver?.instances[0]).toEqual({
      axis: 'column',
      along: 'natural',
      left: [{ table: '3', row: 'carriedOver', column: 'natural' }],
      right: [{ table: '3', row: 'carriedForward', column: 'natural', year: 'previous', name: 'before' }],
    });
  });
});

describe('the stock of documents (X-STOCK)', () => {
  it('is declared where table 2 has issued, repealed and in-force columns: the 2021 format only', () => {
    expect(columnsWithRole(block('2021', '2'), ['issued', 'repealed', 'inForce']).map((c) => c.label)).toEqual([
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ]);
    expect(getFormat('2019').crossYear.map((r) => r.code)).toEqual(['X-CARRYOVER']);
    const stock = getFormat('2021').crossYear.find((r) => r.code === 'X-STOCK');
    expect(stock?.instances.map((i) => i.along)).toEqual(['rules', 'normativeDocuments']);
    expect(stock?.instances[0]).toEqual({
      axis: 'row',
      along: 'rules',
      left: [{ table: '2', row: 'rules', column: 'inForce', required: true }],
      right: [
        { table: '2', row: 'rules', column: 'inForce', year: 'previous', required: true, name: 'last' },
        { table: '2', row: 'rules', column: 'issued', name: 'issued' },
        { table: '2', row: 'rules', column: 'repealed', negate: true, name: 'repealed' },
      ],
    });
  });
});

describe('the relation engine', () => {
  /** Slots of this year's cells, then last year's, each format's cells in order. */
  const slots = (now: FormatVersion, before: FormatVersion) => {
    const cells = formatCells(now);
    const previous = formatCells(before);
    const find = (list: readonly CellDef[], offset: number, t: { table: string; row: string; column: string }) => {
      const i = list.findIndex((c) => c.table === t.table && c.row === t.row && c.column === t.column);
      return i < 0 ? undefined : { cell: list[i] as CellDef, slot: offset + i };
    };
    return (term: { table: string; row: string; column: string; year?: 'previous' }) =>
      term.year === 'previous' ? find(previous, cells.length, term) : find(cells, 0, term);
  };

  it('moves a subtracted term to the other side, and names the checked cell and the quoted terms', () => {
    const { instances, terms, bounds } = compileRelations(getFormat('2021').crossYear, slots('2021', '2021'));
    const stock = instances.findIndex((i) => i.relation.code === 'X-STOCK');
    const cells = formatCells('2021');
    const at = (t: string, r: string, c: string, offset = 0) =>
      offset + cells.findIndex((x) => x.table === t && x.row === r && x.column === c);
    const left = [...terms.slice(bounds[2 * stock], bounds[2 * stock + 1])];
    const right = [...terms.slice(bounds[2 * stock + 1], bounds[2 * stock + 2])];
    expect(left).toEqual([at('2', 'rules', 'inForce'), at('2', 'rules', 'repealed')]);
    expect(right).toEqual([at('2', 'rules', 'inForce', cells.length), at('2', 'rules', 'issued')]);
    expect(instances[stock]?.subject).toBe(at('2', 'rules', 'inForce'));
    expect(instances[stock]?.named.map(([name]) => name)).toEqual(['last', 'issued', 'repealed']);
    expect(instances[stock]?.cells.map((c) => c.column)).toEqual(['inForce', 'issued', 'repealed']);
  });

  it("leaves out an instance whose term last year's format does not have", () => {
    const { instances } = compileRelations(getFormat('2021').crossYear, slots('2021', '2019'));
    expect([...new Set(instances.map((i) => i.relation.code))]).toEqual(['X-CARRYOVER']);
    expect(instances).toHaveLength(7);
  });

  it('refuses a relation over money, whose sums would not be exact in doubles', () => {
    const fees = { table: '2', row: 'fees', column: 'feeAmount' } as const;
    const relation = {
      code: 'X-FEES',
      instances: [{ axis: 'row', along: 'fees', left: [fees], right: [fees] }],
    } as const;
    expect(() => compileRelations([relation], slots('2021', '2021'))).toThrow(
      'relation X-FEES runs through money cells; only counts add exactly',
    );
  });
});
