/**
 * Plain text (copied from a web page, Word or a PDF viewer, or made by a converter) to the common
 * layout. A line with tabs or `|` is a table row split at them (a Markdown table's rule line is
 * no content); a line of words followed by space-separated numbers is a row too (the shape PDF
 * text takes); every other non-blank line is a paragraph.
 *
 * @module
 */
import { isValueText } from './cell-value.js';
import type { LayoutBlock } from './layout.js';
import { IntList } from './int-list.js';
import { flatSegments, mayBeFlat } from './flat-text.js';
import {
  type BlockMaker,
  CachedLines,
  LAYOUT_BLOCKS,
  type Line,
  LineList,
  type Lines,
  mayOpenPageNumber,
  PAGE_NUMBER,
  READER_LINES,
} from './lines.js';
import { isSpace, trimmedSlice } from './whitespace.js';

/** Wider lines are not table rows (an official row has at most 18 cells); they stay text. */
const MAX_FIELDS = 512;
/** A Markdown table rule such as `|---|:--:|`: no content. */
const TABLE_RULE = /^[\s|:\-–—=+]+$/;
const RULE_MARK = /[-=]/;
/** The opening of a Markdown (ATX) heading: one to six `#` and a space. */
const ATX_HEADING = /^#{1,6}[ \t]+/;
/**
 * A Markdown table row opens with `|` at the start of its line; text before the first `|`, be it
 * only spaces (` | | 0 |`), is a cell of its own.
 */
const OPENING_PIPE = /^\|/;

/**
 * Where a piece of a line is: its line's number, and how far its first character is from the
 * start of that line (a line a crawler flattened is read as several pieces).
 */
interface At {
  readonly lineNo: number;
  readonly shift: number;
}

/**
 * Splits a line at a separator (one character: a tab or `|`), with the 1-based column of each
 * field. The fields are short: a loop finds each separator sooner than a call to `indexOf`.
 */
function splitAt<C, B>(line: string, separator: number, at0: At, make: BlockMaker<C, B>): C[] | undefined {
  const cells: C[] = [];
  const { lineNo, shift } = at0;
  const n = line.length;
  let start = 0;
  for (;;) {
    let end = start;
    while (end < n && line.charCodeAt(end) !== separator) end++;
    cells.push(make.cell(trimmedSlice(line, start, end), { line: lineNo, column: start + 1 + shift }, false));
    if (end >= n) return cells;
    if (cells.length >= MAX_FIELDS) return undefined;
    start = end + 1;
  }
}

const TAB = 0x09;
const PIPE = 0x7c;

/**
 * A line of words then numbers separated by spaces (`四、结转下年度继续办理 0 0 0 0 0 0 0`): the words
 * are one cell, each number another. `undefined` when the line does not end in a value.
 */
function splitTrailingValues<C, B>(line: string, at: At, make: BlockMaker<C, B>): C[] | undefined {
  const tokens: { text: string; column: number }[] = [];
  const token = /\S+/g;
  for (let m = token.exec(line); m; m = token.exec(line)) {
    if (tokens.length >= MAX_FIELDS) return undefined;
    tokens.push({ text: m[0], column: m.index + 1 });
  }
  if (tokens.length < 2) return undefined;
  let first = tokens.length;
  while (first > 0 && isValueText((tokens[first - 1] as { text: string }).text)) first--;
  if (first === tokens.length) return undefined;
  const { lineNo, shift } = at;
  const cells: C[] = [];
  if (first > 0) {
    const head = tokens[0] as { column: number };
    const last = tokens[first - 1] as { text: string; column: number };
    const text = line.slice(head.column - 1, last.column - 1 + last.text.length);
    cells.push(make.cell(text, { line: lineNo, column: head.column + shift }, false));
  }
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k] as { text: string; column: number };
    cells.push(make.cell(t.text, { line: lineNo, column: t.column + shift }, false));
  }
  return cells;
}

const HASH = 0x23;

/** A heading's text without the `#`s that may close it (`## 一、总体情况 ##`). */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t') ? text.slice(0, end).trimEnd() : text;
}

/**
 * What one scan of a line tells: where its content starts and ends (trimmed as `trim` trims),
 * whether it holds a tab or a `|`, and whether whitespace stands inside its content. Filled by
 * {@link scanLine}, one object for every line.
 */
interface LineScan {
  first: number;
  end: number;
  tab: boolean;
  pipe: boolean;
  innerSpace: boolean;
}
const SCAN: LineScan = { first: 0, end: 0, tab: false, pipe: false, innerSpace: false };

/** Scans a line once, into {@link SCAN}: what the regular expressions and searches of each line told. */
function scanLine(raw: string): LineScan {
  let first = -1;
  let last = -1;
  let spaceAfterFirst = -1;
  let tab = false;
  let pipe = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      if (c === TAB) tab = true;
      if (first >= 0 && spaceAfterFirst < 0) spaceAfterFirst = i;
    } else {
      if (first < 0) first = i;
      last = i;
      if (c === PIPE) pipe = true;
    }
  }
  SCAN.first = first;
  SCAN.end = last + 1;
  SCAN.tab = tab;
  SCAN.pipe = pipe;
  SCAN.innerSpace = spaceAfterFirst >= 0 && spaceAfterFirst < last;
  return SCAN;
}

/** Whether a scanned line holds anything: not blank, not a Markdown table rule. */
function scannedContent(raw: string, scan: LineScan): boolean {
  if (scan.first < 0) return false;
  return scan.tab || !scan.pipe || !(TABLE_RULE.test(raw) && RULE_MARK.test(raw));
}

