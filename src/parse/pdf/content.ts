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

/** Operands that are not numbers or names, as markers: only their kind matters here. */
const TEXT = { kind: 'string', text: true } as const;
const NO_TEXT = { kind: 'string', text: false } as const;
const ARRAY_TEXT = { kind: 'array', text: true } as const;
const ARRAY = { kind: 'array', text: false } as const;
const DICT = { kind: 'dict' } as const;
const KEYWORD = { kind: 'keyword' } as const;
type Marker = typeof TEXT | typeof NO_TEXT | typeof ARRAY_TEXT | typeof ARRAY | typeof DICT | typeof KEYWORD;
/** An operand: a number, a name (its characters after `/`), or a marker. */
type Operand = number | string | Marker;

/**
 * The operands of each operator this reads, one letter each: `n` number, `/` name, `s` string,
 * `a` array, `p` properties (a name or a dictionary). Operators not listed make the page unsure.
 */
const SIGNATURES: Readonly<Record<string, string>> = {
  w: 'n',
  J: 'n',
  j: 'n',
  M: 'n',
  d: 'an',
  ri: '/',
  i: 'n',
  gs: '/',
  q: '',
  Q: '',
  cm: 'nnnnnn',
  m: 'nn',
  l: 'nn',
  c: 'nnnnnn',
  v: 'nnnn',
  y: 'nnnn',
  h: '',
  re: 'nnnn',
  S: '',
  s: '',
  f: '',
  F: '',
  'f*': '',
  B: '',
  'B*': '',
  b: '',
  'b*': '',
  n: '',
  W: '',
  'W*': '',
  BT: '',
  ET: '',
  Tc: 'n',
  Tw: 'n',
  Tz: 'n',
  TL: 'n',
  Tf: '/n',
  Tr: 'n',
  Ts: 'n',
  Td: 'nn',
  TD: 'nn',
  Tm: 'nnnnnn',
  'T*': '',
  Tj: 's',
  TJ: 'a',
  "'": 's',
  '"': 'nns',
  CS: '/',
  cs: '/',
  G: 'n',
  g: 'n',
  RG: 'nnn',
  rg: 'nnn',
  K: 'nnnn',
  k: 'nnnn',
  MP: '/',
  DP: '/p',
  BMC: '/',
  BDC: '/p',
  EMC: '',
};

/** Colour operators with a variable number of components: `SC`/`sc` 1–4 numbers, `SCN`/`scn` up to 32 and a pattern's name. */
const COLOURS: Readonly<Record<string, { max: number; pattern: boolean }>> = {
  SC: { max: 4, pattern: false },
  sc: { max: 4, pattern: false },
  SCN: { max: 33, pattern: true },
  scn: { max: 33, pattern: true },
};

const PAINTS: Readonly<Record<string, { stroke: boolean; fill: boolean; close: boolean }>> = {
  S: { stroke: true, fill: false, close: false },
  s: { stroke: true, fill: false, close: true },
  f: { stroke: false, fill: true, close: false },
  F: { stroke: false, fill: true, close: false },
  'f*': { stroke: false, fill: true, close: false },
  B: { stroke: true, fill: true, close: false },
  'B*': { stroke: true, fill: true, close: false },
  b: { stroke: true, fill: true, close: true },
  'b*': { stroke: true, fill: true, close: true },
  n: { stroke: false, fill: false, close: false },
};

function operandFits(kind: string, operand: Operand | undefined): boolean {
  switch (kind) {
    case 'n':
      return typeof operand === 'number';
    case '/':
      return typeof operand === 'string';
    case 's':
      return operand === TEXT || operand === NO_TEXT;
    case 'a':
      return operand === ARRAY || operand === ARRAY_TEXT;
    default:
      return typeof operand === 'string' || operand === DICT;
  }
}

/** Whether the operands are what the operator takes, in number and kind. */
function operandsFit(op: string, operands: readonly Operand[]): boolean {
  const colour = COLOURS[op];
  if (colour) {
    const n = operands.length;
    if (n === 0 || n > colour.max) return false;
    const last = colour.pattern && typeof operands[n - 1] === 'string' ? n - 1 : n;
    for (let k = 0; k < last; k++) if (typeof operands[k] !== 'number') return false;
    return true;
  }
  const signature = SIGNATURES[op];
  if (signature === undefined || signature.length !== operands.length) return false;
  for (let k = 0; k < signature.length; k++) if (!operandFits(signature[k] as string, operands[k])) return false;
  return true;
}

