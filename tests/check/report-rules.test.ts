import { describe, expect, it } from 'vitest';
import { check, publicationDeadline } from '../../src/check/index.js';
import { notBlank } from '../../src/check/report-rules.js';
import { findingsOf, ruleTests } from '../support/rule-tester.js';
import { zeroReport } from '../support/reports.js';
import type { Report } from '../../src/model/types.js';

function withMeta(report: Report, meta: Partial<Report['meta']>): Report {
  const copy = structuredClone(report);
  Object.assign(copy.meta, meta);
  return copy;
}

function withSections(
  report: Report,
  texts: Partial<Record<keyof Report['sections'], string | null>>,
  topics: Report['topics'] = {},
): Report {
  const copy = structuredClone(report);
  for (const [key, text] of Object.entries(texts) as [keyof Report['sections'], string | null][]) {
    if (text === null) delete copy.sections[key];
    else copy.sections[key] = { heading: copy.sections[key]?.heading ?? key, text };
  }
  copy.topics = topics;
  return copy;
}

ruleTests('FORMAT-YEAR-MISMATCH', {
  valid: [
    { name: '2021 format for 2024', report: zeroReport('2021', { year: 2024 }) },
    { name: '2021 format for 2021, its first year', report: zeroReport('2021', { year: 2021 }) },
    { name: '2019 format for 2019 and 2020', report: zeroReport('2019', { year: 2020 }) },
    { name: 'no national format before 2019', report: zeroReport('2019', { year: 2018 }) },
  ],
  invalid: [
    {
      name: '2019 tables in a 2022 report (error)',
      report: zeroReport('2019', { year: 2022 }),
      findings: [{ code: 'FORMAT-YEAR-MISMATCH', severity: 'error' }],
      messages: {
        zh: '2022 年度报告使用了 2019 版格式，应使用 2021 版格式',
        en: 'A report on 2022 uses the 2019 format; the 2021 format applies',
      },
    },
    {
      name: 'the 2021 format a year early (warning)',
      report: zeroReport('2021', { year: 2020 }),
      findings: [{ code: 'FORMAT-YEAR-MISMATCH', severity: 'warning' }],
    },
  ],
});

