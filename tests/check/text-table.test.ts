import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import type { Report } from '../../src/model/types.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';
import { ruleTests } from '../support/rule-tester.js';
import { htmlSectionText, textSectionText } from '../support/corpus-text.js';
import { withCells, zeroReport } from '../support/reports.js';
import { readTruth, truthToReport } from '../support/truth.js';

const CODE = 'TEXT-TABLE-MISMATCH';

/** A copy of a report whose section 1 (or another section) has the given text. */
function narrating(report: Report, text: string, key: 'overview' | 'requests' | 'appeals' = 'overview'): Report {
  const copy = structuredClone(report);
  const heading = {
    overview: '一、总体情况',
    requests: '三、收到和处理政府信息公开申请情况',
    appeals: '四、政府信息公开行政复议、行政诉讼情况',
  }[key];
  copy.sections[key] = { heading, text };
  return copy;
}

const shanghaiTables = truthToReport(readTruth('2019-shanghai-szfbgt.html'));
shanghaiTables.sections = zeroReport('2019').sections;
const shanghaiOverview = htmlSectionText('2019-shanghai-szfbgt.html', '一、总体情况', '二、主动公开政府信息情况');

const huaianTables = truthToReport(readTruth('2024-huaian-szf.pdf'), { level: 'government' });
huaianTables.sections = zeroReport('2021').sections;
/** The Huaian 2024 wording, as printed (its PDF breaks lines inside the sentence). */
const HUAIAN =
  '2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。' +
  '政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；' +
  '政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。';

const beiguanOverview = textSectionText('2024-beiguan-yjglj.txt', '一、总体情况', '二、主动公开政府信息情况');
/** The 孝感市人民政府研究室 2019 wording (corpus/partial). */
const XIAOGAN =
  '经信息汇总梳理,2019年孝感市政府研究室主动公开信息16条,收到依申请公开请求2件,按时办结2件,上传《孝感市人民政府公报》3期';
const XIAOGAN_APPEALS = '未出现申请行政复议、提起行政诉讼的情况';

const zero = zeroReport('2021');

