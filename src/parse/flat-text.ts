/**
 * Text whose line breaks a crawler or a copy lost: the whole report on one line, its section
 * headings in the middle of it, table rows run together (`…行政规范性文件465第二十条第（五）项…`) and
 * a row's numbering stuck to the run of the row before (`…62064018` + `2.其他法律…` →
 * `620640182.其他法律…`). Such a line is cut back into the lines the report was printed in, before
 * the official headings, captions and row labels found anywhere in it (their numbering, part of the
 * official label, goes with its label), so that the line reader and its digit splitting do the rest.
 * The vocabulary is the format definitions'; the scan is one `indexOf` pass per term, so linear.
 *
 * @module
 */
import { getFormat } from '../format/index.js';

/** A term found in the line: where it starts and ends, and whether it is a section heading. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly heading: boolean;
}

/** A line shorter than this is never a flattened report (the longest official label is 40 characters). */
const MIN_FLAT_CHARS = 80;
/** A line holding this many section headings (in their order) is a flattened report. */
const MIN_HEADINGS = 2;
/** The numerals of the sections that hold the tables (二、三、四). */
const TABLE_SECTIONS = '二三四';

/** An official label with its numbering: `2.其他法律行政法规禁止公开`. */
const NUMBERED = /^([0-9]{1,2})\.(.+)$/;
/** What may stand between a numbering and its words. */
const NUMBERING_MARKS = '.、．';

/** Every spelling of the terms a flattened line is cut before, of both formats, longest first. */
const { headings, labels, numbered } = (() => {
  const headings = new Set<string>();
  const labels = new Set<string>();
  for (const format of [getFormat('2019'), getFormat('2021')]) {
    for (const s of format.sections) for (const h of [s.heading, ...(s.aliases ?? [])]) headings.add(h);
    for (const table of format.tables) {
      if (table.id === '4') continue;
      for (const block of table.blocks) {
        if (block.caption) labels.add(block.caption);
        for (const row of block.rows)
          for (const l of [row.label, ...(row.aliases ?? []), ...(row.parents ?? [])]) labels.add(l);
      }
    }
  }
  // A numbered label's words alone (`其他法律行政法规禁止公开`), for its numbering printed otherwise
  // (`2、`, `2`) or not at all; short words (`其他`) only with their numbering.
  const numbered = new Map<string, string>();
  for (const l of labels) {
    const m = NUMBERED.exec(l);
    if (m && (m[2] as string).length >= 4 && !labels.has(m[2] as string)) numbered.set(m[2] as string, m[1] as string);
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  return { headings: [...headings].sort(byLength), labels: [...labels, ...numbered.keys()].sort(byLength), numbered };
})();

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** A gap between two values on one line (space, tab, ideographic space): narrower than `isSpace` of whitespace.ts. */
const isValueGap = (code: number): boolean => code === 32 || code === 9 || code === 0x3000;
const isValueChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || code === 32 || code === 9 || code === 46 || code === 45 || code === 47;

/**
 * The longest term at each start, kept from one call to the next for lines up to
 * {@link KEPT_SCRATCH} characters (a new typed array costs more than scanning such a line).
 */
const starts = new Int32Array(4096);
const KEPT_SCRATCH = starts.length;

/** Zeroed room for `length` starts: {@link starts}, or for a longer line an array of its own (not kept). */
function scratch(length: number): Int32Array {
  if (length > KEPT_SCRATCH) return new Int32Array(length);
  starts.fill(0, 0, length);
  return starts;
}

/**
 * The leftmost-longest occurrences of the terms in `line[from, to)` that do not overlap, in order.
 * Each start keeps its longest term in a typed array and one walk picks them: no sort, linear.
 */
function leftmostLongest(line: string, terms: readonly string[], heading: boolean, from: number, to: number): Hit[] {
  const longest = scratch(Math.max(0, to - from));
  for (const term of terms) {
    const number = numbered.get(term);
    for (let at = line.indexOf(term, from); at >= 0 && at + term.length <= to; at = line.indexOf(term, at + 1)) {
      const start = number === undefined ? at : numberingStart(line, at, number, from);
      if (start >= 0 && at + term.length - start > (longest[start - from] as number))
        longest[start - from] = at + term.length - start;
    }
  }
  const kept: Hit[] = [];
  for (let at = 0; at < to - from; ) {
    const length = longest[at] as number;
    if (length === 0) {
      at++;
      continue;
    }
    kept.push({ start: from + at, end: from + at + length, heading });
    at += length;
  }
  return kept;
}

/** Two lists of hits in order as one, in order (a hit overlapping the one before is dropped). */
function merged(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as Hit).start <= (b[j] as Hit).start) ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (!last || (next as Hit).start >= last.end) out.push(next as Hit);
  }
  return out;
}

