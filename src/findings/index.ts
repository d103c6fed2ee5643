/**
 * `zfxxgk/rules`: every rule of the library, written once. The rules of each category live in
 * their own file (`report.ts`, `reading.ts`, `pdf.ts`, `docx.ts`, `cross-year.ts`, `rollup.ts`),
 * joined in `catalog.ts`; the typed {@link RuleCode}, the registries, the messages, the SARIF
 * metadata and `rules.json` all derive from {@link RULES}.
 *
 * @example
 * ```ts
 * import { RULES, sarifRules } from 'zfxxgk/rules';
 * RULES.length === sarifRules().length; // true
 * ```
 *
 * @module zfxxgk/rules
 */
import type { Bilingual, Severity } from './basics.js';
import { RULES, type RuleCategory, type RuleCode } from './catalog.js';
import type { RuleDefinition } from './define.js';
import { ruleUrl, toSarifRules, type SarifRule, type SarifRuleOptions } from './sarif.js';

/**
 * SARIF 2.1.0 metadata of every rule (`tool.driver.rules`), with each rule's page.
 *
 * @example
 * ```ts
 * sarifRules({ lang: 'en' }).find((r) => r.id === 'T4-TOTAL')?.helpUri;
 * // 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/T4-TOTAL.md'
 * ```
 */
export function sarifRules(options: SarifRuleOptions = {}): SarifRule[] {
  return toSarifRules(RULES, options);
}

/**
 * One rule as `rules.json` lists it.
 *
 * @example
 * ```ts
 * rulesCatalog().rules.find((r) => r.code === 'X-JUMP');
 * // { code: 'X-JUMP', category: 'cross-year', severity: 'info',
 * //   title: { zh: '单元格数值较上年大幅变化', en: 'A cell changed by a large factor since last year' },
 * //   docs: 'docs/rules/X-JUMP.md', helpUri: 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/X-JUMP.md' }
 * ```
 */
export interface RuleMeta {
  readonly code: RuleCode;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly title: Bilingual;
  /** The page in the package's repository. */
  readonly docs: string;
  /** The published page. */
  readonly helpUri: string;
}

/**
 * What the shipped `zfxxgk/rules.json` holds: every rule with its metadata, in {@link RULES} order.
 *
 * @example
 * ```ts
 * import catalog from 'zfxxgk/rules.json' with { type: 'json' };
 * catalog.rules.length === rulesCatalog().rules.length; // true
 * ```
 */
export function rulesCatalog(options: Pick<SarifRuleOptions, 'docsUrl'> = {}): { rules: RuleMeta[] } {
  return {
    rules: RULES.map((r: RuleDefinition<RuleCode, RuleCategory>) => ({
      code: r.code,
      category: r.category,
      severity: r.severity,
      title: r.title,
      docs: r.docs,
      helpUri: ruleUrl(r.code, options.docsUrl),
    })),
  };
}

export { type AnyRule, RULES, type RuleCategory, type RuleCode } from './catalog.js';
export { CROSS_YEAR_RULES } from './cross-year.js';
export { DOCX_RULES } from './docx.js';
export { PDF_RULES } from './pdf.js';
export { PARSE_RULES } from './reading.js';
export { REPORT_RULES } from './report.js';
export { ROLLUP_RULES } from './rollup.js';
export {
  defineRules,
  joinRules,
  registry,
  type MessageTemplate,
  type RuleDefinition,
  type RuleInfo,
  type RuleSpec,
} from './define.js';
export { RULE_DOCS_URL, ruleUrl, sarifLevel, toSarifRules, type SarifRule, type SarifRuleOptions } from './sarif.js';
export { findingWriter, type WriteOptions, type Written } from './write.js';
export type * from './types.js';
