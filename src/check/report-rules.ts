/**
 * Report-level rules: format against year, sections, publication deadline, fee statement and the
 * assessment paragraph a people's government must include.
 *
 * @module
 */
import { formatForYear } from '../format/index.js';
import { NARRATIVE_SECTIONS, SECTIONS } from '../format/shared.js';
import type { ReadonlyReport, ReportMeta } from '../model/types.js';
import type { RuleCode } from '../findings/catalog.js';
import type { RuleDefinition } from '../findings/define.js';
import { REPORT } from '../findings/report.js';
import type { MessageParams, Severity } from '../findings/types.js';
import { type FindingSink, ruleOf } from '../findings/write.js';
import { ASSESSMENT_WORDS, assessmentDue, topicsApart } from './narrative.js';
import type { CheckContext } from './relations.js';

/**
 * Adds a finding that points at a path of the report and nothing else (most of the rules here),
 * unless its code is off: the keys in the order the finding writer gave them.
 */
function atPath(
  sink: FindingSink,
  rule: RuleDefinition<RuleCode>,
  path: (string | number)[],
  params: MessageParams,
  given?: Severity,
): void {
  const severity = sink.severity(rule, given);
  if (!severity) return;
  sink.add({ code: rule.code, severity, message: sink.message(rule.message, params), path }, rule.message, params);
}

const FORMAT_YEAR_MISMATCH = ruleOf(REPORT, 'FORMAT-YEAR-MISMATCH');
const NARRATIVE_ABSENT = ruleOf(REPORT, 'NARRATIVE-ABSENT');
const SECTION_MISSING = ruleOf(REPORT, 'SECTION-MISSING');
const PLACEHOLDER_ONLY = SECTION_MISSING.variants?.placeholder as NonNullable<RuleDefinition['variants']>[string];
const LATE_PUBLICATION = ruleOf(REPORT, 'LATE-PUBLICATION');
const FEE_STATEMENT_MISSING = ruleOf(REPORT, 'FEE-STATEMENT-MISSING');
const ASSESSMENT_MISSING = ruleOf(REPORT, 'ASSESSMENT-MISSING');
/** No parameters: the messages that say the same thing on every report. */
const NONE = {};

const NOT_BLANK = /\S/;

/**
 * Whether a text has a character that is not white space, as `/\S/.test(text)` says. A real
 * section starts with one that is not white space by its code alone (printable ASCII, or above
 * U+3000 but U+FEFF): asking the regular expression cost a call into its engine per section (a
 * tenth of `check` on a short report), and is left for the other texts.
 * @internal
 */
export function notBlank(text: string): boolean {
  const code = typeof text === 'string' ? text.charCodeAt(0) : 0;
  return (code > 0x20 && code < 0x7f) || (code > 0x3000 && code !== 0xfeff) || NOT_BLANK.test(text);
}

/** FORMAT-YEAR-MISMATCH: the 2019 tables on 2021 or later (error), or the reverse (warning). @internal */
export function checkFormatYear(report: ReadonlyReport, _context: CheckContext, sink: FindingSink): void {
  const due = formatForYear(report.meta.year);
  if (!due || due === report.format) return;
  const params = { year: report.meta.year, format: report.format, due };
  atPath(sink, FORMAT_YEAR_MISMATCH, ['format'], params, report.format === '2019' ? 'error' : 'warning');
}

/**
 * What a section says when it says nothing: 无, 暂无, 没有, 不涉及, 无相关情况, 本年度无此项, 略,
 * 同上, a dash or a slash, with any punctuation around. Matched on the wording, not the length, so
 * a short real answer (无申请, 无收费) is not taken for one.
 */
const PLACEHOLDER =
  /^(?:本年度?|今年|全年)?(?:暂|均|尚)?(?:无|没有|不涉及|未涉及)(?:此项|此类|该项|相关|任何)?(?:情况|内容|事项|问题)?$|^(?:略|同上|空|[/／\-－—–]+)$/;
