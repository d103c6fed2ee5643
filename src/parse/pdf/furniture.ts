/**
 * Page furniture: page numbers and running headers or footers. They sit between the two halves
 * of a table continued on the next page and between the lines of a paragraph, so they are removed
 * before tables and paragraphs are joined across pages.
 *
 * @module
 */
import type { TextLine } from './geometry.js';

/** `- 4 -`, `4`, `第4页`, `第 4 页 共 6 页`, `4/6`, `P. 4`, `Page 4 of 6`. */
const PAGE_NUMBER = [
  /^[-—–－_\s]*[0-9０-９]{1,4}[-—–－_\s]*$/,
  /^第\s*[0-9０-９]{1,4}\s*页(\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/,
  /^(P\.?|Page)\s*[0-9]{1,4}(\s*(of|\/)\s*[0-9]{1,4})?$/i,
];

/** Share of the page height at the top and at the bottom where furniture is looked for. */
const MARGIN = 0.12;

const shape = (text: string): string => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/**
 * A text line with the page it is on and that page's height.
 *
 * @example
 * ```ts
 * const paged: PagedLine = { line, page: 4, pageHeight: 842 };
 * ```
 */
export interface PagedLine {
  line: TextLine;
  page: number;
  pageHeight: number;
}

function inMargin(l: PagedLine): boolean {
  return l.line.y < l.pageHeight * MARGIN || l.line.y > l.pageHeight * (1 - MARGIN);
}

/**
 * The lines that are page furniture: page numbers in the top or bottom margin, and any text that
 * repeats (numbers aside) in the same margin position on at least two other pages.
 *
 * @example
 * ```ts
 * const drop = pageFurniture(lines); // a Set of the lines to leave out
 * ```
 */
export function pageFurniture(lines: readonly PagedLine[]): Set<TextLine> {
  const drop = new Set<TextLine>();
  const marginal = lines.filter(inMargin);
  const pagesByShape = new Map<string, Set<number>>();
  for (const l of marginal) {
    const key = `${shape(l.line.text)}@${Math.round(l.line.y / 6)}`;
    let pages = pagesByShape.get(key);
    if (!pages) pagesByShape.set(key, (pages = new Set()));
    pages.add(l.page);
  }
  for (const l of marginal) {
    const text = l.line.text.trim();
    const repeated = (pagesByShape.get(`${shape(text)}@${Math.round(l.line.y / 6)}`)?.size ?? 0) >= 3;
    if (repeated || PAGE_NUMBER.some((re) => re.test(text))) drop.add(l.line);
  }
  return drop;
}
