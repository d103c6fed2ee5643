/**
 * Source locations in words, as the text output writes them: a line in text, a table cell in a
 * page or a Word document, a page in a PDF.
 *
 * @module
 */
import type { SourceLoc } from '../../parse/layout.js';
import type { Medium } from '../batch/medium.js';
import type { LocatedFinding } from '../batch/result.js';
import type { CliText } from '../i18n.js';

/**
 * One location in words, for the medium it was read from; `undefined` when it says nothing a
 * reader could find.
 *
 * @example
 * ```ts
 * placeOf({ line: 39, column: 19 }, 'text', cliText('en')); // 'line 39, column 19'
 * placeOf({ page: 4, x: 496, y: 370 }, 'pdf', cliText('en')); // 'page 4'
 * ```
 */
export function placeOf(loc: SourceLoc, medium: Medium | undefined, text: CliText): string | undefined {
  const t = text.findings;
  if (loc.page !== undefined) return t.page(loc.page);
  // A page's source lines say little to a person (a whole table is often one line); its cells do.
  if (loc.table !== undefined && loc.row !== undefined && loc.cell !== undefined)
    return t.cell(loc.table + 1, loc.row + 1, loc.cell + 1);
  if (loc.line !== undefined && medium !== 'docx') return t.line(loc.line, loc.column);
  return undefined;
}

/** How many places a finding lists in words; a blank-cell summary may involve a hundred cells. */
const MAX_PLACES = 8;

/**
 * Where a finding's cells are, in words (a reader's own findings say where in their message); the
 * first few, and how many more.
 *
 * @example
 * ```ts
 * placesOf(finding, 'text', cliText('zh')); // ['第 39 行第 19 列', '第 41 行第 19 列']
 * ```
 */
export function placesOf(finding: LocatedFinding, medium: Medium | undefined, text: CliText): string[] {
  const places = (finding.locations ?? [])
    .map((loc) => placeOf(loc, medium, text))
    .filter((p): p is string => p !== undefined);
  const unique = [...new Set(places)];
  return unique.length > MAX_PLACES
    ? [...unique.slice(0, MAX_PLACES), text.findings.more(unique.length - MAX_PLACES)]
    : unique;
}