/** Punctuation and spaces a placeholder may be written with (无。 —— 暂无！). */
const PLACEHOLDER_NOISE = /[\s。．.，,、；;：:！!？?“”"'‘’（）()【】[\]《》]/g;

/**
 * A character no placeholder is written with: one that is not white space and not in the source
 * of {@link PLACEHOLDER} or {@link PLACEHOLDER_NOISE} (their syntax characters are let through
 * too, which only lets more texts on to the full test). A real section has one in its first few
 * characters, and is then not copied without its punctuation (a copy per section of a short
 * report took a tenth of `check`).
 */
const NOT_PLACEHOLDER = new RegExp(
  `[^\\s${[...new Set(PLACEHOLDER.source + PLACEHOLDER_NOISE.source)].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')}]`,
);

/** The placeholder a text consists of, or `undefined` when it says something. */
function placeholderOf(text: string): string | undefined {
  // A placeholder is a few characters; a longer text is not compared (and not copied).
  if (text.length > 40 || NOT_PLACEHOLDER.test(text)) return undefined;
  const bare = text.replace(PLACEHOLDER_NOISE, '');
  return bare === '' || PLACEHOLDER.test(bare) ? text.trim() : undefined;
}

/** Whether any section or topic has text. */
function narrativeGiven(report: ReadonlyReport): boolean {
  for (const key in report.sections) {
    const section = report.sections[key as keyof typeof report.sections];
    if (section && notBlank(section.text)) return true;
  }
  for (const key in report.topics) {
    const text = report.topics[key as keyof typeof report.topics];
    if (text && notBlank(text)) return true;
  }
  return false;
}

/**
 * SECTION-MISSING: a section absent, a narrative section with no text, or a section that must
 * say something (一、总体情况, 五、存在的主要问题及改进情况) holding only a placeholder such as 无.
 * A report with no section text at all (tables given as CSV or JSON) is checked as tables only:
 * one NARRATIVE-ABSENT instead of six SECTION-MISSING. @internal
 */
export function checkSections(report: ReadonlyReport, _context: CheckContext, sink: FindingSink): void {
  if (!narrativeGiven(report)) {
    atPath(sink, NARRATIVE_ABSENT, ['sections'], NONE);
    return;
  }
  for (const def of SECTIONS) {
    const section = report.sections[def.key];
    const empty = !section || (NARRATIVE_SECTIONS.has(def.key) && !notBlank(section.text));
    const placeholder = !empty && 'substantive' in def ? placeholderOf(section.text) : undefined;
    if (empty) atPath(sink, SECTION_MISSING, ['sections', def.key], { heading: def.heading });
    else if (placeholder !== undefined) {
      const severity = sink.severity(SECTION_MISSING);
      if (!severity) continue;
      const params = { heading: def.heading, quote: placeholder };
      const message = sink.message(PLACEHOLDER_ONLY, params);
      const path = ['sections', def.key];
      sink.add({ code: 'SECTION-MISSING', severity, message, path, quote: placeholder }, PLACEHOLDER_ONLY, params);
    }
  }
}

/**
 * The legal publication deadline of a report (条例第四十九条): 31 January of the next year for a
 * department, 31 March for a people's government (townships included); `undefined` for `other`.
 *
 * @example
 * ```ts
 * publicationDeadline({ year: 2024, level: 'department' }); // '2025-01-31'
 * ```
 */
export function publicationDeadline(meta: Pick<ReportMeta, 'year' | 'level'>): string | undefined {
  if (meta.level === 'department') return `${meta.year + 1}-01-31`;
  if (meta.level === 'government' || meta.level === 'township') return `${meta.year + 1}-03-31`;
  return undefined;
}

/** LATE-PUBLICATION: published after the deadline for the body's level. @internal */
export function checkPublication(report: ReadonlyReport, _context: CheckContext, sink: FindingSink): void {
  const deadline = publicationDeadline(report.meta);
  const published = report.meta.published;
  if (!deadline || !published || published <= deadline) return;
  atPath(sink, LATE_PUBLICATION, ['meta', 'published'], { published, deadline });
}

/** FEE-STATEMENT-MISSING: a 2021-format section 6 silent on 信息处理费. @internal */
export function checkFeeStatement(report: ReadonlyReport, _context: CheckContext, sink: FindingSink): void {
  const other = report.sections.other;
  // Reports write 信息处理费, 信息公开处理费 or just 处理费; any of them is a statement.
  if (report.format !== '2021' || !other || other.text.includes('处理费')) return;
  atPath(sink, FEE_STATEMENT_MISSING, ['sections', 'other'], NONE);
}

const ASSESSMENT = new RegExp(ASSESSMENT_WORDS.join('|'));

/** The sections TEXT-TABLE-MISMATCH scans (with the topics apart), by key. */
const SCANNED: ReadonlySet<string> = new Set(['overview', 'requests', 'appeals']);

/**
 * Whether the narrative says something, and whether it names an assessment. A topic that is a
 * part of section 1 (as the readers give it) is not read twice; nor is a part the scan of
 * TEXT-TABLE-MISMATCH has read for the words already (`context.assessmentNamed`).
 */
function assessmentNamed(report: ReadonlyReport, context: CheckContext): { said: boolean; named: boolean } {
  const scanned = context.assessmentNamed;
  // A part that names one says something: the answer of the scan settles it.
  if (scanned === true) return { said: true, named: true };
  let said = false;
  for (const key in report.sections) {
    const text = report.sections[key as keyof typeof report.sections]?.text;
    if (!text || !notBlank(text)) continue;
    said = true;
    if ((scanned === undefined || !SCANNED.has(key)) && ASSESSMENT.test(text)) return { said, named: true };
  }
  for (const { text } of topicsApart(report, context)) {
    if (!notBlank(text)) continue;
    said = true;
    if (scanned === undefined && ASSESSMENT.test(text)) return { said, named: true };
  }
  return { said, named: false };
}

/** ASSESSMENT-MISSING: a people's government report without 考核/评议/追责. @internal */
export function checkAssessment(report: ReadonlyReport, context: CheckContext, sink: FindingSink): void {
  if (!assessmentDue(report)) return;
  const { said, named } = assessmentNamed(report, context);
  // A report with no narrative at all is SECTION-MISSING's business, not this rule's.
  if (!said || named) return;
  atPath(sink, ASSESSMENT_MISSING, ['sections'], NONE);
}
