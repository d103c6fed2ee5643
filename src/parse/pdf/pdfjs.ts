/**
 * The only module that talks to pdf.js. It is imported on demand, so a user who never reads a PDF
 * neither installs nor loads it. pdf.js runs in the calling thread (its "fake worker"), which is
 * what it does in Node; in a browser the caller sets `GlobalWorkerOptions.workerSrc` as usual.
 *
 * @module
 */
import { unifyRadicals } from '../radicals.js';
import { readContent } from './content.js';
import { pageContents, type PageContents } from './contents.js';
import { holdPdfJsRejections } from './orphans.js';
import { mayHoldTable, type PageDamage, type PdfPageContent, type Segment, type TextPiece } from './geometry.js';
import { apply, type Matrix, multiply, pathSegments } from './paths.js';

/**
 * Why a PDF could not be read; each becomes a finding of the same name.
 *
 * @example
 * ```ts
 * const locked = err instanceof PdfReadFailure && err.reason === 'encrypted';
 * ```
 */
export type PdfFailure = 'encrypted' | 'invalid' | 'too-large' | 'timeout';

/**
 * pdf.js is not installed (or could not be loaded).
 *
 * @example
 * ```ts
 * try {
 *   await parsePdf(bytes);
 * } catch (err) {
 *   if (err instanceof PdfSupportMissingError) console.error(err.message); // … run `npm install pdfjs-dist` …
 * }
 * ```
 */
