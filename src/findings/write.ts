/**
 * Turns raw findings into findings: the severity settled from the rule and the options, the
 * message written in the requested language. One writer for every part of the library.
 *
 * @module
 */
import type { LanguageTemplate, MessageTemplate, RuleDefinition } from './define.js';
import type { Bilingual, Finding, Lang, MessageParams, RawFinding, RuleSettings, Severity } from './types.js';

/**
 * The message of every finding a writer wrote while {@link keepBothMessages} was on, in both
 * languages, by the finding object (a copy has none). A template writes both languages at once;
 * this keeps the other one for a caller that stores both, such as the corpus database of the
 * command line. Off by default: an entry of a `WeakMap` costs more than the rest of the finding
 * (`check` on a report with a dozen findings took several times as long with it).
 */
const MESSAGES = new WeakMap<object, Bilingual>();
let keepingBoth = false;

/**
 * From now on (in this thread), whether every finding writer keeps the message of each finding
 * it writes in both languages, for {@link messagesOf}.
 * @internal
 */
export function keepBothMessages(keep: boolean): void {
  keepingBoth = keep;
}

/**
 * The message of a finding in both languages, when a finding writer wrote this very object while
 * {@link keepBothMessages} was on.
 * @internal
 */
export function messagesOf(finding: object): Bilingual | undefined {
  return MESSAGES.get(finding);
}

/**
 * Options of a finding writer: the language of the messages and the severity overrides.
 *
 * @example
 * ```ts
 * const options: WriteOptions = { lang: 'en', rules: { 'CELL-BLANK': 'off' } };
 * ```
 */
export interface WriteOptions {
  /** Language of the messages: `'zh'` (default) or `'en'`. */
  lang?: Lang;
  /** Per-code severity overrides, or `'off'` to drop the code's findings. */
  rules?: RuleSettings;
}

/**
 * A written finding: the raw one without its message key and parameters, with its severity and
 * message (a reader's finding keeps its `loc`).
 *
 * @example
 * ```ts
 * type ReaderFinding = Written<RawFinding & { loc?: { line?: number } }>; // a Finding with loc
 * ```
 */
export type Written<R extends RawFinding<string>> = Omit<R, 'messageKey' | 'params' | 'severity'> & {
  severity: Severity;
  message: string;
};

/**
 * The writer of the findings of the given rules. Only those rules' messages are bundled with the
 * code that uses it, so `check` does not carry the readers' messages.
 *
 * @example
 * ```ts
 * const write = findingWriter(REPORT);
 * write([{ code: 'SECTION-MISSING', path: ['sections', 'other'], params: { heading: '六、其他需要报告的事项' } }], { lang: 'en' });
 * // [{ code: 'SECTION-MISSING', severity: 'error', message: 'Section "六、其他需要报告的事项" is missing or empty', path: ['sections', 'other'] }]
 * ```
 */
export function findingWriter(
  rules: readonly RuleDefinition[],
): <R extends RawFinding<string>>(raw: readonly R[], options?: WriteOptions) => Written<R>[] {
  const templates = new Map<string, MessageTemplate>();
  const severities = new Map<string, Severity>();
  for (const rule of rules) {
    templates.set(rule.code, rule.message);
    for (const [variant, template] of Object.entries(rule.variants ?? {}))
      templates.set(`${rule.code}/${variant}`, template);
    severities.set(rule.code, rule.severity);
  }
  return <R extends RawFinding<string>>(raw: readonly R[], options: WriteOptions = {}): Written<R>[] => {
    const out: Written<R>[] = [];
    if (raw.length === 0) return out;
    const lang = options.lang ?? 'zh';
    const settings = options.rules as Readonly<Record<string, string>> | undefined;
    for (const rawFinding of raw) {
      const { code } = rawFinding;
      const setting = settings?.[code];
      if (setting === 'off') continue;
      const template = templates.get(rawFinding.messageKey ?? code);
      // Every code and message key has its template (a test covers each); the code stands in otherwise.
      const messages = template ? template(rawFinding.params) : { zh: code, en: code };
      const finding: Record<string, unknown> = {
        code,
        severity: (setting as Severity | undefined) ?? rawFinding.severity ?? severities.get(code) ?? 'error',
        message: messages[lang],
      };
      // The place, copied key by key in the order written: `for…in` reads a literal's keys from
      // its shape, where a rest pattern or `Object.keys` built an object or an array per finding.
      const place = rawFinding as unknown as Readonly<Record<string, unknown>>;
      for (const key in place) {
        const value = place[key];
        // Not the keys written above from the code, the message key, the parameters and the severity.
        if (value !== undefined && key !== 'code' && key !== 'messageKey' && key !== 'params' && key !== 'severity')
          finding[key] = value;
      }
      if (keepingBoth) MESSAGES.set(finding, messages);
      out.push(finding as Written<R>);
    }
    return out;
  };
}

