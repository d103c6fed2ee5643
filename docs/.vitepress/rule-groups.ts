/**
 * The finding codes as the site groups them: every rule of the library (`RULES` of
 * `zfxxgk/rules`), by the part of the library that reports it. Read at build time (sidebar, the
 * rule index pages) and by the format reference.
 */
import { RULES } from '../../src/findings/index.js';

type Rule = (typeof RULES)[number];

/** What each category is called, and what a user runs to get its findings. */
const CATEGORIES: Readonly<Record<string, { zh: string; en: string; runBy: string }>> = {
  report: { zh: '报告检查', en: 'Report checks', runBy: 'check' },
  reading: { zh: '读取文本与网页', en: 'Reading text and web pages', runBy: 'zfxxgk/parse' },
  pdf: { zh: '读取 PDF', en: 'Reading PDF', runBy: 'zfxxgk/pdf' },
  docx: { zh: '读取 Word（DOCX）', en: 'Reading Word (DOCX)', runBy: 'zfxxgk/docx' },
  'cross-year': { zh: '跨年度检查', en: 'Cross-year checks', runBy: 'check(report, { previous })' },
  rollup: { zh: '汇总检查', en: 'Rollup checks', runBy: 'rollup' },
};

export interface RuleGroup {
  title: { zh: string; en: string };
  runBy: string;
  rules: readonly Rule[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [...new Set(RULES.map((r) => r.category))].map((category) => {
  const named = CATEGORIES[category];
  return {
    title: { zh: named?.zh ?? category, en: named?.en ?? category },
    runBy: named?.runBy ?? category,
    rules: RULES.filter((r) => r.category === category),
  };
});

/** A rule by its code. */
export const ruleOf = (code: string): Rule | undefined => RULES.find((r) => r.code === code);
