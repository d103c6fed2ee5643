/**
 * Every rule of the library in one list, joined from the file of each category, and the types
 * derived from it.
 *
 * @module
 */
import { CROSS_YEAR } from './cross-year.js';
import { joinRules } from './define.js';
import { DOCX } from './docx.js';
import { PDF } from './pdf.js';
import { READING } from './reading.js';
import { REPORT } from './report.js';
import { ROLLUP } from './rollup.js';

/**
 * Every rule, by category in this order: report checks, reading, PDF, DOCX, cross-year, rollup.
 *
 * @example
 * ```ts
 * RULES.filter((r) => r.category === 'cross-year').map((r) => r.code); // ['X-CARRYOVER', 'X-STOCK', 'X-TEXT-REUSE', 'X-JUMP']
 * ```
 */
export const RULES: readonly AnyRule[] = /* @__PURE__ */ joinRules(REPORT, READING, PDF, DOCX, CROSS_YEAR, ROLLUP);

/**
 * One rule of any category: the type of an entry of {@link RULES}. Written out category by
 * category so that its declaration reads the same on every build (an inferred union of the six
 * is printed in whatever order the compiler met its members).
 *
 * @example
 * ```ts
 * const rule: AnyRule | undefined = RULES.find((r) => r.code === 'X-STOCK');
 * ```
 */
export type AnyRule =
  | (typeof REPORT)[number]
  | (typeof READING)[number]
  | (typeof PDF)[number]
  | (typeof DOCX)[number]
  | (typeof CROSS_YEAR)[number]
  | (typeof ROLLUP)[number];

/**
 * Every finding code, as a type: `Finding['code']` is one of these.
 *
 * @example
 * ```ts
 * const code: RuleCode = 'T3-BALANCE';
 * // const typo: RuleCode = 'T3-BALANSE'; // a type error
 * ```
 */
export type RuleCode = (typeof RULES)[number]['code'];

/**
 * The categories of rules: which part of the library reports them.
 *
 * @example
 * ```ts
 * const category: RuleCategory = 'rollup';
 * ```
 */
export type RuleCategory = (typeof RULES)[number]['category'];
