/**
 * How a rule is written down: once, as data, in the file of its category. Everything else about
 * a rule (its registry entry, its messages, its SARIF metadata, its line in `rules.json`, the
 * check that its docs page exists) is derived from that one entry.
 *
 * @module
 */
import type { Bilingual, MessageParams, Severity } from './basics.js';

/**
 * Writes a finding's message in both languages from its parameters.
 *
 * @example
 * ```ts
 * const template: MessageTemplate = (p) => ({ zh: `缺少「${p.heading}」部分`, en: `Section "${p.heading}" is missing` });
 * ```
 */
export type MessageTemplate = (params: MessageParams) => Bilingual;

/**
 * A message in one language, from its parameters.
 *
 * @example
 * ```ts
 * const en: LanguageTemplate = (p) => `Section "${p.heading}" is missing`;
 * ```
 * @internal
 */
export type LanguageTemplate = (params: MessageParams) => string;

/**
 * A message template written language by language: it writes both, as any template does, and
 * keeps each language's own template as `zh` and `en`, for a writer that needs one language only
 * (`check` writes a finding's message in the language asked, and a template that wrote both cost
 * a tenth of `check` on a report with a dozen findings).
 *
 * @example
 * ```ts
 * const template = bilingual((p) => `缺少「${p.heading}」部分`, (p) => `Section "${p.heading}" is missing`);
 * template({ heading: '一、总体情况' }).en; // 'Section "一、总体情况" is missing'
 * template.en({ heading: '一、总体情况' }); // the same
 * ```
 * @internal
 */
export function bilingual(
  zh: LanguageTemplate,
  en: LanguageTemplate,
): MessageTemplate & { readonly zh: LanguageTemplate; readonly en: LanguageTemplate } {
  return Object.assign((params: MessageParams) => ({ zh: zh(params), en: en(params) }), { zh, en });
}

/**
 * What is written for one rule in its category's file; the code is the key it is written under.
 *
 * @example
 * ```ts
 * const spec: RuleSpec = {
 *   severity: 'warning',
 *   title: { zh: '晚于法定期限发布', en: 'Published after the legal deadline' },
 *   message: (p) => ({ zh: `发布日期 ${p.published} 晚于法定期限 ${p.deadline}`, en: `Published on ${p.published}, after ${p.deadline}` }),
 * };
 * ```
 */
export interface RuleSpec {
  /** The severity its findings have unless configured otherwise. */
  readonly severity: Severity;
  /** One line on what the rule checks. */
  readonly title: Bilingual;
  /** The message of its findings. */
  readonly message: MessageTemplate;
  /** Other messages, for findings of the rule that say something else (`messageKey: 'CODE/variant'`). */
  readonly variants?: Readonly<Record<string, MessageTemplate>>;
}

/**
 * A rule: its code, its category and where its docs page is, with what {@link RuleSpec} says.
 *
 * @example
 * ```ts
 * const rule = RULES.find((r) => r.code === 'X-STOCK');
 * [rule?.category, rule?.severity, rule?.docs]; // ['cross-year', 'warning', 'docs/rules/X-STOCK.md']
 * ```
 */
export interface RuleDefinition<C extends string = string, K extends string = string> extends RuleSpec {
  readonly code: C;
  /** Which part of the library reports it (`report`, `reading`, `pdf`, `docx`, `cross-year`, `rollup`). */
  readonly category: K;
  /** Its page, from the package root: `docs/rules/CODE.md`. */
  readonly docs: string;
}

/**
 * What a registry (`REPORT_RULES`, `PARSE_RULES`, …) says about one finding code.
 *
 * @example
 * ```ts
 * REPORT_RULES.find((r) => r.code === 'T3-BALANCE');
 * // { code: 'T3-BALANCE', severity: 'error',
 * //   description: { zh: '表三每列：第一项加第二项之和等于第三项加第四项之和',
 * //                  en: 'Table 3, per column: received + carried over = outcome total + carried forward' } }
 * ```
 */
export interface RuleInfo {
  readonly code: string;
  /** The severity findings of this code have by default (CELL-BLANK: of its blank-total findings). */
  readonly severity: Severity;
  readonly description: Bilingual;
}

/**
 * The rules of one category, from their specs keyed by code, in the order written.
 *
 * @example
 * ```ts
 * const MY_RULES = defineRules('report', {
 *   'LATE-PUBLICATION': {
 *     severity: 'warning',
 *     title: { zh: '晚于法定期限发布', en: 'Published after the legal deadline' },
 *     message: (p) => ({ zh: `发布日期 ${p.published} 晚于法定期限`, en: `Published on ${p.published}, late` }),
 *   },
 * });
 * MY_RULES[0]?.docs; // 'docs/rules/LATE-PUBLICATION.md'
 * ```
 */
export function defineRules<const K extends string, const S extends Readonly<Record<string, RuleSpec>>>(
  category: K,
  specs: S,
): readonly RuleDefinition<keyof S & string, K>[] {
  return Object.entries(specs).map(([code, spec]) => ({
    code: code as keyof S & string,
    category,
    docs: `docs/rules/${code}.md`,
    ...spec,
  }));
}

/**
 * The registry entries of rules: code, default severity and title, as `REPORT_RULES` lists them.
 *
 * @example
 * ```ts
 * registry(RULES).length; // every finding code
 * ```
 */
export function registry(rules: readonly RuleDefinition[]): readonly RuleInfo[] {
  return rules.map((r) => ({ code: r.code, severity: r.severity, description: r.title }));
}

/**
 * The rules of several categories as one list, each code once (a code written in two categories
 * is a mistake: this throws, naming it).
 *
 * @example
 * ```ts
 * joinRules(REPORT, CROSS_YEAR).map((r) => r.code); // ['T3-BALANCE', …, 'X-JUMP']
 * ```
 */
export function joinRules<const L extends readonly (readonly RuleDefinition[])[]>(...lists: L): L[number][number][] {
  const all: L[number][number][] = [];
  const seen = new Set<string>();
  for (const rule of lists.flat()) {
    if (seen.has(rule.code)) throw new TypeError(`finding code ${rule.code} is defined twice`);
    seen.add(rule.code);
    all.push(rule);
  }
  return all;
}
