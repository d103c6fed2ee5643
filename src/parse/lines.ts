/**
 * The document as the report reader sees it: numbered lines (a paragraph, or a table row) of
 * cells whose text is classified once (normalised form, blank, value). Lines are made on demand
 * from whatever holds the document, so reading a long document does not keep a second copy of
 * it in objects.
 *
 * @module
 */
import { isValueText } from './cell-value.js';
import type { LayoutBlock, LayoutCell, SourceLoc } from './layout.js';
import { normalizeLabel } from './normalize.js';

/** A cell with what the reader needs to know about its text. */
export interface Cell {
  readonly text: string;
  /** {@link normalizeLabel}'s form of the text ('' for blank and for long text). */
  readonly norm: string;
  readonly loc: SourceLoc;
  /** A copy of a merged cell that started in an earlier row or column. */
  readonly spanned: boolean;
  readonly empty: boolean;
  /** A number or a blank marker (`/`, `-`, `无`…), not words. */
  readonly value: boolean;
  /** Values separated by whitespace (`5 1`): perhaps two fields a copy joined. */
  readonly several: boolean;
  /** Digits printed right after a label with no separator (`行政许可1`): perhaps several cells' values joined. */
  readonly joined?: boolean;
}

/** A paragraph (one cell) or a table row. */
export interface Line {
  readonly kind: 'paragraph' | 'row';
  readonly cells: readonly Cell[];
  readonly loc: SourceLoc;
}

/** The lines of a document, numbered from 0. */
export interface Lines {
  readonly length: number;
  line(index: number): Line;
}

/** Labels are short; longer text is never compared with them (and never normalised). */
export const MAX_LABEL_TEXT = 120;

interface TextClass {
  readonly norm: string;
  readonly empty: boolean;
  readonly value: boolean;
  readonly several: boolean;
}

const BLANK = /^(?:[\s\u200b\u200c\u2060\ufeff]|\u200d)*$/;
const TOKEN = /\S+/g;
const INNER_SPACE = /\S\s+\S/;
const LONG_TEXT: TextClass = { norm: '', empty: false, value: false, several: false };
const LONG_BLANK: TextClass = { norm: '', empty: true, value: false, several: false };

/**
 * Documents repeat the same few texts ('0', empty cells, the labels), within one report and across
 * reports: each distinct short text is classified once. Bounded, so memory stays flat.
 */
const classes = new Map<string, TextClass>();
const MAX_CLASSES = 50_000;

/**
 * The string's characters in a string of their own. A text cut from a document can share the
 * document's characters (V8 slices strings of 13 characters or more): kept in the cache as it is,
 * it would keep the whole document alive, one document per file read.
 */
const own = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

function classify(text: string): TextClass {
  if (text.length > MAX_LABEL_TEXT) return BLANK.test(text) ? LONG_BLANK : LONG_TEXT;
  let c = classes.get(text);
  if (!c) {
    const norm = normalizeLabel(text);
    const value = norm !== '' && isValueText(text);
    c = { norm: own(norm), empty: norm === '', value, several: value && INNER_SPACE.test(text) };
    if (classes.size >= MAX_CLASSES) classes.clear();
    classes.set(own(text), c);
  }
  return c;
}

/**
 * Whether a text is 1 to 15 ASCII digits, what most cells hold: its class is known without
 * looking it up (its own normalised form, a value, one of them), and a cut-out text is not hashed
 * to be found in {@link classes}. So is the empty text's (blank).
 */
