/**
 * The text of each section: the running text between one heading and the next that is not table
 * content, and section 1's sub-topics.
 *
 * @module
 */
import type { OverviewTopicKey, Report } from '../model/types.js';
import type { LabelIndex } from './labels.js';
import type { Cell, Lines } from './lines.js';
import { normalizeLabel } from './normalize.js';
import { type HeadingAt, matchTopic } from './sections.js';
import type { TableScan } from './table-scan.js';

/** Paragraphs among a table's lines shorter than this are header fragments, not section text. */
const MIN_TEXT_IN_TABLE = 13;
/** Pieces of the table's words at most this long, before its first line, are its header's. */
const MAX_HEADER_PIECE = 4;

/**
 * Fills `report.sections` and `report.topics` from the paragraphs between the headings.
 *
 * @example
 * ```ts
 * readSections(lines, findHeadings(lines), index, scanTables(lines, headings, index, reading), report);
 * report.sections.overview?.text; // '本年度…'
 * ```
 */
export function readSections(
  lines: Lines,
  headings: ReadonlyMap<number, HeadingAt>,
  index: LabelIndex,
  scan: TableScan,
  report: Report,
): void {
  const order = [...headings.entries()].sort((a, b) => a[0] - b[0]);
  order.forEach(([start, heading], n) => {
    const stop = n + 1 < order.length ? (order[n + 1] as [number, unknown])[0] : lines.length;
    const texts: string[] = [];
    let topic: OverviewTopicKey | undefined;
    let inTable = false;
    for (let j = start + 1; j < stop; j++) {
      const line = lines.line(j);
      if (scan.consumed[j] || line.kind !== 'paragraph') {
        inTable ||= scan.zones[j] !== 0;
        continue;
      }
      const text = (line.cells[0] as Cell).text.trim();
      if (!text || (scan.zones[j] !== 0 && isHeaderPiece(text, inTable, index))) continue;
      texts.push(text);
      if (heading.key === 'overview') {
        topic = matchTopic(text) ?? topic;
        if (topic) report.topics[topic] = report.topics[topic] ? `${report.topics[topic]}\n${text}` : text;
      }
    }
    report.sections[heading.key] = { heading: heading.cell.text.trim(), text: texts.join('\n') };
  });
}

/**
 * Whether a short paragraph in a table's zone is a piece of the table's header rather than text:
 * among the table's lines, any short one; before them (a sentence such as 本年度无新增。 may
 * stand there), only the table's own words or a short piece of them.
 */
function isHeaderPiece(text: string, inTable: boolean, index: LabelIndex): boolean {
  if (text.length >= MIN_TEXT_IN_TABLE) return false;
  if (inTable) return true;
  const norm = normalizeLabel(text);
  return (
    index.isStructural(norm) ||
    index.isRowLabelPrefix(norm) ||
    (norm.length <= MAX_HEADER_PIECE && index.isFragment(norm))
  );
}
