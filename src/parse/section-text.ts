/**
 * The text of each section: the running text between one heading and the next that is not table
 * content, and section 1's sub-topics.
 *
 * @module
 */
import type { OverviewTopicKey } from '../model/types.js';
import type { LabelIndex } from './labels.js';
import type { SourceLoc } from './layout.js';
import type { Cell, Lines } from './lines.js';
import { normalizeLabel } from './normalize.js';
import type { Reading } from './reading.js';
import { reportEnd } from './report-end.js';
import type { RawParseFinding } from './rules.js';
import { type HeadingAt, matchTopic } from './sections.js';
import type { TableScan } from './table-scan.js';

/** Paragraphs among a table's lines shorter than this are header fragments, not section text. */
const MIN_TEXT_IN_TABLE = 13;
/** Pieces of the table's words at most this long, before its first line, are its header's. */
const MAX_HEADER_PIECE = 4;

/**
 * Fills `report.sections` and `report.topics` from the paragraphs between the headings; the last
 * section ends at the report's end (its signature, or where the page's furniture starts), and what
 * was cut after it is a PARSE-PAGE-FURNITURE finding.
 *
 * @example
 * ```ts
 * readSections(lines, findHeadings(lines), index, scanTables(lines, headings, index, reading), reading);
 * reading.report.sections.overview?.text; // '本年度…'
 * ```
 */
export function readSections(
  lines: Lines,
  headings: ReadonlyMap<number, HeadingAt>,
  index: LabelIndex,
  scan: TableScan,
  reading: Reading,
): void {
  const { report } = reading;
  const order = [...headings.entries()].sort((a, b) => a[0] - b[0]);
  order.forEach(([start, heading], n) => {
    const last = n + 1 === order.length;
    const stop = last ? lines.length : (order[n + 1] as [number, unknown])[0];
    const texts: string[] = [];
    const locs: SourceLoc[] = [];
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
      locs.push(line.loc);
    }
    // The last section runs on into whatever the page prints after the report.
    const end = last ? reportEnd(texts) : { keep: texts.length, cut: [] };
    if (end.cut.length > 0)
      reading.raw.push(furnitureFinding(heading, texts[end.keep - 1] ?? '', end.cut, locs[end.keep]));
    const kept = end.cut.length > 0 ? texts.slice(0, end.keep) : texts;
    if (heading.key === 'overview') {
      let topic: OverviewTopicKey | undefined;
      for (const text of kept) {
        topic = matchTopic(text) ?? topic;
        if (topic) report.topics[topic] = report.topics[topic] ? `${report.topics[topic]}\n${text}` : text;
      }
    }
    report.sections[heading.key] = { heading: heading.cell.text.trim(), text: kept.join('\n') };
  });
}

/** PARSE-PAGE-FURNITURE: what was cut after the report's last line, quoted in short. */
function furnitureFinding(
  heading: HeadingAt,
  lastLine: string,
  cut: readonly string[],
  loc: SourceLoc | undefined,
): RawParseFinding {
  const quote = cut.join(' ').slice(0, 60);
  return {
    code: 'PARSE-PAGE-FURNITURE',
    params: { heading: heading.heading, last: lastLine.slice(-20), count: cut.length, quote },
    path: ['sections', heading.key],
    quote,
    ...(loc && { loc }),
  };
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