function isPlainDigits(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A cell of the given text and place. */
export function cellOf(text: string, loc: SourceLoc, spanned = false): Cell {
  // The same fields, in the same order, as a classified text gives (one object shape for all cells).
  if (isPlainDigits(text)) return { text, loc, spanned, norm: text, empty: false, value: true, several: false };
  if (text === '') return { text, loc, spanned, norm: '', empty: true, value: false, several: false };
  const c = classify(text);
  return { text, loc, spanned, norm: c.norm, empty: c.empty, value: c.value, several: c.several };
}

/**
 * The values of a cell that holds several separated by whitespace (`5 1`: two fields a copy
 * joined, or digits a medium broke apart), each as a cell of its own, or `undefined`.
 */
export function splitValues(cell: Cell): Cell[] | undefined {
  if (!cell.several) return undefined;
  const text = cell.text;
  const parts: Cell[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (!isValueText(m[0])) return undefined;
    const column = cell.loc.column;
    parts.push(cellOf(m[0], column === undefined ? cell.loc : { ...cell.loc, column: column + m.index }));
  }
  return parts.length > 1 ? parts : undefined;
}

/** The line a layout block is read as. */
export function lineOf(block: LayoutBlock): Line {
  return block.kind === 'paragraph'
    ? { kind: 'paragraph', cells: [cellOf(block.text, block.loc)], loc: block.loc }
    : { kind: 'row', cells: block.cells.map((c) => cellOf(c.text, c.loc, c.spanned === true)), loc: block.loc };
}

/**
 * How a document reader makes what it reads: as the public layout's blocks and cells, or as the
 * report reader's lines and classified cells directly (one object per printed cell, not a layout
 * cell and then its classified copy).
 * @internal
 */
export interface BlockMaker<C, B> {
  cell(text: string, loc: SourceLoc, spanned: boolean): C;
  paragraph(text: string, loc: SourceLoc): B;
  row(cells: C[], loc: SourceLoc): B;
}

/**
 * Blocks of the public layout (`textLayout`, `htmlLayout`).
 * @internal
 */
export const LAYOUT_BLOCKS: BlockMaker<LayoutCell, LayoutBlock> = {
  cell: (text, loc, spanned) => (spanned ? { text, loc, spanned: true } : { text, loc }),
  paragraph: (text, loc) => ({ kind: 'paragraph', text, loc }),
  row: (cells, loc) => ({ kind: 'row', cells, loc }),
};

/**
 * The reader's lines, as {@link lineOf} makes them of the layout's blocks.
 * @internal
 */
export const READER_LINES: BlockMaker<Cell, Line> = {
  cell: cellOf,
  paragraph: (text, loc) => ({ kind: 'paragraph', cells: [cellOf(text, loc)], loc }),
  row: (cells, loc) => ({ kind: 'row', cells, loc }),
};

/**
 * Lines made by a reader as lines.
 * @internal
 */
export class LineList implements Lines {
  constructor(private readonly lines: readonly Line[]) {}

  get length(): number {
    return this.lines.length;
  }

  line(index: number): Line {
    return this.lines[index] as Line;
  }
}

/** Classified lines kept: the reader looks at most this far back or ahead of where it reads. */
const CACHED_LINES = 4096;

/**
 * Lines made on demand by `make`; the last few thousand are kept, each in the slot of its index.
 * @internal
 */
export class CachedLines implements Lines {
  private readonly indexes = new Int32Array(CACHED_LINES).fill(-1);
  private readonly cached: (Line | undefined)[] = new Array(CACHED_LINES);

  constructor(
    readonly length: number,
    private readonly make: (index: number) => Line,
  ) {}

  line(index: number): Line {
    const slot = index & (CACHED_LINES - 1);
    if (this.indexes[slot] === index) return this.cached[slot] as Line;
    const line = this.make(index);
    this.indexes[slot] = index;
    this.cached[slot] = line;
    return line;
  }
}

/**
 * The lines of a layout, each classified when first read and kept (the blocks are in memory
 * anyway).
 *
 * @example
 * ```ts
 * new BlockLines(textLayout('行政处罚\t13')).line(0).cells.map((c) => c.value); // [false, true]
 * ```
 */
export class BlockLines implements Lines {
  private readonly made: (Line | undefined)[];

  constructor(private readonly blocks: readonly LayoutBlock[]) {
    this.made = new Array(blocks.length);
  }

  get length(): number {
    return this.blocks.length;
  }

  line(index: number): Line {
    let line = this.made[index];
    if (!line) this.made[index] = line = lineOf(this.blocks[index] as LayoutBlock);
    return line;
  }
}

/** The one text a line holds (a paragraph, or a row whose non-empty cells all say the same). */
export function soleText(line: Line): Cell | undefined {
  let sole: Cell | undefined;
  for (const c of line.cells) {
    if (c.empty) continue;
    if (sole && c.norm !== sole.norm) return undefined;
    sole ??= c;
  }
  return sole;
}

/** A line of values only (merged copies and blanks aside). */
export const isValueOnly = (line: Line): boolean => line.cells.every((c) => c.spanned || c.empty || c.value);

/** Whether a line holds at least one value of its own. */
export const hasValue = (line: Line): boolean => line.cells.some((c) => c.value && !c.spanned);

/** `- 4 -`, `-4-`, `第 4 页`, `第4页 共12页`, `4 / 12`: a page number, not a value or text of the report. */
export const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * Whether a character may open a {@link PAGE_NUMBER} (once trimmed): a digit, a dash (`-—–－`) or 第.
 * @internal
 */
export const mayOpenPageNumber = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0xff0d || c === 0x7b2c;

/** Whether a text opening with this character is no page number: an ideograph or a printable ASCII character (not whitespace) that opens none. */
const opensNoPageNumber = (c: number): boolean =>
  ((c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f)) && !mayOpenPageNumber(c);

/** Whether a line is a page number printed by the medium (page furniture): one short text. */
export function isPageNumber(line: Line): boolean {
  const sole = line.kind === 'paragraph' ? line.cells[0] : soleText(line);
  return (
    sole !== undefined &&
    sole.text.length <= 24 &&
    !opensNoPageNumber(sole.text.charCodeAt(0)) &&
    PAGE_NUMBER.test(sole.text.trim())
  );
}