export class PdfSupportMissingError extends Error {
  constructor(cause: unknown) {
    super(
      'Reading PDF needs the optional peer dependency pdfjs-dist (5.x): run `npm install pdfjs-dist`. ' +
        `Loading it failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'PdfSupportMissingError';
  }
}

/**
 * A PDF that could not be opened or read within the limits.
 *
 * @example
 * ```ts
 * await readPdfPages(bytes).catch((err) => err instanceof PdfReadFailure && err.reason); // 'invalid'
 * ```
 */
export class PdfReadFailure extends Error {
  readonly reason: PdfFailure;
  constructor(reason: PdfFailure, detail: string) {
    super(detail);
    this.name = 'PdfReadFailure';
    this.reason = reason;
  }
}

/**
 * Limits and resource locations for reading a PDF.
 *
 * @example
 * ```ts
 * await parsePdf(bytes, { timeoutMs: 5000, maxPages: 50 });
 * ```
 */
export interface PdfLoadOptions {
  /** Directory URL (with trailing `/`) of pdf.js's packed CMaps; found next to pdfjs-dist by default. */
  cMapUrl?: string;
  /** Directory URL (with trailing `/`) of pdf.js's standard fonts; found next to pdfjs-dist by default. */
  standardFontDataUrl?: string;
  /** Give up after this many milliseconds (default 20000), counting pdf.js and the rebuilding of tables. */
  timeoutMs?: number;
  /** Refuse files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Read at most this many pages (default 200); an annual report has a dozen. */
  maxPages?: number;
}

/**
 * The time limit of reading one PDF when `timeoutMs` is not given, in milliseconds.
 * @internal
 *
 * @example
 * ```ts
 * const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
 * ```
 */
export const DEFAULT_TIMEOUT_MS = 20_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * Built-ins that the core-js polyfills bundled in pdf.js's legacy build (the build for Node)
 * replace although Node has them: `Array.prototype.push` (forced over a V8 detail about arrays
 * whose length is read-only) and `JSON.parse` / `JSON.stringify` (for `JSON.rawJSON`). The
 * replacements are several times slower, for the whole program and not only while a PDF is read
 * (without them pdf.js reads the 淮安 report a fifth faster), and pdf.js uses none of what they
 * add. They are taken as they were before pdf.js was first loaded, and put back.
 */
const BUILTINS: readonly (readonly [object, string, PropertyDescriptor | undefined])[] = [
  [Array.prototype, 'push', Object.getOwnPropertyDescriptor(Array.prototype, 'push')],
  [JSON, 'parse', Object.getOwnPropertyDescriptor(JSON, 'parse')],
  [JSON, 'stringify', Object.getOwnPropertyDescriptor(JSON, 'stringify')],
];

/**
 * Puts back the built-ins pdf.js's polyfills replaced. Called after pdf.js is loaded and after
 * each document is opened, because its worker code (loaded with the first document) brings its
 * own copy of the polyfills.
 */
function restoreBuiltins(): void {
  for (const [owner, key, original] of BUILTINS) {
    if (original && Object.getOwnPropertyDescriptor(owner, key)?.value !== original.value)
      Object.defineProperty(owner, key, original);
  }
}

/** Loads pdf.js once; a failed load is retried on the next call (the user may install it). */
async function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const pdfjs = await pdfjsModule;
    restoreBuiltins();
    return pdfjs;
  } catch (err) {
    pdfjsModule = undefined;
    throw new PdfSupportMissingError(err);
  }
}

declare const require: { resolve(id: string): string } | undefined;

/**
 * The directory of the installed pdfjs-dist as a path pdf.js can read in Node, or `undefined`
 * where it cannot be found (a browser bundle: pass `cMapUrl` there). Works from both the ES
 * module and the CommonJS build of this package. Found once per process: resolving a package
 * looks at the file system, and under a module loader's hooks (tsx, a test runner) it is a round
 * trip to the loader's thread, about a millisecond, for every PDF read.
 */
function pdfjsDirectory(): string | undefined {
  if (foundDirectory === NOT_LOOKED) foundDirectory = findPdfjsDirectory();
  return foundDirectory;
}
const NOT_LOOKED = Symbol('not looked for');
let foundDirectory: string | undefined | typeof NOT_LOOKED = NOT_LOOKED;

function findPdfjsDirectory(): string | undefined {
  try {
    const meta = import.meta as { resolve?: (id: string) => string };
    if (typeof meta.resolve === 'function') {
      const url = new URL('./', meta.resolve('pdfjs-dist/package.json'));
      if (url.protocol !== 'file:') return url.href;
      const path = decodeURIComponent(url.pathname);
      return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
    }
  } catch {
    // fall through to require.resolve
  }
  try {
    if (typeof require !== 'undefined') return require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  } catch {
    // not resolvable from here
  }
  return undefined;
}

/**
 * Races a promise against the deadline shared by the whole read. The promise is recorded as the
 * one in flight: pdf.js is destroyed only once it has settled, because destroying it mid-call
 * leaves internal promises rejected with nobody to handle them (which ends a Node process).
 */
function within<T>(
  promise: Promise<T>,
  deadline: number,
  inflight: { current: Promise<unknown> },
  settled: Promise<unknown> = promise,
): Promise<T> {
  inflight.current = settled.catch(() => undefined);
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new PdfReadFailure('timeout', 'time limit reached'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfReadFailure('timeout', `no result within the time limit`)), left);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Where {@link readPdfPages} takes each page's ruling lines from, for comparing the two ways.
 * `auto` (the default): from the page's content stream (content.ts) where it can be read and every
 * font of the page is known to be read, else from pdf.js's operator list. `operators`: always
 * the operator list. `content`: the content stream wherever it can be read, whatever the fonts.
 * `everyPage` reads lines on every page, not only on those whose text may hold a table.
 * @internal
 *
 * @example
 * ```ts
 * await readPdfPages(bytes, {}, undefined, { lines: 'operators', everyPage: true });
 * ```
 */
export interface LineReading {
  lines?: 'auto' | 'operators' | 'content';
  everyPage?: boolean;
}

/**
 * Opens a PDF with pdf.js and returns each page's text pieces and ruling lines.
 * Throws {@link PdfSupportMissingError} when pdf.js is missing and {@link PdfReadFailure} when the
 * file is encrypted, damaged, too large or too slow to read.
 *
 * @example
 * ```ts
 * const pages = await readPdfPages(bytes, { timeoutMs: 5000 });
 * ```
 */
export async function readPdfPages(
  bytes: Uint8Array,
  options: PdfLoadOptions = {},
  deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  reading: LineReading = {},
): Promise<PdfPageContent[]> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (bytes.byteLength > maxBytes) {
    throw new PdfReadFailure('too-large', `${bytes.byteLength} bytes, more than the limit of ${maxBytes}`);
  }
  const pdfjs = await loadPdfJs();
  const dir = pdfjsDirectory();
  const open = (stopAtErrors: boolean) =>
    pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
      data: new Uint8Array(bytes),
      cMapUrl: options.cMapUrl ?? (dir ? `${dir}cmaps/` : undefined),
      cMapPacked: true,
      standardFontDataUrl: options.standardFontDataUrl ?? (dir ? `${dir}standard_fonts/` : undefined),
      isEvalSupported: false,
      // Fonts "load" into a document that keeps nothing (see INERT_DOCUMENT), so that pdf.js does
      // not trace the outline of every glyph it lists for drawing.
      disableFontFace: false,
      ownerDocument: INERT_DOCUMENT,
      stopAtErrors,
      verbosity: 0,
    });
  // Read strictly, so that damage stops pdf.js instead of being skipped in silence (the rest of a
  // page's text dropped, garbage read as text); only what fails strictly is read again leniently,
  // from a second copy of the document, and marked damaged.
  const task = open(true);
  // pdf.js may drop rejected promises of its own on a damaged file (orphans.ts).
  const release = holdPdfJsRejections();
  let lenientTask: ReturnType<typeof open> | undefined;
  const lenient = (): Promise<PdfDocument> => {
    lenientTask ??= open(false);
    return lenientTask.promise.then((doc) => {
      restoreBuiltins();
      return doc;
    });
  };
  const inflight = { current: Promise.resolve() as Promise<unknown> };
  try {
    let doc: PdfDocument;
    let damaged = false;
    try {
      doc = await within(task.promise, deadline, inflight);
    } catch (err) {
      if (err instanceof PdfReadFailure || (err as { name?: string } | null)?.name === 'PasswordException') throw err;
      doc = await within(lenient(), deadline, inflight);
      damaged = true;
    }
    restoreBuiltins();
    const maxPages = options.maxPages ?? 200;
    if (doc.numPages > maxPages)
      throw new PdfReadFailure('too-large', `${doc.numPages} pages, more than the limit of ${maxPages}`);
    // Pages are read concurrently: pdf.js awaits font and CMap files between its steps.
    const contents = reading.lines === 'operators' ? undefined : pageContents(bytes);
    const pages = Array.from({ length: doc.numPages }, (_, i) =>
      readPage(doc, i + 1, pdfjs.OPS, lenient, damaged, contents, reading),
    );
    return await within(Promise.all(pages), deadline, inflight, Promise.allSettled(pages));
  } catch (err) {
    if (err instanceof PdfReadFailure) throw err;
    const name = (err as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new PdfReadFailure('encrypted', 'the file is protected by a password');
    throw new PdfReadFailure('invalid', err instanceof Error ? err.message : String(err));
  } finally {
    // Also when the document could not be opened: the worker code was loaded all the same.
    restoreBuiltins();
    // Released a turn after the documents are destroyed, once Node has looked at what they rejected.
    void inflight.current
      .then(() => Promise.all([task.destroy(), lenientTask?.destroy()]))
      .catch(() => undefined)
      .then(() => setTimeout(release, 0));
  }
}

/**
 * A stand-in for the DOM document pdf.js loads fonts into when it lists a page's operators, with
 * only what its style-sheet route uses (no `fonts`, so it takes that route, which in Node it
 * finishes at once): the fonts "load" into a sheet that keeps nothing. Without a document (Node)
 * pdf.js traces every glyph of the listed text as a path instead, which reading does not need (it
 * takes the ruling lines only). Should pdf.js ask the stand-in for more, the font fails to load
 * and pdf.js falls back to those paths, as before.
 */
const INERT_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as Document;

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * One page's text pieces and ruling lines, on the page as displayed, and whether it is damaged
 * (see {@link PageDamage}).
 */
async function readPage(
  doc: PdfDocument,
  n: number,
  OPS: PdfJs['OPS'],
  lenient: () => Promise<PdfDocument>,
  damagedDocument: boolean,
  contents: PageContents | undefined,
  reading: LineReading,
): Promise<PdfPageContent> {
  let page = await doc.getPage(n);
  let damage: PageDamage | undefined = damagedDocument ? 'content' : undefined;
  let text: Awaited<ReturnType<typeof page.getTextContent>>;
  try {
    text = await page.getTextContent();
  } catch {
    damage = 'content';
    page = await (await lenient()).getPage(n);
    text = await page.getTextContent();
  }
  // From PDF user space to the page as displayed (rotation and crop applied), y upwards; then
  // turned a quarter when most of its text runs up or down (a landscape table set sideways on a
  // portrait page without /Rotate), so that it is read along its lines.
  const viewport = page.getViewport({ scale: 1 });
  const shown = multiply([1, 0, 0, -1, 0, viewport.height], viewport.transform);
  const turn = textTurn(text.items, shown);
  const [w, h] = [viewport.width, viewport.height];
  const display = turn === 0 ? shown : multiply(TURNS[turn](w, h), shown);
  const [width, height] = turn === 90 || turn === 270 ? [h, w] : [w, h];
  const pieces = textPieces(text.items, display);
  const withLines = reading.everyPage || mayHoldTable(pieces);
  // The page's own content stream where it can be read (a damaged page is read from pdf.js's
  // lenient copy, which may differ from the file's objects).
  const content = !damage && page.ref ? contents?.of(page.ref.num) : undefined;
  const drawn = content ? readContent(content, display, withLines) : undefined;
  // A font pdf.js could not read shows no text at all, and pdf.js says so only in the operator
  // list. When pdf.js's text holds text in as many fonts as the content shows text in, each of
  // them was read; else (or when a graphics state may have set a font) the list is read.
  const fontsRead =
    drawn !== undefined &&
    !(drawn.setsGraphicsState && contents?.statesSetFonts) &&
    fontsInText(text.items) === drawn.textFonts;
  const lines = reading.lines ?? 'auto';
  let segments: Segment[];
  let source: PdfPageContent['lines'];
  if (drawn && (lines === 'content' || (lines === 'auto' && fontsRead))) {
    segments = withLines ? drawn.segments : [];
    source = 'content';
  } else {
    let ops: Awaited<ReturnType<typeof page.getOperatorList>>;
    try {
      ops = await page.getOperatorList();
    } catch {
      // Drawing fails strictly for more than text (an image too large): the lines are read leniently.
      page = await (await lenient()).getPage(n);
      ops = await page.getOperatorList();
    }
    if (!damage && countBrokenFonts(OPS, ops.fnArray, ops.argsArray, page.commonObjs) > 0) damage = 'font';
    segments = withLines ? rulingLines(OPS, ops.fnArray, ops.argsArray, display) : [];
    source = 'operators';
  }
  page.cleanup();
  return {
    page: n,
    width,
    height,
    pieces,
    segments,
    lines: source,
    ...(damage && { damage }),
    ...(page.ref && { ref: page.ref.num }),
  };
}

/** How many fonts pdf.js's text of a page holds text in (by the name pdf.js loaded each under). */
function fontsInText(items: readonly unknown[]): number {
  const names = new Set<string>();
  for (const item of items as { fontName?: unknown }[]) if (typeof item.fontName === 'string') names.add(item.fontName);
  return names.size;
}

/** What pdf.js names a font it could not even look up or parse the dictionary of. */
const ERROR_FONT = 'g_font_error';

/**
 * How many of the fonts a page sets could not be read: pdf.js names one it could not look up
 * `g_font_error`, and keeps the error message, not a font, for one it could not translate.
 */
function countBrokenFonts(
  OPS: PdfJs['OPS'],
  fns: readonly number[],
  args: readonly unknown[],
  objs: { has(id: string): boolean; get(id: string): unknown },
): number {
  const broken = new Set<string>();
  for (let i = 0; i < fns.length; i++) {
    if (fns[i] !== OPS.setFont) continue;
    const name = (args[i] as unknown[] | null)?.[0];
    if (typeof name !== 'string' || broken.has(name)) continue;
    if (name === ERROR_FONT || (objs.has(name) && typeof objs.get(name) === 'string')) broken.add(name);
  }
  return broken.size;
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** Quarter turns that bring text running up (90), backwards (180) or down (270) to run along. */
const TURNS: Record<90 | 180 | 270, (w: number, h: number) => Matrix> = {
  90: (w) => [0, -1, 1, 0, 0, w],
  180: (w, h) => [-1, 0, 0, -1, w, h],
  270: (_, h) => [0, 1, -1, 0, h, 0],
};

/**
 * The turn to apply to a page as displayed so that most of its characters run left to right:
 * 0, or 90 / 180 / 270 when most run up, backwards or down.
 */
function textTurn(items: readonly unknown[], page: Matrix): 0 | 90 | 180 | 270 {
  const count = { 0: 0, 90: 0, 180: 0, 270: 0 };
  for (const raw of items as RawItem[]) {
    const t = raw.transform;
    const chars = raw.str?.trim().length ?? 0;
    if (!t || chars === 0) continue;
    const [ox, oy] = apply(page, t[4] ?? 0, t[5] ?? 0);
    const [tx, ty] = apply(page, (t[4] ?? 0) + (t[0] ?? 0), (t[5] ?? 0) + (t[1] ?? 0));
    const [dx, dy] = [tx - ox, ty - oy];
    const turn = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 0 : 180) : dy > 0 ? 90 : 270;
    count[turn] += chars;
  }
  const best = ([90, 180, 270] as const).reduce<0 | 90 | 180 | 270>((a, b) => (count[b] > count[a] ? b : a), 0);
  return best;
}

/**
 * Turns pdf.js text items into pieces without whitespace. An item holding several words
 * (`0 0 0`, `商 业 企`) is split at its spaces, positions interpolated over the item's width,
 * so each word lands in its own cell. Radicals a font gave for ideographs are read as the
 * ideographs (`unifyRadicals`).
 */
function textPieces(items: readonly unknown[], page: Matrix): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const raw of items as RawItem[]) {
    const str = raw.str;
    const t = raw.transform;
    if (!str || !t || str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = t;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const width = raw.width ?? 0;
    const perChar = str.length > 0 ? width / str.length : 0;
    // The direction the text runs, on the page as displayed (a rotated page, or a label turned
    // to run down a narrow cell).
    const [ox, oy] = apply(page, e, f);
    const [tx, ty] = apply(page, e + a, f + b);
    const norm = Math.hypot(tx - ox, ty - oy) || 1;
    const ux = (tx - ox) / norm;
    const uy = (ty - oy) / norm;
    const words = /\S+/g;
    for (let m = words.exec(str); m !== null; m = words.exec(str)) {
      const from = m.index * perChar;
      const to = from + m[0].length * perChar;
      if (Math.abs(ux) >= Math.abs(uy)) {
        const x1 = ox + ux * from;
        const x2 = ox + ux * to;
        pieces.push({
          text: unifyRadicals(m[0]),
          x: Math.min(x1, x2),
          y: oy + uy * from,
          width: Math.abs(x2 - x1),
          size,
        });
      } else {
        // Text running up or down: one piece a character wide, centred where the words are.
        const cx = ox + (ux * (from + to)) / 2;
        const cy = oy + (uy * (from + to)) / 2;
        pieces.push({ text: unifyRadicals(m[0]), x: cx - size / 2, y: cy - size * 0.35, width: size, size });
      }
    }
  }
  return pieces;
}

/**
 * The horizontal and vertical lines a page draws: stroked path segments and thin filled
 * rectangles (Word and WPS draw borders either way), in page coordinates. Clipping paths are
 * not drawn and are skipped.
 */
function rulingLines(OPS: PdfJs['OPS'], fns: readonly number[], args: readonly unknown[], page: Matrix): Segment[] {
  const STROKES = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = page;
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const arg = args[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? page;
    else if (fn === OPS.transform && arg) ctm = multiply(ctm, arg as number[]);
    else if (fn === OPS.paintFormXObjectBegin && arg) {
      stack.push(ctm);
      if (Array.isArray(arg[0]) || ArrayBuffer.isView(arg[0]))
        ctm = multiply(ctm, Array.from(arg[0] as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? page;
    else if (fn === OPS.constructPath && arg) {
      const paint = arg[0] as number;
      const stroked = STROKES.has(paint);
      if (!stroked && !FILLS.has(paint)) continue;
      const data = (arg[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) pathSegments(data, ctm, stroked, out);
    }
  }
  return out;
}
