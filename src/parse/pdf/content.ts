/**
 * A page's drawing read from its content stream, without pdf.js's operator list: the ruling lines
 * (the paths it strokes or fills, through `q`/`Q` and `cm`) and the fonts it shows text in. One
 * linear pass over the bytes, each read once; nothing is searched back or again.
 *
 * It reads only what it can read as pdf.js does: the path operators build pdf.js's own path (its
 * draw operations, coordinates as 32-bit floats, numbers parsed with pdf.js's arithmetic) and hand
 * it to the same geometry as the operator list (paths.ts), so both give the same lines. Anything it
 * cannot be sure of gives `undefined`, and the reader asks pdf.js for the operator list instead:
 * another object drawn (`Do`: a form may draw lines), an inline image, a shading, an operator it
 * does not know, operands of the wrong number or kind, a `Q` without its `q`, a malformed token.
 *
 * @module
 */
import type { Segment } from './geometry.js';
import { DRAW, type Matrix, multiply, pathSegments } from './paths.js';

/**
 * What a page's content stream draws and shows.
 * @internal
 *
 * @example
 * ```ts
 * const { segments, textFonts } = readContent(data, [1, 0, 0, 1, 0, 0]) ?? fallback();
 * ```
 */
export interface ContentReading {
  /** The ruling lines, on the page as `readContent`'s matrix takes user space there. */
  segments: Segment[];
  /**
   * How many fonts (by resource name) show a non-empty string. A font pdf.js could not read shows
   * no text at all, so when pdf.js's text holds text of as many fonts, every one of them was read.
   */
  textFonts: number;
  /** Whether a graphics state is set (`gs`): one may set a font too, which `textFonts` does not see. */
  setsGraphicsState: boolean;
}

/** Operands held at most before an operator; PDF's largest operator takes 33. */
const MAX_OPERANDS = 64;
/** Longest name read, with its `/` (PDF's own limit is 127 bytes). */
const MAX_NAME = 128;
/** Arrays and dictionaries nested at most in an operand. */
const MAX_DEPTH = 32;

/** Byte classes: regular characters, white space, delimiters. */
const REGULAR = 0;
const SPACE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = SPACE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;

/** The kinds of operand (only a number's value, and a name's place, are kept). */
const NUMBER = 1;
const NAME = 2;
const TEXT = 3;
const NO_TEXT = 4;
const ARRAY_TEXT = 5;
const ARRAY = 6;
const DICT = 7;
const KEYWORD = 8;

/** What an operator does here; the others only take their operands. */
const Act = {
  Other: 0,
  Save: 1,
  Restore: 2,
  Transform: 3,
  MoveTo: 4,
  LineTo: 5,
  CurveTo: 6,
  CurveTo2: 7,
  CurveTo3: 8,
  ClosePath: 9,
  Rectangle: 10,
  Paint: 11,
  SetFont: 12,
  SetState: 13,
  Show: 14,
} as const;
type Act = (typeof Act)[keyof typeof Act];

/** An operator read here: the operands it takes and what it does. */
interface Operator {
  /**
   * Per operand, the kinds that fit it, one bit each (`1 << NUMBER`, …), from its letter in the
   * operator's signature: `n` number, `/` name, `s` string, `a` array, `p` properties (a name or a
   * dictionary).
   */
  readonly fitting: Uint16Array;
  readonly act: Act;
  /** For the colour operators with a variable number of components: how many at most, and whether a pattern's name may end them. */
  readonly colour?: { max: number; pattern: boolean };
  /** For the painting operators. */
  readonly paint?: { stroke: boolean; fill: boolean; close: boolean };
}

/** The kinds of operand that fit each letter of a signature (`p`: properties, a name or a dictionary). */
const FITTING: Readonly<Record<string, readonly number[]>> = {
  n: [NUMBER],
  '/': [NAME],
  s: [TEXT, NO_TEXT],
  a: [ARRAY, ARRAY_TEXT],
  p: [NAME, DICT],
};

