/**
 * Rule metadata for SARIF 2.1.0 (`tool.driver.rules`), for code-scanning tools that show findings
 * as eslint's and biome's are shown.
 *
 * @module
 */
import type { RuleDefinition } from './define.js';
import type { Lang, Severity } from './basics.js';

/**
 * Where the rule pages are published: a rule's page is this plus `CODE.md`.
 *
 * @example
 * ```ts
 * `${RULE_DOCS_URL}T3-BALANCE.md`; // the page of T3-BALANCE
 * ```
 */
export const RULE_DOCS_URL = 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/';

/**
 * The published page of a rule.
 *
 * @example
 * ```ts
 * ruleUrl('X-STOCK'); // 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/X-STOCK.md'
 * ruleUrl('X-STOCK', 'https://example.org/rules/'); // 'https://example.org/rules/X-STOCK.md'
 * ```
 */
export const ruleUrl = (code: string, docsUrl: string = RULE_DOCS_URL): string => `${docsUrl}${code}.md`;

/**
 * A rule as SARIF 2.1.0 describes it (a `reportingDescriptor` of `tool.driver.rules`).
 *
 * @example
 * ```ts
 * sarifRules().find((r) => r.id === 'X-JUMP')?.defaultConfiguration; // { level: 'note' }
 * ```
 */
export interface SarifRule {
  readonly id: string;
  /** The code in PascalCase (`T3Balance`), as SARIF's `name` is an identifier. */
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' | 'note' };
  readonly helpUri: string;
  readonly properties: { readonly category: string };
}

/**
 * Options of {@link sarifRules}.
 *
 * @example
 * ```ts
 * sarifRules({ lang: 'en', docsUrl: 'https://example.org/zfxxgk/rules/' });
 * ```
 */
export interface SarifRuleOptions {
  /** Language of the descriptions (default `zh`, as the messages). */
  lang?: Lang;
  /** Where the rule pages are; a page is this plus `CODE.md` (default {@link RULE_DOCS_URL}). */
  docsUrl?: string;
}

/**
 * The SARIF level of a severity: `info` is SARIF's `note`.
 *
 * @example
 * ```ts
 * sarifLevel('info'); // 'note'
 * ```
 */
export const sarifLevel = (severity: Severity): SarifRule['defaultConfiguration']['level'] =>
  severity === 'info' ? 'note' : severity;

/** `T3-BALANCE` → `T3Balance`. */
const pascalCase = (code: string): string =>
  code
    .split('-')
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join('');

/**
 * The SARIF rule metadata of the given rules: id, name, descriptions (the rule's title in the
 * chosen language; the full description adds the other language), default level and the page.
 *
 * @example
 * ```ts
 * toSarifRules(RULES, { lang: 'en' })[0];
 * // { id: 'T3-BALANCE', name: 'T3Balance',
 * //   shortDescription: { text: 'Table 3, per column: received + carried over = outcome total + carried forward' },
 * //   fullDescription: { text: 'Table 3, per column: … (表三每列：第一项加第二项之和等于第三项加第四项之和)' },
 * //   defaultConfiguration: { level: 'error' },
 * //   helpUri: 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/T3-BALANCE.md',
 * //   properties: { category: 'report' } }
 * ```
 */
export function toSarifRules(rules: readonly RuleDefinition[], options: SarifRuleOptions = {}): SarifRule[] {
  const lang = options.lang ?? 'zh';
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return rules.map((rule) => ({
    id: rule.code,
    name: pascalCase(rule.code),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: `${rule.title[lang]} (${rule.title[other]})` },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    helpUri: ruleUrl(rule.code, options.docsUrl),
    properties: { category: rule.category },
  }));
}
