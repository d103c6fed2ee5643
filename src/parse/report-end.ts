/**
 * Where a report ends. Read from a web page, the last section runs on into the page's furniture:
 * copyright and sponsor lines, attachment and QR-code boxes, close and print buttons, browser
 * advice, site links. The report ends at its signature and date, or where that furniture starts;
 * the furniture never becomes section text.
 *
 * @module
 */
import { isPageFurniture } from '../format/boilerplate.js';
import { findSignature } from './meta.js';

/** Punctuation of running text: a line holding it is part of the report, not a link or a button. */
const IN_SENTENCE = /[。；！？，,;!?]/;
/** Longest line taken for a link or a button between furniture lines. */
const MAX_LINK = 16;

/** What {@link reportEnd} finds: how many lines belong to the report, and the furniture cut. */
export interface ReportEnd {
  /** The report's lines are `lines.slice(0, keep)`. */
  readonly keep: number;
  /** The lines after the report's end (page furniture), as printed. */
  readonly cut: readonly string[];
}

const isLinkLike = (line: string): boolean => line.length <= MAX_LINK && !IN_SENTENCE.test(line);

/**
 * Where the report ends among the lines of its last section (paragraph texts, in order): the run
 * of lines at the end made of page furniture and of the short links and buttons among it, when it
 * holds at least one line only furniture prints; never before the signature and date, and the
 * section's first line only when it is furniture itself (a section that is nothing but furniture is
 * empty).
 *
 * @example
 * ```ts
 * reportEnd(['本年度未收取信息处理费。', '北关区应急管理局', '2025年1月20日', '扫一扫在手机上查看当前页面', '关闭']);
 * // { keep: 3, cut: ['扫一扫在手机上查看当前页面', '关闭'] }
 * reportEnd(['无。']); // { keep: 1, cut: [] }
 * ```
 */
export function reportEnd(lines: readonly string[]): ReportEnd {
  const signature = findSignature(lines);
  const floor = signature ? signature.dateLine + 1 : 0;
  let start = lines.length;
  let furniture = false;
  for (let i = lines.length - 1; i >= floor; i--) {
    const line = (lines[i] as string).trim();
    if (isPageFurniture(line)) furniture = true;
    // The section's first line is its content unless it is furniture itself (无 is an answer).
    else if (i === 0 || !isLinkLike(line)) break;
    start = i;
  }
  // Short lines at the end with no furniture among them are the report's (a closing 无, a name).
  if (!furniture) return { keep: lines.length, cut: [] };
  return { keep: start, cut: lines.slice(start) };
}