ruleTests(CODE, {
  valid: [
    { name: 'Huaian 2024: every figure agrees with the tables', report: narrating(huaianTables, HUAIAN) },
    { name: 'Beiguan 2024: 未收到政府信息公开申请 and an empty table 3', report: narrating(zero, beiguanOverview) },
    {
      name: '孝感 2019: 2 requests received and answered',
      report: narrating(withCells(zero, { 'table3.received.total': 2, 'table3.outcomeTotal.total': 2 }), XIAOGAN),
    },
    {
      name: '孝感 2019: no review or lawsuit, stated in section 4',
      report: narrating(zero, XIAOGAN_APPEALS, 'appeals'),
    },
    {
      name: 'a platform count near 受理 (Shanghai)',
      report: narrating(zero, '统一受理平台接入53个部门2261项事项，涵盖行政审批、其他行政权力及公共服务事项等范围。'),
    },
    {
      name: 'review applications received are not disclosure applications',
      report: narrating(zero, '全年共收到行政复议申请3件。'),
    },
    {
      name: 'reviews the body decided, not about disclosure',
      report: narrating(zero, '全年办理行政复议案件120件，行政诉讼应诉45件。'),
    },
    {
      name: 'a percentage is not a count',
      report: narrating(
        withCells(zero, { 'table3.received.total': 859 }),
        '共受理政府信息公开申请859件，申请数量较去年回落12.3%。',
      ),
    },
    {
      name: 'counts of other things',
      report: narrating(zero, '全局共上报政务信息 40 条，收到人大代表建议12件、政协提案8件，办结群众来信20件。'),
    },
    {
      name: 'proactive disclosure counts',
      report: narrating(zero, '主动公开规章13件，行政规范性文件60件，发布政策解读共132件。'),
    },
    {
      name: 'section 5 and 6 are not compared',
      report: {
        ...zero,
        sections: {
          ...zero.sections,
          problems: { heading: '五、存在的主要问题及改进情况', text: '受理政府信息公开申请5件。' },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'Shanghai 2019: 予以公开及部分公开258件 (table 275) and 无法提供265件 (table 337)',
      report: narrating(shanghaiTables, shanghaiOverview),
      findings: [
        { code: CODE, severity: 'warning', expected: 275, actual: 258, quote: '予以公开及部分公开258件，占33.9%' },
        {
          code: CODE,
          severity: 'warning',
          expected: 337,
          actual: 265,
          quote: '因本机关不掌握等原因无法提供265件，占32.9%',
        },
      ],
      messages: {
        zh: '正文所述予以公开及部分公开数为 258，与表格数据 275 不一致：「予以公开及部分公开258件，占33.9%」',
        en: 'The text states applications granted in full or in part as 258, the table has 275',
      },
    },
    {
      name: 'Shanghai 2019 wording against other tables: received, answered, carried over, reviews, lawsuits',
      report: narrating(
        zero,
        '市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。信息公开类行政复议7件，诉讼9件，均获维持。',
      ),
      findings: [
        {
          code: CODE,
          severity: 'warning',
          expected: 0,
          actual: 859,
          quote: '市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%',
        },
        {
          code: CODE,
          severity: 'warning',
          expected: 0,
          actual: 18,
          quote:
            '答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复',
        },
        {
          code: CODE,
          severity: 'warning',
          expected: 0,
          actual: 805,
          quote:
            '答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复',
        },
        { code: CODE, severity: 'warning', expected: 0, actual: 7, quote: '信息公开类行政复议7件，诉讼9件，均获维持' },
        { code: CODE, severity: 'warning', expected: 0, actual: 9, quote: '信息公开类行政复议7件，诉讼9件，均获维持' },
      ],
    },
    {
      name: 'Beiguan 2024 wording with an application in the table',
      report: narrating(withCells(zero, { 'table3.received.natural': 1, 'table3.received.total': 1 }), beiguanOverview),
      findings: [
        {
          code: CODE,
          severity: 'warning',
          expected: 1,
          actual: 0,
          quote: '2024 年以来，北关区应急管理局未收到政府信息公开申请，结转数量为 0',
        },
      ],
    },
    {
      name: 'Huaian 2024 wording with a lawsuit missing from table 4',
      report: narrating(withCells(huaianTables, { 'table4.litigationAfterReview.total': 19 }), HUAIAN),
      findings: [
        {
          code: CODE,
          severity: 'warning',
          expected: 45,
          actual: 46,
          quote: '政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件',
        },
      ],
    },
    {
      name: '孝感 2019: no review stated, one in the table',
      report: narrating(
        withCells(zero, { 'table4.review.upheld': 1, 'table4.review.total': 1 }),
        XIAOGAN_APPEALS,
        'appeals',
      ),
      findings: [{ code: CODE, severity: 'warning', expected: 1, actual: 0, quote: XIAOGAN_APPEALS }],
    },
    {
      name: 'figures in a section 1 sub-topic',
      report: { ...zero, topics: { onRequest: '全年新收政府信息公开申请3件，不予公开1件。' } },
      findings: [
        { code: CODE, severity: 'warning', expected: 0, actual: 3, quote: '全年新收政府信息公开申请3件，不予公开1件' },
        { code: CODE, severity: 'warning', expected: 0, actual: 1, quote: '全年新收政府信息公开申请3件，不予公开1件' },
      ],
    },
  ],
});

describe('narrative scanning', () => {
  it('stays linear on long adversarial text', () => {
    const adversarial = (scale: number) =>
      narrating(
        zero,
        `${'受理申请'.repeat(20_000 * scale)}${'未'.repeat(20_000 * scale)}行政复议${'1'.repeat(10_000 * scale)}件`,
      );
    expect(growthRatio(adversarial, check)).toBeLessThan(LINEAR_GROWTH);
  });

  it('stays linear on a narrative full of figures (the Huaian wording, many times over)', () => {
    const dense = (scale: number) =>
      narrating(huaianTables, Array.from({ length: 200 * scale }, () => HUAIAN).join('\n'));
    expect(growthRatio(dense, check, 5, 5)).toBeLessThan(LINEAR_GROWTH);
  });

  it('stays linear on one paragraph of many statements that need the paragraph for their context', () => {
    // No sentence says 申请, so each 不予公开 statement asks its paragraph: the answer is kept.
    const long = (scale: number) => narrating(zero, '不予公开1件。'.repeat(5_000 * scale));
    expect(growthRatio(long, check, 5, 5)).toBeLessThan(LINEAR_GROWTH);
  });

  it('quotes at most 160 characters of a long sentence', () => {
    const text = `共受理政府信息公开申请3件${'，'.repeat(1)}${'说明'.repeat(200)}`;
    const [finding] = check(narrating(zero, text)).filter((f) => f.code === CODE);
    expect(finding?.quote).toHaveLength(161);
    expect(finding?.quote?.endsWith('…')).toBe(true);
  });
});