/**
 * A number token as pdf.js's lexer computes it (all digits as one integer, divided by the power
 * of ten of its decimals), so that the coordinates are the very same doubles; `undefined` for a
 * token that is not plainly a number (pdf.js reads those its own way).
 */
function numberAt(data: Uint8Array, start: number, end: number): number | undefined {
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
  const first = data[i];
  if (first === undefined || i >= end || first < 0x30 || first > 0x39) return undefined;
  let value = first - 0x30;
  for (i++; i < end; i++) {
    const c = data[i] as number;
    if (c >= 0x30 && c <= 0x39) {
      if (divideBy !== 0) divideBy *= 10;
      value = value * 10 + (c - 0x30);
    } else if (c === 0x2e && divideBy === 0) divideBy = 1;
    else return undefined;
  }
  // Past 2^53 the digits are no longer added exactly, and pdf.js's result is its own.
  if (value > Number.MAX_SAFE_INTEGER) return undefined;
  return sign * (divideBy !== 0 ? value / divideBy : value);
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

/** The end of a hexadecimal string starting at `<`, after its `>`, and whether it holds a digit; -1 when malformed. */
function hexEnd(data: Uint8Array, at: number): { end: number; text: boolean } {
  let text = false;
  for (let i = at + 1; i < data.length; i++) {
    const c = data[i] as number;
    if (c === 0x3e) return { end: i + 1, text };
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) text = true;
    else if (CLASS[c] !== SPACE) break;
  }
  return { end: -1, text };
}

/** An open array or dictionary while its elements are read. */
interface Container {
  dict: boolean;
  text: boolean;
}

/** The state `q` saves and `Q` restores. */
interface Saved {
  ctm: Matrix;
  font: string | undefined;
}

/**
 * Reads a page's content stream (its streams' decoded data, in order): the ruling lines it paints,
 * transformed by `page` (user space to the page as the reader sees it), and the fonts it shows text
 * in. `undefined` when the stream holds anything this cannot read exactly as pdf.js does.
 * @internal
 *
 * @example
 * ```ts
 * readContent(new TextEncoder().encode('0 0 m 100 0 l S'), [1, 0, 0, 1, 0, 0])?.segments; // [{ x1: 0, y1: 0, x2: 100, y2: 0 }]
 * ```
 */