/** The kinds that fit a letter of a signature, one bit each. */
const fittingKinds = (letter: string): number =>
  (FITTING[letter] as readonly number[]).reduce((bits, kind) => bits | (1 << kind), 0);

const op = (signature: string, act: Act = Act.Other): Operator => ({
  fitting: Uint16Array.from(signature, fittingKinds),
  act,
});
const paint = (stroke: boolean, fill: boolean, close: boolean): Operator => ({
  ...op(''),
  act: Act.Paint,
  paint: { stroke, fill, close },
});
const colour = (max: number, pattern: boolean): Operator => ({ ...op(''), colour: { max, pattern } });

/** The operators read here. Any other (`Do`, `BI`, `sh`, `d0`, `BX`, …) makes the page unsure. */
const OPERATORS: Readonly<Record<string, Operator>> = {
  w: op('n'),
  J: op('n'),
  j: op('n'),
  M: op('n'),
  d: op('an'),
  ri: op('/'),
  i: op('n'),
  gs: op('/', Act.SetState),
  q: op('', Act.Save),
  Q: op('', Act.Restore),
  cm: op('nnnnnn', Act.Transform),
  m: op('nn', Act.MoveTo),
  l: op('nn', Act.LineTo),
  c: op('nnnnnn', Act.CurveTo),
  v: op('nnnn', Act.CurveTo2),
  y: op('nnnn', Act.CurveTo3),
  h: op('', Act.ClosePath),
  re: op('nnnn', Act.Rectangle),
  S: paint(true, false, false),
  s: paint(true, false, true),
  f: paint(false, true, false),
  F: paint(false, true, false),
  'f*': paint(false, true, false),
  B: paint(true, true, false),
  'B*': paint(true, true, false),
  b: paint(true, true, true),
  'b*': paint(true, true, true),
  n: paint(false, false, false),
  W: op(''),
  'W*': op(''),
  BT: op(''),
  ET: op(''),
  Tc: op('n'),
  Tw: op('n'),
  Tz: op('n'),
  TL: op('n'),
  Tf: op('/n', Act.SetFont),
  Tr: op('n'),
  Ts: op('n'),
  Td: op('nn'),
  TD: op('nn'),
  Tm: op('nnnnnn'),
  'T*': op(''),
  Tj: op('s', Act.Show),
  TJ: op('a', Act.Show),
  "'": op('s', Act.Show),
  '"': op('nns', Act.Show),
  CS: op('/'),
  cs: op('/'),
  SC: colour(4, false),
  sc: colour(4, false),
  SCN: colour(33, true),
  scn: colour(33, true),
  G: op('n'),
  g: op('n'),
  RG: op('nnn'),
  rg: op('nnn'),
  K: op('nnnn'),
  k: op('nnnn'),
  MP: op('/'),
  DP: op('/p'),
  BMC: op('/'),
  BDC: op('/p'),
  EMC: op(''),
};

/** An operator's bytes (one to three) as one number, to look it up without making a string. */
const keyOf = (b0: number, b1 = 0, b2 = 0): number => b0 | (b1 << 8) | (b2 << 16);
const BY_KEY = new Map<number, Operator>(
  Object.entries(OPERATORS).map(([name, o]) => [
    keyOf(name.charCodeAt(0), name.charCodeAt(1) || 0, name.charCodeAt(2) || 0),
    o,
  ]),
);

/** Whether the operands (their kinds) are what the operator takes, in number and kind. */
function operandsFit(o: Operator, kinds: Uint8Array, count: number): boolean {
  if (o.colour) {
    if (count === 0 || count > o.colour.max) return false;
    const last = o.colour.pattern && kinds[count - 1] === NAME ? count - 1 : count;
    for (let k = 0; k < last; k++) if (kinds[k] !== NUMBER) return false;
    return true;
  }
  const fitting = o.fitting;
  if (fitting.length !== count) return false;
  for (let k = 0; k < count; k++) if (((fitting[k] as number) & (1 << (kinds[k] as number))) === 0) return false;
  return true;
}

