/**
 * What the command line knows about every finding code: default severity, description and the
 * address of its docs page, for `--rule`, SARIF's rule metadata and the summary. Built from the
 * registries of every area in one place, so that it can draw on one definition per rule instead
 * when the library has it.
 *
 * @module
 */
import type { Lang } from '../check/finding.js';
import { REPORT_RULES, type RuleInfo } from '../check/rules.js';
import { CROSS_YEAR_RULES } from '../diff/rules.js';
import type { Severity } from '../format/grid.js';
import { DOCX_RULES } from '../parse/docx/findings.js';
import { PDF_RULES } from '../parse/pdf/findings.js';
import { PARSE_RULES } from '../parse/rules.js';
import { ROLLUP_RULES } from '../rollup/rules.js';

/**
 * Where the rule pages are published: `docs/rules/CODE.md` of the repository.
 *
 * @example
 * ```ts
 * `${RULE_DOCS}T3-BALANCE.md`;
 * ```
 */
export const RULE_DOCS = 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/';

/**
 * One finding code as the command line describes it.
 *
 * @example
 * ```ts
 * RULES.get('T3-BALANCE')?.helpUri; // '…/docs/rules/T3-BALANCE.md'
 * ```
 */
export interface RuleMeta {
  code: string;
  severity: Severity;
  description: Record<Lang, string>;
  helpUri: string;
}

const meta = (rule: RuleInfo): RuleMeta => ({
  code: rule.code,
  severity: rule.severity,
  description: { zh: rule.description.zh, en: rule.description.en },
  helpUri: `${RULE_DOCS}${rule.code}.md`,
});

/**
 * Every finding code, of the readers, the checks, the cross-year checks and the rollup, by code,
 * in that order.
 *
 * @example
 * ```ts
 * [...RULES.keys()].includes('PARSE-NOT-REPORT'); // true
 * ```
 */
export const RULES: ReadonlyMap<string, RuleMeta> = new Map(
  [PARSE_RULES, PDF_RULES, DOCX_RULES, REPORT_RULES, CROSS_YEAR_RULES, ROLLUP_RULES]
    .flat()
    .map((rule) => [rule.code, meta(rule)]),
);
