/**
 * Report-level rules: format against year, sections, publication deadline, fee statement and the
 * assessment paragraph a people's government must include.
 *
 * @module
 */
import { formatForYear } from '../format/index.js';
import { NARRATIVE_SECTIONS, SECTIONS } from '../format/shared.js';
import type { ReadonlyReport, ReportMeta } from '../model/types.js';
import type { RawFinding } from '../findings/types.js';

/** Any character that is not whitespace: found at once in a real section, without copying its text. */
const NOT_BLANK = /\S/;

/** FORMAT-YEAR-MISMATCH: the 2019 tables on 2021 or later (error), or the reverse (warning). @internal */
export function checkFormatYear(report: ReadonlyReport): RawFinding[] {
  const due = formatForYear(report.meta.year);
  if (!due || due === report.format) return [];
  return [
    {
      code: 'FORMAT-YEAR-MISMATCH',
      severity: report.format === '2019' ? 'error' : 'warning',
      path: ['format'],
      params: { year: report.meta.year, format: report.format, due },
    },
  ];
}

/** SECTION-MISSING: a section absent, or a narrative section with no text. @internal */
export function checkSections(report: ReadonlyReport): RawFinding[] {
  const out: RawFinding[] = [];
  for (const def of SECTIONS) {
    const section = report.sections[def.key];
    const empty = !section || (NARRATIVE_SECTIONS.has(def.key) && !NOT_BLANK.test(section.text));
    if (empty) {
      out.push({
        code: 'SECTION-MISSING',
        path: ['sections', def.key],
        params: { heading: def.heading },
      });
    }
  }
  return out;
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
export function checkPublication(report: ReadonlyReport): RawFinding[] {
  const deadline = publicationDeadline(report.meta);
  const published = report.meta.published;
  if (!deadline || !published || published <= deadline) return [];
  return [
    {
      code: 'LATE-PUBLICATION',
      path: ['meta', 'published'],
      params: { published, deadline },
    },
  ];
}

/** FEE-STATEMENT-MISSING: a 2021-format section 6 silent on 信息处理费. @internal */
export function checkFeeStatement(report: ReadonlyReport): RawFinding[] {
  const other = report.sections.other;
  // Reports write 信息处理费, 信息公开处理费 or just 处理费; any of them is a statement.
  if (report.format !== '2021' || !other || other.text.includes('处理费')) return [];
  return [
    {
      code: 'FEE-STATEMENT-MISSING',
      path: ['sections', 'other'],
      params: {},
    },
  ];
}

const ASSESSMENT = /考核|评议|责任追究|追责|问责/;

/** ASSESSMENT-MISSING: a people's government report without 考核/评议/追责. @internal */
export function checkAssessment(report: ReadonlyReport): RawFinding[] {
  if (report.meta.level !== 'government' && report.meta.level !== 'township') return [];
  const texts = [...Object.values(report.sections).map((s) => s?.text ?? ''), ...Object.values(report.topics)];
  // A report with no narrative at all is SECTION-MISSING's business, not this rule's.
  if (texts.every((t) => !t || !NOT_BLANK.test(t)) || texts.some((t) => t !== undefined && ASSESSMENT.test(t)))
    return [];
  return [
    {
      code: 'ASSESSMENT-MISSING',
      path: ['sections'],
      params: {},
    },
  ];
}