/**
 * A number token as pdf.js's lexer computes it (all digits as one integer, divided by the power
 * of ten of its decimals), so that the coordinates are the very same doubles; NaN for a token
 * that is not plainly a number (pdf.js reads those its own way).
 */
function numberAt(data: Uint8Array, start: number, end: number): number {
  let i = start;
  let sign = 1;
  if (data[i] === 0x2d) {
    sign = -1;
    i++;
  } else if (data[i] === 0x2b) i++;
  let divideBy = 0;
  if (data[i] === 0x2e) {
    divideBy = 10;
    i++;
  }
  const first = data[i] as number;
  if (i >= end || first < 0x30 || first > 0x39) return Number.NaN;
  let value = first - 0x30;
  for (i++; i < end; i++) {
    const c = data[i] as number;
    if (c >= 0x30 && c <= 0x39) {
      if (divideBy !== 0) divideBy *= 10;
      value = value * 10 + (c - 0x30);
    } else if (c === 0x2e && divideBy === 0) divideBy = 1;
    else return Number.NaN;
  }
  // Past 2^53 the digits are no longer added exactly, and pdf.js's result is its own.
  if (value > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return sign * (divideBy !== 0 ? value / divideBy : value);
}

/** The characters of a name (a few bytes, at most {@link MAX_NAME}). */
function ascii(data: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(data[i] as number);
  return out;
}

/** Whether the bytes at `start` spell `word` and end at `end`. */
function spells(data: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (data[start + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** The end of a literal string starting at `(`, after its `)`; -1 when it does not end. */
function stringEnd(data: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < data.length; i++) {
    const c = data[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return -1;
}

/** The end of a hexadecimal string starting at `<`, after its `>`, as a negative number when it holds no digit; 0 when malformed. */
function hexEnd(data: Uint8Array, at: number): number {
  let text = false;
  for (let i = at + 1; i < data.length; i++) {
    const c = data[i] as number;
    if (c === 0x3e) return text ? i + 1 : -(i + 1);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) text = true;
    else if (CLASS[c] !== SPACE) return 0;
  }
  return 0;
}

/**
 * The state of reading one content stream: the operands read since the last operator, the open
 * arrays and dictionaries, the graphics state that matters here, and pdf.js's current path.
 */
class Reader {
  readonly segments: Segment[] = [];
  readonly fonts = new Set<string>();
  setsGraphicsState = false;
  /** The operands: their kinds, and a number's value or a name's start and end. */
  readonly kinds = new Uint8Array(MAX_OPERANDS);
  readonly values = new Float64Array(MAX_OPERANDS);
  readonly ends = new Int32Array(MAX_OPERANDS);
  count = 0;
  /** The open arrays (`false`) and dictionaries (`true`), and whether each holds text. */
  readonly open: boolean[] = [];
  readonly openText: boolean[] = [];
  readonly saved: { ctm: Matrix; font: string | undefined }[] = [];
  ctm: Matrix;
  font: string | undefined;
  /**
   * pdf.js's current path, kept through `q` and `Q` as pdf.js keeps it: its draw operations and
   * coordinates as 32-bit floats, as pdf.js hands a path over (the operations, 0 to 4, are exact),
   * in the first `pathLength` places of a buffer that grows.
   */
  path = new Float32Array(256);
  pathLength = 0;
  x = 0;
  y = 0;

  constructor(
    readonly data: Uint8Array,
    page: Matrix,
    readonly lines: boolean,
  ) {
    this.ctm = page;
  }

  /** Adds an operand to the innermost open array or dictionary, or to the operands; false past the limit. */
  push(kind: number, value: number, end: number): boolean {
    const depth = this.open.length;
    if (depth > 0) {
      if (kind === TEXT || kind === ARRAY_TEXT) this.openText[depth - 1] = true;
      return true;
    }
    if (this.count >= MAX_OPERANDS) return false;
    this.kinds[this.count] = kind;
    this.values[this.count] = value;
    this.ends[this.count] = end;
    this.count++;
    return true;
  }

  /** Adds numbers to the path. */
  private addToPath(...values: number[]): void {
    let at = this.pathLength;
    if (at + values.length > this.path.length) {
      const grown = new Float32Array(this.path.length * 2 + values.length);
      grown.set(this.path.subarray(0, at));
      this.path = grown;
    }
    for (const v of values) this.path[at++] = v;
    this.pathLength = at;
  }

  /** Adds a Bézier curve to the path, as pdf.js's draw operation 2, and moves to its end. */
  private curveTo(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
    this.addToPath(DRAW.curveTo, x1, y1, x2, y2, x3, y3);
    this.x = x3;
    this.y = y3;
  }

  /** Carries out one operator; false when the page is unsure. */
  run(o: Operator): boolean {
    if (!operandsFit(o, this.kinds, this.count)) return false;
    const v = this.values;
    switch (o.act) {
      case Act.Paint: {
        const p = o.paint as NonNullable<Operator['paint']>;
        if (p.close) this.addToPath(DRAW.closePath);
        if (this.lines && this.pathLength > 0 && (p.stroke || p.fill))
          pathSegments(this.path, this.ctm, p.stroke, this.segments, this.pathLength);
        this.pathLength = 0;
        return true;
      }
      case Act.Save:
        this.saved.push({ ctm: this.ctm, font: this.font });
        return true;
      case Act.Restore: {
        const state = this.saved.pop();
        if (!state) return false;
        this.ctm = state.ctm;
        this.font = state.font;
        return true;
      }
      case Act.Transform:
        this.ctm = multiply(this.ctm, [v[0], v[1], v[2], v[3], v[4], v[5]] as number[]);
        return true;
      case Act.MoveTo:
      case Act.LineTo:
        this.x = v[0] as number;
        this.y = v[1] as number;
        this.addToPath(o.act === Act.MoveTo ? DRAW.moveTo : DRAW.lineTo, this.x, this.y);
        return true;
      // c, v and y: the control points a curve names, or takes from where it starts (v) or ends (y).
      case Act.CurveTo:
        this.curveTo(v[0] as number, v[1] as number, v[2] as number, v[3] as number, v[4] as number, v[5] as number);
        return true;
      case Act.CurveTo2:
        this.curveTo(this.x, this.y, v[0] as number, v[1] as number, v[2] as number, v[3] as number);
        return true;
      case Act.CurveTo3:
        this.curveTo(v[0] as number, v[1] as number, v[2] as number, v[3] as number, v[2] as number, v[3] as number);
        return true;
      case Act.ClosePath:
        this.addToPath(DRAW.closePath);
        return true;
      case Act.Rectangle: {
        // As pdf.js builds it, down to a rectangle without width or height.
        const [x, y, width, height] = [v[0] as number, v[1] as number, v[2] as number, v[3] as number];
        const xw = x + width;
        const yh = y + height;
        this.x = x;
        this.y = y;
        if (width === 0 || height === 0) this.addToPath(DRAW.moveTo, x, y, DRAW.lineTo, xw, yh, DRAW.closePath);
        else
          this.addToPath(
            DRAW.moveTo,
            x,
            y,
            DRAW.lineTo,
            xw,
            y,
            DRAW.lineTo,
            xw,
            yh,
            DRAW.lineTo,
            x,
            yh,
            DRAW.closePath,
          );
        return true;
      }
      case Act.SetFont:
        this.font = ascii(this.data, v[0] as number, this.ends[0] as number);
        return true;
      case Act.SetState:
        this.setsGraphicsState = true;
        return true;
      case Act.Show: {
        const shown = this.kinds[this.count - 1];
        if (shown !== TEXT && shown !== ARRAY_TEXT) return true;
        // Text before any font: pdf.js reads it its own way.
        if (this.font === undefined) return false;
        this.fonts.add(this.font);
        return true;
      }
      default:
        return true;
    }
  }

  /** Reads the whole stream; false when the page is unsure. */
  read(): boolean {
    const data = this.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data[i] as number;
      const kind = CLASS[c];
      if (kind === SPACE) {
        i++;
        continue;
      }
      if (kind === REGULAR) {
        let end = i + 1;
        while (end < n && CLASS[data[end] as number] === REGULAR) end++;
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
          const value = numberAt(data, i, end);
          if (Number.isNaN(value) || !this.push(NUMBER, value, 0)) return false;
        } else if (spells(data, i, end, 'true') || spells(data, i, end, 'false') || spells(data, i, end, 'null')) {
          if (!this.push(KEYWORD, 0, 0)) return false;
        } else {
          // An operator: not inside an array or dictionary, of at most three bytes, and one read here.
          if (this.open.length > 0 || end - i > 3) return false;
          const o = BY_KEY.get(keyOf(c, i + 1 < end ? data[i + 1] : 0, i + 2 < end ? data[i + 2] : 0));
          if (!o || !this.run(o)) return false;
          this.count = 0;
        }
        i = end;
        continue;
      }
      switch (c) {
        case 0x25: // % comment, to the end of the line
          while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
          continue;
        case 0x2f: {
          let end = i + 1;
          while (end < n && CLASS[data[end] as number] === REGULAR) end++;
          if (end - i > MAX_NAME || !this.push(NAME, i + 1, end)) return false;
          i = end;
          continue;
        }
        case 0x28: {
          const end = stringEnd(data, i);
          if (end < 0 || !this.push(end - i > 2 ? TEXT : NO_TEXT, 0, 0)) return false;
          i = end;
          continue;
        }
        case 0x3c:
          if (data[i + 1] === 0x3c) {
            if (this.open.length >= MAX_DEPTH) return false;
            this.open.push(true);
            this.openText.push(false);
            i += 2;
          } else {
            const end = hexEnd(data, i);
            if (end === 0 || !this.push(end > 0 ? TEXT : NO_TEXT, 0, 0)) return false;
            i = Math.abs(end);
          }
          continue;
        case 0x5b:
          if (this.open.length >= MAX_DEPTH) return false;
          this.open.push(false);
          this.openText.push(false);
          i++;
          continue;
        case 0x5d:
        case 0x3e: {
          const dict = c === 0x3e;
          if (dict && data[i + 1] !== 0x3e) return false;
          if (this.open.length === 0 || this.open.pop() !== dict) return false;
          const text = this.openText.pop() as boolean;
          if (!this.push(dict ? DICT : text ? ARRAY_TEXT : ARRAY, 0, 0)) return false;
          i += dict ? 2 : 1;
          continue;
        }
        default:
          // `)`, `{`, `}` out of place.
          return false;
      }
    }
    // A path or operands left at the end are dropped by pdf.js too; an open array is malformed.
    return this.open.length === 0;
  }
}

/**
 * Reads a page's content stream (its streams' decoded data, in order): the ruling lines it paints,
 * transformed by `page` (user space to the page as the reader sees it), and the fonts it shows text
 * in. `undefined` when the stream holds anything this cannot read exactly as pdf.js does. With
 * `lines` false, the lines are not worked out (a page without a table).
 * @internal
 *
 * @example
 * ```ts
 * readContent(new TextEncoder().encode('0 0 m 100 0 l S'), [1, 0, 0, 1, 0, 0])?.segments; // [{ x1: 0, y1: 0, x2: 100, y2: 0 }]
 * ```
 */
export function readContent(data: Uint8Array, page: Matrix, lines = true): ContentReading | undefined {
  const reader = new Reader(data, page, lines);
  if (!reader.read()) return undefined;
  return { segments: reader.segments, textFonts: reader.fonts.size, setsGraphicsState: reader.setsGraphicsState };
}