/**
 * The findings of one call, written as the rules find them: a rule asks {@link FindingSink.severity}
 * whether its code is on, writes the message with {@link FindingSink.message}, and adds the
 * finding as one object literal with its keys in their final order (code, severity, message, then
 * the place). The finding writer instead copied each raw finding key by key into a new object,
 * whose shape V8 then built one key at a time: that copy, with the lookups of the template and
 * the severity by code, took a fifth of `check` on a report with a dozen findings. The findings
 * are the same objects, key for key, as the writer makes of the same raw findings
 * (`bench/check-same.ts`); a rarely met finding may still be given raw ({@link FindingSink.raw}).
 *
 * @example
 * ```ts
 * const sink = new FindingSink(findingWriter(REPORT), { lang: 'en' });
 * const rule = ruleOf(REPORT, 'FEE-STATEMENT-MISSING');
 * const severity = sink.severity(rule);
 * if (severity) {
 *   const message = sink.message(rule.message, {});
 *   sink.add({ code: rule.code, severity, message, path: ['sections', 'other'] }, rule.message, {});
 * }
 * sink.out; // [{ code: 'FEE-STATEMENT-MISSING', severity: 'warning', message: 'Section 6 says nothing …', path: […] }]
 * ```
 * @internal
 */
export class FindingSink {
  /** The findings so far, in the order added. */
  readonly out: Finding[] = [];

  /** `write` writes what is given raw, with the same options. */
  constructor(
    private readonly write: ReturnType<typeof findingWriter>,
    private readonly options: WriteOptions,
  ) {}

  /**
   * The severity of a finding of `rule` (`given` where the finding has its own, as the blank
   * summary of CELL-BLANK has), or `undefined` where the options turn its code off.
   */
  severity(rule: RuleDefinition, given?: Severity): Severity | undefined {
    const setting = (this.options.rules as Readonly<Record<string, string>> | undefined)?.[rule.code];
    if (setting !== 'off') return (setting as Severity | undefined) ?? given ?? rule.severity;
  }

  /**
   * The message `template` writes from `params` in the language asked: by the template of that
   * language alone where it was written with `bilingual`, as the rules of `check` are.
   */
  message(template: MessageTemplate, params: MessageParams): string {
    const lang = this.options.lang ?? 'zh';
    const { zh, en } = template as Partial<Record<Lang, LanguageTemplate>>;
    const one = lang === 'zh' ? zh : lang === 'en' ? en : undefined;
    return one ? one(params) : template(params)[lang];
  }

  /** Adds a finding built with its keys in order, its message written by `template` from `params`. */
  add(finding: Finding, template: MessageTemplate, params: MessageParams): void {
    // Both languages again, only for a caller that keeps them (rare).
    if (keepingBoth) MESSAGES.set(finding, template(params));
    this.out.push(finding);
  }

  /** Adds raw findings through the finding writer: for findings met too rarely to be written out by hand. */
  raw(raw: readonly RawFinding[]): void {
    for (const finding of this.write(raw, this.options)) this.out.push(finding as Finding);
  }
}

/**
 * The definition of the rule of `code` in `rules`, for a rule that adds its findings to a
 * {@link FindingSink}; throws where there is none (at load, not on a report).
 *
 * @example
 * ```ts
 * ruleOf(REPORT, 'T4-TOTAL').severity; // 'error'
 * ```
 * @internal
 */
export function ruleOf<C extends string>(rules: readonly RuleDefinition<C>[], code: C): RuleDefinition<C> {
  const rule = rules.find((r) => r.code === code);
  if (!rule) throw new TypeError(`no rule ${code}`);
  return rule;
}