export function readContent(data: Uint8Array, page: Matrix): ContentReading | undefined {
  const segments: Segment[] = [];
  const fonts = new Set<string>();
  let setsGraphicsState = false;
  const operands: Operand[] = [];
  const containers: Container[] = [];
  const saved: Saved[] = [];
  let ctm = page;
  let font: string | undefined;
  // pdf.js's current path: one buffer, kept through `q` and `Q` as pdf.js keeps it.
  const path: number[] = [];
  let x = 0;
  let y = 0;

  /** Adds an operand to the open container, or to the operands. */
  const push = (operand: Operand): boolean => {
    const open = containers[containers.length - 1];
    if (open) {
      if (operand === TEXT || operand === ARRAY_TEXT) open.text = true;
      return true;
    }
    operands.push(operand);
    return operands.length <= MAX_OPERANDS;
  };

  /** Carries out one operator; false when the page is unsure. */
  const run = (op: string): boolean => {
    if (!operandsFit(op, operands)) return false;
    const a = operands as number[];
    const paint = PAINTS[op];
    if (paint) {
      if (paint.close) path.push(DRAW.closePath);
      if (path.length > 0 && (paint.stroke || paint.fill))
        pathSegments(new Float32Array(path), ctm, paint.stroke, segments);
      path.length = 0;
      return true;
    }
    switch (op) {
      case 'q':
        saved.push({ ctm, font });
        return true;
      case 'Q': {
        const state = saved.pop();
        if (!state) return false;
        ({ ctm, font } = state);
        return true;
      }
      case 'cm':
        ctm = multiply(ctm, a);
        return true;
      case 'm':
        x = a[0] as number;
        y = a[1] as number;
        path.push(DRAW.moveTo, x, y);
        return true;
      case 'l':
        x = a[0] as number;
        y = a[1] as number;
        path.push(DRAW.lineTo, x, y);
        return true;
      case 'c':
        path.push(DRAW.curveTo, ...a);
        x = a[4] as number;
        y = a[5] as number;
        return true;
      case 'v':
        path.push(DRAW.curveTo, x, y, a[0] as number, a[1] as number, a[2] as number, a[3] as number);
        x = a[2] as number;
        y = a[3] as number;
        return true;
      case 'y':
        path.push(
          DRAW.curveTo,
          a[0] as number,
          a[1] as number,
          a[2] as number,
          a[3] as number,
          a[2] as number,
          a[3] as number,
        );
        x = a[2] as number;
        y = a[3] as number;
        return true;
      case 'h':
        path.push(DRAW.closePath);
        return true;
      case 're': {
        const [rx, ry, width, height] = a as [number, number, number, number];
        const [xw, yh] = [rx + width, ry + height];
        x = rx;
        y = ry;
        if (width === 0 || height === 0) path.push(DRAW.moveTo, rx, ry, DRAW.lineTo, xw, yh, DRAW.closePath);
        else
          path.push(DRAW.moveTo, rx, ry, DRAW.lineTo, xw, ry, DRAW.lineTo, xw, yh, DRAW.lineTo, rx, yh, DRAW.closePath);
        return true;
      }
      case 'Tf':
        font = operands[0] as string;
        return true;
      case 'gs':
        setsGraphicsState = true;
        return true;
      case 'Tj':
      case "'":
      case '"':
      case 'TJ': {
        const shown = operands[operands.length - 1];
        if (shown !== TEXT && shown !== ARRAY_TEXT) return true;
        // Text before any font: pdf.js reads it its own way.
        if (font === undefined) return false;
        fonts.add(font);
        return true;
      }
      default:
        return true;
    }
  };

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
        if (value === undefined || !push(value)) return undefined;
      } else {
        // Operators are at most three characters; `false` is the longest keyword operand.
        const word = end - i <= 5 ? String.fromCharCode(...data.subarray(i, end)) : '';
        if (word === 'true' || word === 'false' || word === 'null') {
          if (!push(KEYWORD)) return undefined;
        } else {
          // An operator inside an array or dictionary, or one not read here.
          if (containers.length > 0 || !run(word)) return undefined;
          operands.length = 0;
        }
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
        if (end - i > MAX_NAME) return undefined;
        // Names are kept only as operands (a font's); inside a dictionary only their kind counts.
        const name = containers.length > 0 ? '' : String.fromCharCode(...data.subarray(i + 1, end));
        if (!push(name)) return undefined;
        i = end;
        continue;
      }
      case 0x28: {
        const end = stringEnd(data, i);
        if (end < 0 || !push(end - i > 2 ? TEXT : NO_TEXT)) return undefined;
        i = end;
        continue;
      }
      case 0x3c:
        if (data[i + 1] === 0x3c) {
          if (containers.length >= MAX_DEPTH) return undefined;
          containers.push({ dict: true, text: false });
          i += 2;
        } else {
          const hex = hexEnd(data, i);
          if (hex.end < 0 || !push(hex.text ? TEXT : NO_TEXT)) return undefined;
          i = hex.end;
        }
        continue;
      case 0x5b:
        if (containers.length >= MAX_DEPTH) return undefined;
        containers.push({ dict: false, text: false });
        i++;
        continue;
      case 0x5d:
      case 0x3e: {
        const closing = c === 0x3e;
        if (closing && data[i + 1] !== 0x3e) return undefined;
        const open = containers.pop();
        if (!open || open.dict !== closing) return undefined;
        if (!push(closing ? DICT : open.text ? ARRAY_TEXT : ARRAY)) return undefined;
        i += closing ? 2 : 1;
        continue;
      }
      default:
        // `)`, `{`, `}` out of place.
        return undefined;
    }
  }
  // A path or operands left at the end are dropped by pdf.js too; an open array is malformed.
  if (containers.length > 0) return undefined;
  return { segments, textFonts: fonts.size, setsGraphicsState };
}
