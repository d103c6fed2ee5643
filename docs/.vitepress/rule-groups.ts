/**
 * The finding codes as the site groups them: the library's public registries, one group for each
 * thing a user runs. Read at build time (sidebar, the rule index pages, the checker's links).
 */
import { CROSS_YEAR_RULES, REPORT_RULES, ROLLUP_RULES, type RuleInfo } from '../../src/index.js';
import { DOCX_RULES } from '../../src/parse/docx/index.js';
import { PARSE_RULES } from '../../src/parse/index.js';
import { PDF_RULES } from '../../src/parse/pdf/index.js';

export interface RuleGroup {
  title: { zh: string; en: string };
  /** What a user runs to get these findings. */
  runBy: string;
  rules: readonly RuleInfo[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { title: { zh: '报告检查', en: 'Report checks' }, runBy: 'check', rules: REPORT_RULES },
  { title: { zh: '读取文本与网页', en: 'Reading text and web pages' }, runBy: 'zfxxgk/parse', rules: PARSE_RULES },
  { title: { zh: '读取 PDF', en: 'Reading PDF' }, runBy: 'zfxxgk/pdf', rules: PDF_RULES },
  { title: { zh: '读取 Word（DOCX）', en: 'Reading Word (DOCX)' }, runBy: 'zfxxgk/docx', rules: DOCX_RULES },
  {
    title: { zh: '跨年度检查', en: 'Cross-year checks' },
    runBy: 'check(report, { previous })',
    rules: CROSS_YEAR_RULES,
  },
  { title: { zh: '汇总检查', en: 'Rollup checks' }, runBy: 'rollup', rules: ROLLUP_RULES },
];
