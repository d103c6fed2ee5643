/**
 * Where findings belong in a printed report, so a renderer can mark them: on the cells they name,
 * else on the row, table or section their path points to, else on the paragraph they quote, else
 * on the report as a whole.
 *
 * @module
 */
import type { Finding, Severity } from '../findings/types.js';
import type { PrintedReport } from './document.js';

/**
 * The findings on one place of the report.
 *
 * @example
 * ```ts
 * const mark: Mark = { codes: ['T3-BALANCE'], messages: ['表三“自然人”列：…'], severity: 'error' };
 * ```
 */
export interface Mark {
  readonly codes: string[];
  readonly messages: string[];
  /** The most severe of the findings. */
  severity: Severity;
}

/**
 * Findings by place. Keys: cells `3/received/natural`, rows `3/received`, tables `3`, sections
 * `overview`, paragraphs `overview#2` (section and index), and `''` for the report as a whole.
 *
 * @example
 * ```ts
 * placeFindings(printedReport(report), check(report)).get('3/received/natural')?.codes; // ['T3-BALANCE', 'T3-ROW-TOTAL']
 * ```
 */
export type Marks = ReadonlyMap<string, Mark>;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const TABLE_KEY = /^table([234])$/;

/** The places a finding is about; several for a relation, one otherwise. */
function placesOf(printed: PrintedReport, finding: Finding): string[] {
  if (finding.cells?.length) return finding.cells.map((c) => `${c.table}/${c.row}/${c.column}`);
  const [root, first, second] = finding.path ?? [];
  const table = typeof root === 'string' ? TABLE_KEY.exec(root)?.[1] : undefined;
  if (table) return [[table, first, second].filter((p) => p !== undefined).join('/')];
  if (root === 'sections') {
    if (typeof first === 'string') return [first];
    const quoted = finding.quote ? quotedParagraph(printed, finding.quote) : undefined;
    if (quoted) return [quoted];
  }
  return [''];
}

/** The paragraph (`section#index`) that holds a quote, if one does. */
function quotedParagraph(printed: PrintedReport, quote: string): string | undefined {
  const needle = quote.replace(/…$/, '');
  for (const section of printed.sections) {
    const at = section.paragraphs.findIndex((paragraph) => paragraph.includes(needle));
    if (at >= 0) return `${section.key}#${at}`;
  }
  return undefined;
}

/**
 * Places each finding on the parts of the report it is about.
 *
 * @example
 * ```ts
 * const marks = placeFindings(printedReport(report), check(report));
 * marks.get('')?.codes; // findings on the report as a whole, e.g. ['LATE-PUBLICATION']
 * ```
 */
export function placeFindings(printed: PrintedReport, findings: readonly Finding[]): Marks {
  const marks = new Map<string, Mark>();
  for (const finding of findings) {
    for (const place of placesOf(printed, finding)) {
      const mark = marks.get(place);
      if (!mark) {
        marks.set(place, { codes: [finding.code], messages: [finding.message], severity: finding.severity });
        continue;
      }
      if (!mark.codes.includes(finding.code)) mark.codes.push(finding.code);
      if (!mark.messages.includes(finding.message)) mark.messages.push(finding.message);
      if (RANK[finding.severity] > RANK[mark.severity]) mark.severity = finding.severity;
    }
  }
  return marks;
}
