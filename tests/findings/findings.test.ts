/**
 * The findings layer: every registry, message, SARIF rule and line of rules.json derives from the
 * one list of rules, and one writer settles severities and messages for every part of the library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_RULES } from '../../src/check/index.js';
import { CROSS_YEAR_RULES } from '../../src/diff/index.js';
import {
  defineRules,
  findingWriter,
  joinRules,
  RULE_DOCS_URL,
  RULES,
  rulesCatalog,
  sarifRules,
} from '../../src/findings/index.js';
import { FORMATS } from '../../src/format/index.js';
import { DOCX_RULES } from '../../src/parse/docx/index.js';
import { PARSE_RULES } from '../../src/parse/index.js';
import { PDF_RULES } from '../../src/parse/pdf/index.js';
import { ROLLUP_RULES } from '../../src/rollup/index.js';

const shipped = JSON.parse(readFileSync(new URL('../../schema/rules.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the registries', () => {
  it.each([
    ['report', REPORT_RULES],
    ['reading', PARSE_RULES],
    ['pdf', PDF_RULES],
    ['docx', DOCX_RULES],
    ['cross-year', CROSS_YEAR_RULES],
    ['rollup', ROLLUP_RULES],
  ] as const)('the %s registry lists its category of RULES: code, severity, title', (category, registry) => {
    const rules = RULES.filter((r) => r.category === category);
    expect(registry).toEqual(rules.map((r) => ({ code: r.code, severity: r.severity, description: r.title })));
    expect(registry.length).toBeGreaterThan(0);
  });

  it('lists every rule once, in categories one after the other', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const categories = RULES.map((r) => r.category).filter((c, i, all) => c !== all[i - 1]);
    expect(categories).toEqual(['report', 'reading', 'pdf', 'docx', 'cross-year', 'rollup']);
  });

  it('refuses a code written in two categories', () => {
    const spec = {
      severity: 'info',
      title: { zh: '示例', en: 'Example' },
      message: () => ({ zh: '示例', en: 'Example' }),
    } as const;
    expect(() => joinRules(defineRules('a', { 'X-ONE': spec }), defineRules('b', { 'X-ONE': spec }))).toThrow(
      'finding code X-ONE is defined twice',
    );
  });

  it('every relation of both formats is reported under a report rule', () => {
    for (const format of Object.values(FORMATS))
      for (const relation of format.relations)
        expect(RULES.find((r) => r.code === relation.code)?.category, relation.code).toBe('report');
  });
});

describe('findingWriter', () => {
  const write = findingWriter(RULES);

  it("takes the rule's severity unless the finding or the options say otherwise", () => {
    const raw = [
      { code: 'SECTION-MISSING', params: { heading: '一、总体情况' } },
      { code: 'CELL-BLANK', severity: 'info', messageKey: 'CELL-BLANK/cells', params: { table: '3', count: 2 } },
      { code: 'LATE-PUBLICATION', params: { published: '2025-02-01', deadline: '2025-01-31' } },
    ] as const;
    expect(write(raw).map((f) => [f.code, f.severity])).toEqual([
      ['SECTION-MISSING', 'error'],
      ['CELL-BLANK', 'info'],
      ['LATE-PUBLICATION', 'warning'],
    ]);
    expect(
      write(raw, { rules: { 'CELL-BLANK': 'off', 'LATE-PUBLICATION': 'error' } }).map((f) => [f.code, f.severity]),
    ).toEqual([
      ['SECTION-MISSING', 'error'],
      ['LATE-PUBLICATION', 'error'],
    ]);
  });

  it('writes the message of the key in the language asked, and keeps the place, without blank fields', () => {
    const [zh] = write([
      {
        code: 'CELL-BLANK',
        messageKey: 'CELL-BLANK/cells',
        table: '3',
        row: undefined,
        path: ['table3'],
        params: { table: '3', count: 4 },
      },
    ]);
    expect(zh).toEqual({
      code: 'CELL-BLANK',
      severity: 'warning',
      message: '表3有 4 个空白单元格，计算时按 0 处理',
      table: '3',
      path: ['table3'],
    });
    expect(
      write([{ code: 'CELL-BLANK', params: { table: '4', row: '行政复议', column: '总计', expected: 3 } }], {
        lang: 'en',
      })[0]?.message,
    ).toBe('Table 4, row "行政复议", column "总计" is blank; its parts add up to 3');
  });

  it('a writer knows the messages of its own rules only', () => {
    const [finding] = findingWriter(RULES.filter((r) => r.category === 'rollup'))([
      { code: 'SECTION-MISSING', params: { heading: '一、总体情况' } },
    ]);
    expect(finding).toEqual({ code: 'SECTION-MISSING', severity: 'error', message: 'SECTION-MISSING' });
  });
});

describe('SARIF rule metadata', () => {
  it('describes every rule: id, name, descriptions, level, page', () => {
    const rules = sarifRules({ lang: 'en' });
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.code));
    expect(rules[0]).toEqual({
      id: 'T3-BALANCE',
      name: 'T3Balance',
      shortDescription: { text: 'Table 3, per column: received + carried over = outcome total + carried forward' },
      fullDescription: {
        text: 'Table 3, per column: received + carried over = outcome total + carried forward (表三每列：第一项加第二项之和等于第三项加第四项之和)',
      },
      defaultConfiguration: { level: 'error' },
      helpUri: `${RULE_DOCS_URL}T3-BALANCE.md`,
      properties: { category: 'report' },
    });
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it('maps info to note and takes the docs address and language given', () => {
    const jump = sarifRules({ docsUrl: 'https://example.org/rules/' }).find((r) => r.id === 'X-JUMP');
    expect(jump?.defaultConfiguration.level).toBe('note');
    expect(jump?.helpUri).toBe('https://example.org/rules/X-JUMP.md');
    expect(jump?.shortDescription.text).toBe('单元格数值较上年大幅变化');
    const levels = new Set(sarifRules().map((r) => r.defaultConfiguration.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  });
});

describe('rules.json', () => {
  it('is what rulesCatalog gives: the shipped file is up to date (npm run build writes it)', () => {
    expect(shipped).toEqual(rulesCatalog());
    expect(shipped.rules).toHaveLength(RULES.length);
  });

  it('lists each rule with its metadata', () => {
    expect(shipped.rules.find((r: { code: string }) => r.code === 'ROLLUP-UNIT-MISMATCH')).toEqual({
      code: 'ROLLUP-UNIT-MISMATCH',
      category: 'rollup',
      severity: 'error',
      title: {
        zh: '各报告的金额单位不同，该单元格不予汇总',
        en: 'The inputs state an amount in different units; the cell is not summed',
      },
      docs: 'docs/rules/ROLLUP-UNIT-MISMATCH.md',
      helpUri: `${RULE_DOCS_URL}ROLLUP-UNIT-MISMATCH.md`,
    });
  });

  it('is exported as zfxxgk/rules.json and shipped', () => {
    expect(pkg.exports['./rules.json']).toBe('./schema/rules.json');
    expect(pkg.files).toContain('schema');
  });
});
