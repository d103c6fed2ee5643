/**
 * The text of each section: the running text between one heading and the next that is not table
 * content, and section 1's sub-topics.
 *
 * @module
 */
import type { OverviewTopicKey, Report } from '../model/types.js';
import type { Cell, Lines } from './lines.js';
import { type HeadingAt, matchTopic } from './sections.js';
import type { TableScan } from './table-scan.js';

/** Paragraphs in a table's zone shorter than this are header fragments, not section text. */
const MIN_TEXT_IN_TABLE = 13;

/**
 * Fills `report.sections` and `report.topics` from the paragraphs between the headings.
 *
 * @example
 * ```ts
 * readSections(lines, findHeadings(lines), scanTables(lines, headings, index, reading), report);
 * report.sections.overview?.text; // '本年度…'
 * ```
 */
export function readSections(
  lines: Lines,
  headings: ReadonlyMap<number, HeadingAt>,
  scan: TableScan,
  report: Report,
): void {
  const order = [...headings.entries()].sort((a, b) => a[0] - b[0]);
  order.forEach(([start, heading], n) => {
    const stop = n + 1 < order.length ? (order[n + 1] as [number, unknown])[0] : lines.length;
    const texts: string[] = [];
    let topic: OverviewTopicKey | undefined;
    for (let j = start + 1; j < stop; j++) {
      if (scan.consumed[j]) continue;
      const line = lines.line(j);
      if (line.kind !== 'paragraph') continue;
      const text = (line.cells[0] as Cell).text.trim();
      if (!text || (scan.zones[j] !== 0 && text.length < MIN_TEXT_IN_TABLE)) continue;
      texts.push(text);
      if (heading.key === 'overview') {
        topic = matchTopic(text) ?? topic;
        if (topic) report.topics[topic] = report.topics[topic] ? `${report.topics[topic]}\n${text}` : text;
      }
    }
    report.sections[heading.key] = { heading: heading.cell.text.trim(), text: texts.join('\n') };
  });
}
