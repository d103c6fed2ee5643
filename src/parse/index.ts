/**
 * `zfxxgk/parse`: read published reports (plain text and HTML, and any medium that produces the
 * common layout) into the typed report, deterministically, with a finding for everything that
 * could not be read and the source position of every cell.
 *
 * @example
 * ```ts
 * import { parse } from 'zfxxgk/parse';
 * const { report, findings, sourceMap } = parse(html);
 * report?.table3.received.total; // 859
 * sourceMap.cells['3/received/total']; // { line: 1, column: …, table: 1, row: 3, cell: 9 }
 * ```
 *
 * @module zfxxgk/parse
 */
import { decodeDocument, decodingFindings } from './decode.js';
import { htmlLines } from './html.js';
import { type ParseResult, type ReadOptions, readLines } from './read-layout.js';
import { textLines } from './text.js';

/**
 * Options of {@link parse}: those of every reader, plus the kind of input.
 *
 * @example
 * ```ts
 * parse(await readFile('report.html'), { type: 'html', lang: 'en', format: '2019' });
 * ```
 */
export interface ParseOptions extends ReadOptions {
  /** What the input is; detected from its first characters when omitted. */
  type?: 'text' | 'html';
}

// An HTML document starts with a tag, or carries paragraph or table markup early on.
const HTML_START = /^\s*<(?:!doctype|html|head|body|meta|p|div|table|span|\?xml|!--)/i;
const HTML_TAGS = /<(?:p|div|table|tr|td|br|span)[\s>/]/i;

function looksLikeHtml(text: string): boolean {
  // Both patterns need a `<`: a text without one is not searched twice.
  const lt = text.indexOf('<');
  if (lt < 0 || lt >= 65536) return false;
  return HTML_START.test(text.slice(0, 1024)) || HTML_TAGS.test(text.slice(0, 65536));
}

/**
 * Reads a plain-text report (copied from a page, Word or a PDF viewer).
 *
 * @example
 * ```ts
 * const { report } = parseText('二、主动公开政府信息情况\n第二十条第（六）项\n行政处罚\t13');
 * report?.table2.penalty; // { decisions: 13 }
 * ```
 */
export function parseText(text: string, options: ReadOptions = {}): ParseResult {
  return readLines(textLines(text), options);
}

/**
 * Reads an HTML report (a page or a fragment).
 *
 * @example
 * ```ts
 * const { report } = parseHtml('<p>二、主动公开政府信息情况</p><table><tr><td>行政处罚</td><td colspan="3">13</td></tr></table>');
 * report?.table2.penalty; // { decisions: 13 }
 * ```
 */
export function parseHtml(html: string, options: ReadOptions = {}): ParseResult {
  return readLines(htmlLines(html), options);
}

/**
 * Reads a report from a string or from bytes (UTF-8, GBK or GB18030; the charset is taken from
 * the byte-order mark or the `<meta>` declaration, else detected). HTML or text is told from the
 * content unless `options.type` says.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const { report, findings } = parse(readFileSync('report.html'), { lang: 'en' });
 * ```
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = typeof input === 'string' ? undefined : decodeDocument(input);
  const text = decoded?.text ?? (input as string);
  const type = options.type ?? (looksLikeHtml(text) ? 'html' : 'text');
  const result = type === 'html' ? parseHtml(text, options) : parseText(text, options);
  return decoded?.invalid
    ? { ...result, findings: [...decodingFindings(decoded, options), ...result.findings] }
    : result;
}

export { readLayout, type ParseResult, type ReadOptions, type SourceMap } from './read-layout.js';
export { textLayout } from './text.js';
export { htmlLayout } from './html.js';
export { decodeDocument, type Decoded } from './decode.js';
export { PARSE_RULES } from '../findings/reading.js';
export type { ParseFinding } from './rules.js';
export type { LayoutBlock, LayoutCell, SourceLoc } from './layout.js';
