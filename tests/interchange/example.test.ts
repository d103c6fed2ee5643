import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { readCsv, writeCsv } from '../../src/interchange/csv.js';
import type { Report2021 } from '../../src/model/types.js';
import { exampleReport } from '../../scripts/example-from-truth.js';
import { readTruth, truthToReport } from '../support/truth.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/2024-beiguan-yjglj.csv', import.meta.url));
const text = readFileSync(EXAMPLE, 'utf8');
const report = readCsv(text) as Report2021;

describe('examples/2024-beiguan-yjglj.csv', () => {
  it('checks clean: no error, no warning, no finding at all', () => {
    expect(check(report)).toEqual([]);
    expect(check(report, { lang: 'en' })).toEqual([]);
  });

  it('is what scripts/example-from-truth.ts generates from the seed report and its truth file', () => {
    expect(writeCsv(exampleReport())).toBe(text);
  });

  it('has the meta of the seed report', () => {
    expect(report.format).toBe('2021');
    expect(report.meta).toEqual({
      agency: '北关区应急管理局',
      year: 2024,
      level: 'department',
      scope: 'agency',
      published: null,
    });
  });

  it('has the tables of the truth file', () => {
    const truth = truthToReport(readTruth('2024-beiguan-yjglj.txt'));
    expect({ table2: report.table2, table3: report.table3, table4: report.table4 }).toEqual({
      table2: truth.table2,
      table3: truth.table3,
      table4: truth.table4,
    });
    expect(report.table2.penalty.decisions).toBe(13);
  });

  it('has all six sections as printed, and the five topics of section 1', () => {
    expect(Object.values(report.sections).map((s) => s?.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(report.sections.other?.text).toBe('本年度，本机关未收取信息公开处理费。');
    expect(report.sections.problems?.text.startsWith('（一）存在的问题')).toBe(true);
    expect(Object.keys(report.topics)).toEqual(['proactive', 'onRequest', 'management', 'platform', 'oversight']);
    expect(report.topics.onRequest).toBe(
      '(二) 依申请公开方面。2024 年以来，北关区应急管理局未收到政府信息公开申请，结转数量为 0。',
    );
  });
});
