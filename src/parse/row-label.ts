/**
 * Finding the row label of a line: the cell that names a row before the values start, a label
 * among fragments of merged cells (what converters make of vertical labels), or a label cut over
 * several lines, with the values printed on those lines.
 *
 * @module
 */
import type { LabelIndex, RowTarget } from './labels.js';
import type { SourceLoc } from './layout.js';
import { type Cell, cellOf, hasValue, isPageNumber, isValueOnly, type Line, type Lines } from './lines.js';

/** A row label found in the lines: what it names, where it was printed, and its own values. */
export interface LabelAt {
  readonly target: RowTarget;
  readonly official: string;
  readonly variant: boolean;
  /** The label as printed (its pieces joined when it was cut over lines). */
  readonly printed: string;
  /** Where its first piece is. */
  readonly loc: SourceLoc;
  /** The printed label is also a merged parent cell (2021 （六）其他处理). */
  readonly parentAlias: boolean;
  /** The values printed on the label's own lines, after its pieces, in order. */
  readonly fields: Cell[];
  /** The last line the label took. */
  readonly end: number;
  /** How many cells the label's line has, all told, when the label is on one line (else -1). */
  readonly lineWidth: number;
}

/** How many following lines a label cut over lines may continue on. */
const MAX_LABEL_PIECES = 3;
/** Lines of values a cut label may have between its pieces (a row printed beside its label). */
const MAX_VALUE_LINES = 16;
/** Lines of fragments of other labels interleaved with a cut label's pieces. */
const MAX_FRAGMENT_LINES = 2;

/** The cells of a line after index `after` that are the line's own (not copies of merged cells). */
function ownAfter(line: Line, after: number): Cell[] {
  const own: Cell[] = [];
  for (let k = after + 1; k < line.cells.length; k++) {
    const c = line.cells[k] as Cell;
    if (!c.spanned) own.push(c);
  }
  return own;
}

/**
 * The row label of line `i`: the last cell that names a row before the values start (`inTable`:
 * also a label among fragments of merged cells), continued on the next lines when the line ends
 * with the beginning of a label.
 */
export function findRowLabel(lines: Lines, i: number, index: LabelIndex, inTable: boolean): LabelAt | undefined {
  const line = lines.line(i);
  let found: { cell: number; match: NonNullable<ReturnType<LabelIndex['matchRow']>>; run?: Cell } | undefined;
  let lastText = -1;
  for (let k = 0; k < line.cells.length; k++) {
    const c = line.cells[k] as Cell;
    if (c.empty) continue;
    if (c.value && !c.spanned) {
      if (found) break;
      continue;
    }
    lastText = k;
    // A merged parent cell carried down from the row above (（六）其他处理 over its sub-rows) is
    // structure; printed in the row's own cell it is the row's label (a single （六） row).
    if (c.spanned && index.isParent(c.norm)) continue;
    const match = matchLabel(c, index, inTable);
    if (match) {
      found = { cell: k, match };
      continue;
    }
    // Digits joined to the label with no separator (text a crawler or a copy flattened).
    const joined = c.spanned ? undefined : joinedTail(c);
    const head = joined && matchLabel(joined.head, index, inTable);
    if (joined && head) found = { cell: k, match: head, run: joined.run };
  }
  const tail = lastText >= 0 ? (line.cells[lastText] as Cell) : undefined;
  if (tail && !found?.run && (!found || found.cell === lastText)) {
    const start = index.isRowLabelPrefix(tail.norm) ? 0 : inTable ? index.labelPrefixStart(tail.norm) : -1;
    if (start >= 0) {
      const cut = continueLabel(lines, i, lastText, tail.norm.slice(start), index);
      if (cut) return cut;
    }
  }
  if (!found) return undefined;
  const cell = line.cells[found.cell] as Cell;
  return {
    target: found.match.target,
    official: found.match.official,
    variant: found.match.variant,
    printed: found.run ? cell.text.trim().slice(0, -found.run.text.length) : cell.text.trim(),
    loc: cell.loc,
    parentAlias: index.isParent(cell.norm),
    fields: found.run ? [found.run, ...ownAfter(line, found.cell)] : ownAfter(line, found.cell),
    end: i,
    lineWidth: line.cells.length,
  };
}