/**
 * Where a numbered label whose words start at `at` starts: at its numbering (`2、`, `2`) when that
 * is printed, else at its words; -1 when digits before it leave unknown where a run of values ends
 * and the numbering begins (`135022其他…`, `13502其他…`): such a label is not cut before.
 */
function numberingStart(line: string, at: number, number: string, from: number): number {
  let end = at;
  if (end > from && NUMBERING_MARKS.includes(line[end - 1] as string)) end--;
  const numbered = end - number.length >= from && line.startsWith(number, end - number.length);
  const start = numbered ? end - number.length : end;
  if (start > from && isDigit(line.charCodeAt(start - 1)) && (end === at || !numbered)) return -1;
  return numbered ? start : at;
}

/** Where the values printed right after `at` end (digits, spaces, `.`, `-`, `/`), before `limit`. */
function valuesEnd(line: string, at: number, limit: number): number {
  let end = at;
  while (end < limit && isValueChar(line.charCodeAt(end))) end++;
  return end;
}

/**
 * Whether a line may be a flattened report, worth {@link flatSegments}' scan: long enough, and
 * holding a 、 (every section heading holds one; most lines hold none).
 *
 * @example
 * ```ts
 * mayBeFlat('行政处罚\t13'); // false
 * ```
 */
export const mayBeFlat = (line: string): boolean => line.length >= MIN_FLAT_CHARS && line.includes('、');

/**
 * The segments (`[start, end)` pairs) a line is read as: the line itself, or the lines a flattened
 * report was printed in.
 *
 * @example
 * ```ts
 * flatSegments('一、总体情况本机关…。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数…规章021行政规范性文件465');
 * // [[0, 6], [6, …], …]: 一、总体情况 | 本机关…。 | 二、主动公开政府信息情况 | 第二十条第（一）项 | 信息内容… | 规章021 | 行政规范性文件465
 * ```
 */
export function flatSegments(line: string): [number, number][] {
  const whole: [number, number][] = [[0, line.length]];
  if (!mayBeFlat(line)) return whole;
  const found = leftmostLongest(line, headings, true, 0, line.length);
  const sections = inOrder(line, found);
  if (sections.length < MIN_HEADINGS) return whole;
  // Row labels are looked for only between the tables' headings and the narrative after them.
  const tables = sections.find((h) => TABLE_SECTIONS.includes(line[h.start] as string));
  const from = tables?.end ?? line.length;
  const to =
    sections.find((h) => h.start > from && !TABLE_SECTIONS.includes(line[h.start] as string))?.start ?? line.length;
  const rows = leftmostLongest(line, labels, false, from, to);
  const hits = merged(sections, rows);
  // Where the line is cut, in order.
  const points: number[] = [];
  const cut = (at: number): void => {
    if (at > (points[points.length - 1] ?? 0) && at < line.length) points.push(at);
  };
  hits.forEach((h, n) => {
    const next = hits[n + 1]?.start ?? line.length;
    // A label printed right after another (a parent and its first row) stays on its line.
    const previous = hits[n - 1];
    if (h.heading || !previous || previous.heading || previous.end !== h.start) cut(h.start);
    if (!h.heading) {
      const values = valuesEnd(line, h.end, next);
      // Digits run straight into text no term names (`142162162其他…`): their last ones may number
      // that text's row, so where the run ends is unknown; the line is not cut there.
      if (
        values < next &&
        !(values > h.end && isDigit(line.charCodeAt(values - 1)) && !isValueGap(line.charCodeAt(values)))
      )
        cut(values);
      return;
    }
    cut(h.end);
    // Text after a table's heading (table 4's header) keeps its trailing values on a line of their own.
    if (h.start < from || h.start >= to) return;
    let start = next;
    while (start > h.end && isValueChar(line.charCodeAt(start - 1))) start--;
    if (start < next && /[0-9]/.test(line.slice(start, next))) cut(start);
  });
  const segments: [number, number][] = [];
  let start = 0;
  for (const p of [...points, line.length]) {
    if (p > start) segments.push([start, p]);
    start = p;
  }
  return segments;
}

/** The section headings in the official order (一 before 二 …): a heading quoted out of order is text. */
function inOrder(line: string, found: readonly Hit[]): Hit[] {
  const order = '一二三四五六';
  const kept: Hit[] = [];
  let rank = -1;
  for (const h of found) {
    const r = order.indexOf(line[h.start] as string);
    if (r > rank) {
      kept.push(h);
      rank = r;
    }
  }
  return kept;
}