ruleTests('SECTION-MISSING', {
  valid: [
    { name: 'all six sections', report: zeroReport('2021') },
    {
      name: 'sections 2–4 may hold only their table',
      report: withSections(zeroReport('2021'), { proactive: '', requests: ' ', appeals: '' }),
    },
    { name: 'section 6 may say 无', report: withSections(zeroReport('2021'), { other: '无。' }) },
    {
      name: 'turned off, as for truth files without narrative',
      report: withSections(zeroReport('2019'), { overview: null }),
      options: { rules: { 'SECTION-MISSING': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'section 5 absent',
      report: withSections(zeroReport('2021'), { problems: null }),
      findings: [{ code: 'SECTION-MISSING', severity: 'error' }],
      messages: {
        zh: '缺少「五、存在的主要问题及改进情况」部分或该部分为空',
        en: 'Section "五、存在的主要问题及改进情况" is missing or empty',
      },
    },
    {
      name: 'a narrative section with only whitespace, and an absent table section',
      report: withSections(zeroReport('2019'), { overview: ' \n ', appeals: null }),
      findings: [
        { code: 'SECTION-MISSING', severity: 'error' },
        { code: 'SECTION-MISSING', severity: 'error' },
      ],
      messages: { zh: '一、总体情况', en: '一、总体情况' },
    },
    {
      name: 'a narrative given, sections 1 and 5 absent',
      report: withSections(zeroReport('2021'), { overview: null, problems: null }),
      findings: [
        { code: 'SECTION-MISSING', severity: 'error' },
        { code: 'SECTION-MISSING', severity: 'error' },
      ],
    },
    {
      name: 'section 5 holding only a placeholder',
      report: withSections(zeroReport('2021'), { problems: '无。' }),
      findings: [{ code: 'SECTION-MISSING', severity: 'error', quote: '无。' }],
      messages: {
        zh: '「五、存在的主要问题及改进情况」部分只写了「无。」，该部分应说明实际情况',
        en: 'Section "五、存在的主要问题及改进情况" says only "无。"',
      },
    },
    {
      name: 'placeholders as reports word them, in sections 1 and 5',
      report: withSections(zeroReport('2019'), { overview: '暂无', problems: ' 本年度无此项情况！ ' }),
      findings: [
        { code: 'SECTION-MISSING', severity: 'error', quote: '暂无' },
        { code: 'SECTION-MISSING', severity: 'error', quote: '本年度无此项情况！' },
      ],
    },
  ],
});

describe('SECTION-MISSING: placeholders are matched by wording, not by length', () => {
  const placeholder = (problems: string) =>
    findingsOf('SECTION-MISSING', withSections(zeroReport('2021'), { problems })).length === 1;
  it.each(['无', '无。', '暂无。', '没有', '不涉及', '无相关情况', '本年无', '略', '—', '/', '（无）'])(
    '%s',
    (text) => {
      expect(placeholder(text)).toBe(true);
    },
  );
  it.each(['无问题需要改进以外的情况：培训不足。', '人员不足。', '无专职人员，将增设岗位。', '经费紧张'])(
    'a short real answer: %s',
    (text) => {
      expect(placeholder(text)).toBe(false);
    },
  );
});

ruleTests('NARRATIVE-ABSENT', {
  valid: [
    { name: 'a narrative given', report: zeroReport('2021') },
    { name: 'section 1 only', report: withSections(zeroReport('2021'), { problems: null, other: null }) },
    {
      name: 'a sub-topic of section 1 only',
      report: { ...zeroReport('2021'), sections: {}, topics: { proactive: '主动公开…' } },
    },
  ],
  invalid: [
    {
      name: 'no sections at all (tables given as CSV or JSON): checked as tables only',
      report: { ...zeroReport('2021'), sections: {} },
      findings: [{ code: 'NARRATIVE-ABSENT', severity: 'info' }],
      messages: { zh: '只检查了表格', en: 'the tables were checked, the six sections were not' },
    },
    {
      name: 'every section present with no text',
      report: withSections(zeroReport('2019'), { overview: '', problems: ' ', other: '' }),
      findings: [{ code: 'NARRATIVE-ABSENT', severity: 'info' }],
    },
  ],
});

describe('a report without narrative', () => {
  it('has no SECTION-MISSING, and no ASSESSMENT-MISSING or FEE-STATEMENT-MISSING either', () => {
    const report = { ...zeroReport('2021'), sections: {} };
    report.meta.level = 'government';
    expect(findingsOf('SECTION-MISSING', report)).toEqual([]);
    expect(check(report).map((f) => f.code)).toEqual(['NARRATIVE-ABSENT']);
  });
});

ruleTests('LATE-PUBLICATION', {
  valid: [
    {
      name: 'a department on 31 January',
      report: withMeta(zeroReport('2021'), { year: 2024, level: 'department', published: '2025-01-31' }),
    },
    {
      name: 'a government on 31 March',
      report: withMeta(zeroReport('2021'), { year: 2024, level: 'government', published: '2025-03-31' }),
    },
    {
      name: 'Shanghai 2019, published 2020-01-31',
      report: withMeta(zeroReport('2019'), { year: 2019, level: 'department', published: '2020-01-31' }),
    },
    { name: 'publication date unknown', report: withMeta(zeroReport('2021'), { published: null }) },
    {
      name: 'a body of another kind has no deadline',
      report: withMeta(zeroReport('2021'), { year: 2024, level: 'other', published: '2025-12-31' }),
    },
  ],
  invalid: [
    {
      name: 'a department on 1 February',
      report: withMeta(zeroReport('2021'), { year: 2024, level: 'department', published: '2025-02-01' }),
      findings: [{ code: 'LATE-PUBLICATION', severity: 'warning' }],
      messages: {
        zh: '发布日期 2025-02-01 晚于法定期限 2025-01-31',
        en: 'Published on 2025-02-01, after the legal deadline of 2025-01-31',
      },
    },
    {
      name: 'a township on 1 April',
      report: withMeta(zeroReport('2021'), { year: 2023, level: 'township', published: '2024-04-01' }),
      findings: [{ code: 'LATE-PUBLICATION', severity: 'warning' }],
      messages: { zh: '2024-03-31', en: '2024-03-31' },
    },
    {
      name: 'raised to an error',
      report: withMeta(zeroReport('2019'), { year: 2020, level: 'government', published: '2021-06-30' }),
      options: { rules: { 'LATE-PUBLICATION': 'error' } },
      findings: [{ code: 'LATE-PUBLICATION', severity: 'error' }],
    },
  ],
});

describe('publicationDeadline', () => {
  it('follows 条例第四十九条 by level', () => {
    expect(publicationDeadline({ year: 2024, level: 'department' })).toBe('2025-01-31');
    expect(publicationDeadline({ year: 2024, level: 'government' })).toBe('2025-03-31');
    expect(publicationDeadline({ year: 2024, level: 'township' })).toBe('2025-03-31');
    expect(publicationDeadline({ year: 2024, level: 'other' })).toBeUndefined();
  });
});

ruleTests('FEE-STATEMENT-MISSING', {
  valid: [
    { name: '本年度未收取信息处理费', report: zeroReport('2021') },
    {
      name: 'the Beiguan wording 信息公开处理费',
      report: withSections(zeroReport('2021'), { other: '本年度，本机关未收取信息公开处理费。' }),
    },
    {
      name: 'a fee charged, in 元',
      report: withSections(zeroReport('2021'), {
        other: '依据《政府信息公开信息处理费管理办法》规定，实际收取信息处理费共计400元。',
      }),
    },
    {
      name: '2019 format: no fee statement expected (Shanghai: 无)',
      report: withSections(zeroReport('2019'), { other: '无。' }),
    },
    {
      name: 'section 6 absent is SECTION-MISSING, not this',
      report: withSections(zeroReport('2021'), { other: null }),
    },
  ],
  invalid: [
    {
      name: '2021 format, section 6 says 无',
      report: withSections(zeroReport('2021'), { other: '无。' }),
      findings: [{ code: 'FEE-STATEMENT-MISSING', severity: 'warning' }],
      messages: { zh: '信息处理费', en: 'information processing fees' },
    },
    {
      name: 'a fee statement outside section 6 does not count',
      report: withSections(zeroReport('2021'), {
        overview: '本年度未收取信息处理费。',
        other: '本机关认真落实年度政务公开工作要点。',
      }),
      findings: [{ code: 'FEE-STATEMENT-MISSING', severity: 'warning' }],
    },
  ],
});

const NO_ASSESSMENT = {
  overview: '本机关认真贯彻落实《条例》。',
  problems: '公开内容仍需深化。',
  other: '本年度未收取信息处理费。',
};

ruleTests('ASSESSMENT-MISSING', {
  valid: [
    { name: 'a department need not report assessment', report: withSections(zeroReport('2021'), NO_ASSESSMENT) },
    { name: 'a government that mentions 考核', report: zeroReport('2021', { level: 'government' }) },
    {
      name: 'a government whose 监督保障 topic mentions 责任追究',
      report: withSections(zeroReport('2021', { level: 'government' }), NO_ASSESSMENT, {
        oversight: '落实责任追究制度，全年未发生责任追究情况。',
      }),
    },
    {
      name: 'a government with no narrative at all (SECTION-MISSING says so)',
      report: { ...zeroReport('2021', { level: 'government' }), sections: {} },
    },
  ],
  invalid: [
    {
      name: 'a city government silent on 考核/评议/追责',
      report: withSections(zeroReport('2021', { level: 'government' }), NO_ASSESSMENT),
      findings: [{ code: 'ASSESSMENT-MISSING', severity: 'warning' }],
      messages: { zh: '工作考核、社会评议和责任追究', en: 'assessment, public appraisal and accountability' },
    },
    {
      name: 'a township too',
      report: withSections(zeroReport('2019', { level: 'township' }), NO_ASSESSMENT),
      findings: [{ code: 'ASSESSMENT-MISSING', severity: 'warning' }],
    },
  ],
});

describe('ASSESSMENT-MISSING beside the scan of the statement words', () => {
  // Sections 1, 3 and 4 (and topics apart) are scanned for the words once, with the statement
  // words of TEXT-TABLE-MISMATCH; the rule reads the other sections itself, and all of them when
  // that rule is off. The answer must not depend on which read a word.
  const government = (
    sections: Partial<Record<keyof Report['sections'], string>>,
    topics: Report['topics'] = {},
  ): Report => withSections(zeroReport('2021', { level: 'government' }), { ...NO_ASSESSMENT, ...sections }, topics);
  const cases: [string, Report, boolean][] = [
    ['in section 1, after a statement', government({ overview: '本年度新收申请3件，已纳入年度考核。' }), false],
    ['in section 3', government({ requests: '依申请公开工作开展社会评议。' }), false],
    ['in section 4', government({ appeals: '对败诉案件严格责任追究。' }), false],
    ['in section 5', government({ problems: '加强追责问责。' }), false],
    ['in a topic apart', government({}, { oversight: '强化考核。' }), false],
    ['nowhere, with statements', government({ overview: '本年度新收申请3件，办结3件。' }), true],
  ];
  for (const [name, report, missing] of cases)
    it(`${name}: ${missing ? 'missing' : 'named'}, with TEXT-TABLE-MISMATCH on and off`, () => {
      for (const rules of [{}, { 'TEXT-TABLE-MISMATCH': 'off' } as const]) {
        const codes = check(report, { rules }).map((f) => f.code);
        expect(codes.includes('ASSESSMENT-MISSING')).toBe(missing);
      }
    });
});

describe('the white space a section may consist of', () => {
  it('is what `\\s` matches, on every code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = String.fromCharCode(code);
      if (notBlank(text) !== /\S/.test(text) || notBlank(`${text}x`) !== true) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('a section of white space alone is missing; one of another value is read as before', () => {
    const report = zeroReport('2021');
    (report.sections.other as { text: string }).text = '\u3000\u2028\ufeff \t';
    expect(check(report).some((f) => f.code === 'SECTION-MISSING' && f.path?.[1] === 'other')).toBe(true);
    // From an untyped caller: read as `/\S/` reads it (the fee statement's rule would throw on it).
    (report.sections.other as { text: unknown }).text = 42;
    const rules = { 'FEE-STATEMENT-MISSING': 'off' } as const;
    expect(check(report, { rules }).some((f) => f.code === 'SECTION-MISSING' && f.path?.[1] === 'other')).toBe(false);
  });
});