/** The row a cell's text names: a label, or (`inTable`) a label among fragments of merged cells. */
const matchLabel = (c: Cell, index: LabelIndex, inTable: boolean) =>
  index.matchRow(c.norm) ?? (inTable && c.norm !== '' ? index.matchRowAmong(c.norm) : undefined);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * A cell of text ending in digits printed right after it (`行政许可1`, `（一）予以公开220000022`): the
 * text before them, and the digits as a cell of their own, marked as joined.
 */
function joinedTail(c: Cell): { head: Cell; run: Cell } | undefined {
  const text = c.text.trimEnd();
  if (text.length > 200) return undefined;
  let at = text.length;
  while (at > 0 && (isDigit(text.charCodeAt(at - 1)) || text[at - 1] === '.')) at--;
  if (at === text.length || at === 0 || !isDigit(text.charCodeAt(at))) return undefined;
  const column = c.loc.column;
  const run = cellOf(text.slice(at), column === undefined ? c.loc : { ...c.loc, column: column + at });
  return run.value ? { head: cellOf(text.slice(0, at), c.loc), run: { ...run, joined: true } } : undefined;
}

/**
 * A label that line `i` begins in its cell `k` (`begun`, normalised) and the next lines finish:
 * `（二）部分公开（区分处理的，只计这一情` / `447 7 0 0 0 0 454` / `形，不计其他情形）`. Lines of values
 * between the pieces are the row's; fragments of other merged labels between them are skipped.
 * The longest label the pieces make is taken.
 */
function continueLabel(lines: Lines, i: number, k: number, begun: string, index: LabelIndex): LabelAt | undefined {
  const first = lines.line(i);
  const head = first.cells[k] as Cell;
  let joined = begun;
  let printed = head.text.trim();
  type Best = { end: number; printed: string; joined: string; match: NonNullable<ReturnType<LabelIndex['matchRow']>> };
  let best: Best | undefined;
  const own = index.matchRow(joined);
  if (own) best = { end: i, printed, joined, match: own };
  const taken: { line: number; after: number }[] = [{ line: i, after: k }];
  let pieces = 0;
  let valueLines = 0;
  let fragmentLines = 0;
  for (let j = i + 1; j < lines.length && pieces < MAX_LABEL_PIECES; j++) {
    const next = lines.line(j);
    if (isPageNumber(next)) continue;
    if (isValueOnly(next)) {
      if (!hasValue(next) || ++valueLines > MAX_VALUE_LINES) break;
      taken.push({ line: j, after: -1 });
      continue;
    }
    const at = next.cells.findIndex((c) => !c.empty && !c.spanned);
    const piece = next.cells[at] as Cell;
    if (piece.value) break;
    // Words after the piece (another row's label) make the line that row's, not this one's.
    if (next.cells.some((c, n) => n > at && !c.empty && !c.value && !c.spanned)) break;
    const candidate = joined + piece.norm;
    const match = index.matchRow(candidate);
    if (match || index.isRowLabelPrefix(candidate)) {
      joined = candidate;
      printed += piece.text.trim();
      pieces++;
      taken.push({ line: j, after: at });
      if (match) best = { end: j, printed, joined, match };
      if (!index.isRowLabelPrefix(candidate)) break;
      continue;
    }
    const alone = next.cells.every((c, n) => n === at || c.empty || c.spanned);
    if (alone && index.isFragment(piece.norm) && ++fragmentLines <= MAX_FRAGMENT_LINES) {
      taken.push({ line: j, after: next.cells.length });
      continue;
    }
    break;
  }
  if (!best) return undefined;
  const end = best.end;
  const fields = taken.filter((t) => t.line <= end).flatMap((t) => ownAfter(lines.line(t.line), t.after));
  return {
    target: best.match.target,
    official: best.match.official,
    variant: best.match.variant,
    printed: best.printed,
    loc: head.loc,
    parentAlias: index.isParent(best.joined),
    fields,
    end,
    lineWidth: end === i ? first.cells.length : -1,
  };
}