/** Whether a line holds anything: not blank, not a Markdown table rule. */
const hasContent = (raw: string): boolean => scannedContent(raw, scanLine(raw));

/**
 * One line (or piece of a line) of text as a block, or `undefined` when it holds nothing (blank,
 * or a Markdown table rule).
 */
function blockOf<C, B>(raw: string, at: At, make: BlockMaker<C, B>): B | undefined {
  const scan = scanLine(raw);
  if (!scannedContent(raw, scan)) return undefined;
  const { first, tab, pipe, innerSpace } = scan;
  const trimmed = first === 0 && scan.end === raw.length ? raw : raw.slice(first, scan.end);
  const loc = { line: at.lineNo, column: first + 1 + at.shift };
  const opening = trimmed.charCodeAt(0);
  // The patterns below are tried only on lines opening with a character they need.
  const heading = opening === HASH ? ATX_HEADING.exec(trimmed) : null;
  // A Markdown heading (`## 一、总体情况`, `# 某局…年度报告`) is a paragraph of its text alone.
  if (heading) return make.paragraph(withoutClosingHashes(trimmed.slice(heading[0].length)), loc);
  let cells: C[] | undefined;
  if (mayOpenPageNumber(opening) && PAGE_NUMBER.test(trimmed)) {
    cells = undefined;
  } else if (tab) {
    cells = splitAt(raw, TAB, at, make);
  } else if (pipe) {
    cells = pipeCells(raw, at, make);
  } else if (innerSpace) {
    cells = splitTrailingValues(raw, at, make);
  }
  return cells ? make.row(cells, loc) : make.paragraph(trimmed, loc);
}

/**
 * The cells of a `|`-separated line. A `|` that ends the line closes the last cell rather than
 * opening an empty one; a Markdown row (`| a | b |`) opens its first cell with one too.
 */
function pipeCells<C, B>(raw: string, at: At, make: BlockMaker<C, B>): C[] | undefined {
  const trimmed = raw.trim();
  const closed = trimmed.endsWith('|');
  const body = closed ? raw.slice(0, raw.lastIndexOf('|')) : raw;
  const cells = splitAt(body, PIPE, at, make);
  const opened =
    closed && trimmed.length > 1 && OPENING_PIPE.test(raw) && cells?.some((c) => (c as { text: string }).text !== '');
  return opened ? cells?.slice(1) : cells;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
/** Line breaks other than `\n`: most texts have none, and are cut at each `\n` with `indexOf`. */
const OTHER_BREAK = /[\r\u2028\u2029]/;

/**
 * Calls `visit` with each line of the text (without its break): its 0-based start and end, its
 * number, where the line starts, and its text (a line a crawler flattened is visited as the lines
 * it was printed in, each with the number of the line that holds it). Each line is cut out once.
 */
function eachLine(
  text: string,
  visit: (start: number, end: number, lineNo: number, lineStart: number, piece: string) => void,
): void {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 1;
  const pieces = (begin: number, end: number, n: number): void => {
    const line = text.slice(begin, end);
    if (!mayBeFlat(line)) {
      visit(begin, end, n, begin, line);
      return;
    }
    for (const [s, e] of flatSegments(line)) visit(begin + s, begin + e, n, begin, line.slice(s, e));
  };
  let start = from;
  if (OTHER_BREAK.test(text)) {
    LINE_BREAK.lastIndex = from;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
      pieces(start, m.index, lineNo++);
      start = m.index + m[0].length;
    }
  } else {
    for (let at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', start)) {
      pieces(start, at, lineNo++);
      start = at + 1;
    }
  }
  pieces(start, text.length, lineNo);
}

/** The blocks of a text, one per non-blank line or piece of a line. */
function textBlocks<C, B>(text: string, make: BlockMaker<C, B>): B[] {
  const blocks: B[] = [];
  eachLine(text, (start, _end, lineNo, lineStart, piece) => {
    const block = blockOf(piece, { lineNo, shift: start - lineStart }, make);
    if (block) blocks.push(block);
  });
  return blocks;
}

/**
 * The layout of a plain-text report: one block per non-blank line.
 *
 * @example
 * ```ts
 * textLayout('二、主动公开政府信息情况\n行政处罚\t13\t\t');
 * // [{ kind: 'paragraph', text: '二、主动公开政府信息情况', … },
 * //  { kind: 'row', cells: [{ text: '行政处罚' … }, { text: '13' … }, { text: '' … }, { text: '' … }], … }]
 * ```
 */
export function textLayout(text: string): LayoutBlock[] {
  return textBlocks(text, LAYOUT_BLOCKS);
}

/** Documents up to this many characters are split into blocks at once (the quickest way). */
const EAGER_CHARS = 1 << 20;

/**
 * The lines of a plain-text report for the reader. A long document's lines are made on demand:
 * only where each line starts and ends is kept, so millions of short lines cost a few bytes each.
 * @internal
 */
export function textLines(text: string): Lines {
  if (text.length <= EAGER_CHARS) return new LineList(textBlocks(text, READER_LINES));
  const starts = new IntList();
  const ends = new IntList();
  const numbers = new IntList();
  const lineStarts = new IntList();
  eachLine(text, (start, end, lineNo, lineStart, piece) => {
    if (!hasContent(piece)) return;
    starts.push(start);
    ends.push(end);
    numbers.push(lineNo);
    lineStarts.push(lineStart);
  });
  return new CachedLines(starts.length, (i): Line => {
    const start = starts.get(i);
    const at = { lineNo: numbers.get(i), shift: start - lineStarts.get(i) };
    return blockOf(text.slice(start, ends.get(i)), at, READER_LINES) as Line;
  });
}
