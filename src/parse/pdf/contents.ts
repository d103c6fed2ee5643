/**
 * Each page's content stream as pdf.js reads it: the decoded data of the streams its `/Contents`
 * names, one after another. Read from the file's objects (objects.ts) and inflated with the
 * checksum checked (integrity.ts), so that content.ts can read a page's drawing without pdf.js's
 * operator list.
 *
 * Only what is certain is given: a page with annotations (pdf.js draws their appearance into the
 * operator list), a stream with another filter than Flate or with parameters, a length that does
 * not end at `endstream`, data failing its checksum, an encrypted file: no content, and the reader
 * asks pdf.js for the operator list.
 *
 * @module
 */
import { inflateIntact, isEncrypted } from './integrity.js';
import { readObjects, type ObjectGraph } from './objects.js';

/** Most bytes inflated for the pages' content in one file. */
const MAX_INFLATED = 64 * 1024 * 1024;

/**
 * The pages' content streams of one file.
 * @internal
 *
 * @example
 * ```ts
 * const contents = pageContents(bytes);
 * contents.of(6); // the decoded content of the page whose object is 6, or undefined
 * ```
 */
export interface PageContents {
  /** The decoded content of the page whose object has this number, or `undefined` when not certain. */
  of(ref: number): Uint8Array | undefined;
  /**
   * Whether a graphics state in the file may set a font (a `/Font` array, as only an ExtGState
   * has): then text shown after `gs` may be in a font that `Tf` does not name.
   */
  readonly statesSetFonts: boolean;
}

const REF = /^\s*(\d+)\s+\d+\s+R\s*$/;
const REFS = /^\s*\[((?:\s*\d+\s+\d+\s+R)*)\s*\]\s*$/;

/** The object numbers of a `/Contents` value: one reference, or an array of references. */
function contentRefs(value: string): number[] | undefined {
  const one = REF.exec(value);
  if (one) return [Number(one[1])];
  const many = REFS.exec(value);
  return many ? [...(many[1] as string).matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1])) : undefined;
}

/** The text of a dictionary's `/Contents` value (up to the next key or the dictionary's end). */
function contentsValue(page: string): string | undefined {
  const at = page.search(/\/Contents(?![A-Za-z0-9])/);
  if (at < 0) return undefined;
  const rest = page.slice(at + '/Contents'.length);
  const end = rest[rest.search(/\S/)] === '[' ? rest.indexOf(']') + 1 : rest.search(/\/|>>/);
  return end <= 0 ? rest : rest.slice(0, end);
}

/** A stream object's data, decoded, or `undefined` when not certain. */
function streamData(bytes: Uint8Array, graph: ObjectGraph, n: number, left: { bytes: number }): Uint8Array | undefined {
  const dict = graph.bodies.get(n);
  const start = graph.streams.get(n);
  if (dict === undefined || start === undefined) return undefined;
  const length = streamLength(dict, graph);
  if (length === undefined || start + length > bytes.length) return undefined;
  if (!endstreamAt(bytes, start + length)) return undefined;
  const data = bytes.subarray(start, start + length);
  if (/\/DecodeParms|\/F(?:Filter|DecodeParms)?(?![A-Za-z0-9])/.test(dict)) return undefined;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (filter === undefined) return /\/Filter/.test(dict) ? undefined : data;
  if (!/^(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])$/.test(filter)) return undefined;
  return inflateIntact(data, left);
}

const END_STREAM = 'endstream';

/** Whether `endstream` follows at `at`, after white space: the length ends where pdf.js expects it. */
function endstreamAt(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (i < at + 4 && (bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x20)) i++;
  for (let k = 0; k < END_STREAM.length; k++) if (bytes[i + k] !== END_STREAM.charCodeAt(k)) return false;
  return true;
}

/** A stream's `/Length`, written out or as a reference to an object holding it. */
function streamLength(dict: string, graph: ObjectGraph): number | undefined {
  const m = /\/Length\s+(\d+)(\s+\d+\s+R)?/.exec(dict);
  if (!m) return undefined;
  if (!m[2]) return Number(m[1]);
  const held = graph.bodies.get(Number(m[1]))?.trim();
  return held !== undefined && /^\d+$/.test(held) ? Number(held) : undefined;
}

/**
 * The content of one page, or `undefined` when not certain (see the module comment).
 */
function contentOf(
  bytes: Uint8Array,
  graph: ObjectGraph,
  ref: number,
  left: { bytes: number },
): Uint8Array | undefined {
  const page = graph.bodies.get(ref);
  if (page === undefined || !/\/Type\s*\/Page(?![A-Za-z])/.test(page) || /\/Annots/.test(page)) return undefined;
  const value = contentsValue(page);
  if (value === undefined) return new Uint8Array(0);
  let refs = contentRefs(value);
  // `/Contents` may name an array object rather than a stream.
  if (refs?.length === 1 && !graph.streams.has(refs[0] as number)) {
    const held = graph.bodies.get(refs[0] as number);
    refs = held === undefined ? undefined : contentRefs(held);
  }
  if (!refs) return undefined;
  const parts: Uint8Array[] = [];
  for (const n of refs) {
    const part = streamData(bytes, graph, n, left);
    if (!part) return undefined;
    parts.push(part);
  }
  if (parts.length === 1) return parts[0];
  // pdf.js joins the streams as they are, nothing between them.
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The pages' content streams of a file, each read when asked for (the file's objects are read
 * once, with the first). An encrypted file's streams are not read (they need its key).
 * @internal
 *
 * @example
 * ```ts
 * pageContents(bytes).of(6); // Uint8Array of page object 6's content, or undefined
 * ```
 */
export function pageContents(bytes: Uint8Array): PageContents {
  let graph: ObjectGraph | null | undefined;
  let statesSetFonts: boolean | undefined;
  const left = { bytes: MAX_INFLATED };
  // `null`: the file is encrypted.
  const read = (): ObjectGraph | null => {
    if (graph === undefined) graph = isEncrypted(bytes) ? null : readObjects(bytes, new Set());
    return graph;
  };
  return {
    of: (ref) => {
      const objects = read();
      return objects ? contentOf(bytes, objects, ref, left) : undefined;
    },
    get statesSetFonts() {
      statesSetFonts ??= [...(read()?.bodies.values() ?? ['/Font [ unknown ]'])].some((body) =>
        /\/Font\s*\[/.test(body),
      );
      return statesSetFonts;
    },
  };
}
