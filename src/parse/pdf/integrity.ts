/**
 * Whether the compressed parts of a PDF are as they were written. Nearly everything in a PDF
 * (page content, fonts, object streams) is zlib-compressed, and zlib ends each stream with an
 * Adler-32 checksum of what it holds; pdf.js does not check it. A byte changed in a page's
 * content can move or change a figure and still decode (a `9` drawn off the page, a digit drawn
 * as another), which nothing else can tell; the checksum can. This is that check, and it is the
 * only one in the reader that looks at the raw bytes.
 *
 * @module
 */
import { Inflate } from 'fflate';

/** Most bytes inflated for the check; a PDF beyond it is checked that far (pdf.js has its own limits). */
const MAX_INFLATED = 64 * 1024 * 1024;
/** Compressed bytes inflated at a time, so that the limit above is checked as the output grows. */
const CHUNK = 16 * 1024;

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
const FLATE = ascii('/FlateDecode');
const ENCRYPT = ascii('/Encrypt');

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number, to = bytes.length): number {
  const first = needle[0] as number;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= to - needle.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** The last `byte` before `before`, no further back than `after`; -1 when there is none. */
function lastIndexOf(bytes: Uint8Array, byte: number, before: number, after: number): number {
  for (let i = before - 1; i >= after; i--) if (bytes[i] === byte) return i;
  return -1;
}

/** The Adler-32 of `bytes`, continuing from `state` (RFC 1950). */
function adler32(bytes: Uint8Array, state: { a: number; b: number }): void {
  let { a, b } = state;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 3800, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  state.a = a;
  state.b = b;
}

/** Whether data starts as zlib: compression method 8 and a check value making the two bytes a multiple of 31. */
const isZlib = (data: Uint8Array): boolean =>
  data.length >= 6 &&
  ((data[0] as number) & 0x0f) === 8 &&
  (((data[0] as number) << 8) | (data[1] as number)) % 31 === 0;

/**
 * Inflates one zlib stream within the budget of `left` inflated bytes, handing each piece of
 * output to `take`: `damaged` when the data does not inflate, `budget` when it would pass the budget.
 */
function inflate(
  data: Uint8Array,
  left: { bytes: number },
  take: (chunk: Uint8Array) => void,
): 'ok' | 'damaged' | 'budget' {
  const inflater = new Inflate((chunk) => {
    left.bytes -= chunk.length;
    if (left.bytes < 0) throw new RangeError('budget');
    take(chunk);
  });
  try {
    const body = data.subarray(2);
    for (let at = 0; at < body.length; at += CHUNK) inflater.push(body.subarray(at, at + CHUNK), false);
    return 'ok';
  } catch (err) {
    if (err instanceof RangeError && err.message === 'budget') return 'budget';
    // Data that does not inflate is damaged (garbage that happens to inflate fails the checksum).
    return 'damaged';
  }
}

/** What is used of Node's zlib (written out: the library imports no Node module, not even its types). */
interface Zlib {
  inflateSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/**
 * Node's zlib, where there is one (Node 20.16 and later have `process.getBuiltinModule`): it
 * inflates and checks a stream four times as fast as fflate, which a browser uses. Taken without
 * an import, so that a bundle for the browser does not ask for it.
 */
const zlib = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  'node:zlib',
) as Zlib | undefined;

/**
 * {@link check} by Node's zlib, which checks the Adler-32 itself (an error for data that does not
 * inflate or fails it) and stops at the budget (`maxOutputLength`).
 */
function nativeCheck(z: Zlib, data: Uint8Array, left: { bytes: number }): 'intact' | 'damaged' | 'budget' {
  try {
    left.bytes -= z.inflateSync(data, { maxOutputLength: Math.max(1, left.bytes) }).length;
    return 'intact';
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'budget' : 'damaged';
  }
}

/**
 * Whether one zlib stream (header, deflate data, Adler-32) inflates and matches its checksum:
 * `unchecked` for data that does not start as zlib (another filter comes first), `budget` when the
 * check would pass the budget of `left` inflated bytes.
 */
function check(data: Uint8Array, left: { bytes: number }): 'intact' | 'damaged' | 'unchecked' | 'budget' {
  if (!isZlib(data)) return 'unchecked';
  if (zlib) return nativeCheck(zlib, data, left);
  const sum = { a: 1, b: 0 };
  const inflated = inflate(data, left, (chunk) => adler32(chunk, sum));
  if (inflated !== 'ok') return inflated;
  // The checksum is the four bytes after the deflate data; a line end before `endstream` may follow.
  return storedChecksumIs(data, sum) ? 'intact' : 'damaged';
}

/** Whether zlib data ends with the Adler-32 `sum` (a line end before `endstream` may follow it). */
function storedChecksumIs(data: Uint8Array, sum: { a: number; b: number }): boolean {
  const expected = ((sum.b << 16) | sum.a) >>> 0;
  const stored = (at: number): number =>
    (((data[at] as number) << 24) |
      ((data[at + 1] as number) << 16) |
      ((data[at + 2] as number) << 8) |
      (data[at + 3] as number)) >>>
    0;
  return [4, 5, 6].some((back) => data.length - back >= 2 && stored(data.length - back) === expected);
}

/**
 * The data of a zlib stream inflated, only when it is intact (it inflates and matches its
 * checksum, {@link damagedStreams}' check) and within the budget of `left` inflated bytes (taken
 * from it); `undefined` otherwise.
 * @internal
 *
 * @example
 * ```ts
 * inflateIntact(streamData, { bytes: 1 << 20 }); // Uint8Array, or undefined
 * ```
 */
export function inflateIntact(data: Uint8Array, left: { bytes: number }): Uint8Array | undefined {
  if (!isZlib(data)) return undefined;
  if (zlib) {
    try {
      const out = zlib.inflateSync(data, { maxOutputLength: Math.max(1, left.bytes) });
      left.bytes -= out.length;
      return out;
    } catch {
      return undefined;
    }
  }
  const out = inflateWithin(data, left);
  if (!out) return undefined;
  const sum = { a: 1, b: 0 };
  adler32(out, sum);
  return storedChecksumIs(data, sum) ? out : undefined;
}

/**
 * The data of a zlib stream inflated, or `undefined` when it is not zlib, does not inflate, or
 * would inflate past `left` bytes (taken from the budget).
 *
 * @example
 * ```ts
 * inflateWithin(streamData, { bytes: 1 << 20 }); // Uint8Array, or undefined
 * ```
 */
export function inflateWithin(data: Uint8Array, left: { bytes: number }): Uint8Array | undefined {
  if (!isZlib(data)) return undefined;
  const chunks: Uint8Array[] = [];
  if (inflate(data, left, (chunk) => chunks.push(chunk)) !== 'ok') return undefined;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Whether the file is encrypted (its trailer names an `/Encrypt` dictionary): its streams can be
 * read only with its key.
 * @internal
 *
 * @example
 * ```ts
 * isEncrypted(bytes); // false for an ordinary report
 * ```
 */
export const isEncrypted = (bytes: Uint8Array): boolean => indexOf(bytes, ENCRYPT, 0) >= 0;

/** Whether a byte is PDF white space. */
const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDigit = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * The number of the object whose `N G obj` header is the last one in `bytes[after, before)`, or
 * `null` when there is none. Reads back from `before` only as far as `after`.
 */
function objectNumberBefore(bytes: Uint8Array, before: number, after: number): number | null {
  for (let i = before - 3; i >= after; i--) {
    if (bytes[i] !== 0x6f || bytes[i + 1] !== 0x62 || bytes[i + 2] !== 0x6a) continue;
    // `obj` after white space, a generation, white space and a number (not the end of `endobj`).
    let k = i - 1;
    if (!isSpace(bytes[k])) continue;
    while (k > after && isSpace(bytes[k])) k--;
    if (!isDigit(bytes[k])) continue;
    while (k > after && isDigit(bytes[k])) k--;
    if (!isSpace(bytes[k])) continue;
    while (k > after && isSpace(bytes[k])) k--;
    let start = k;
    while (start >= after && isDigit(bytes[start])) start--;
    if (start === k) continue;
    return Number(new TextDecoder().decode(bytes.subarray(start + 1, k + 1)));
  }
  return null;
}

/**
 * The PDF's compressed streams that fail their zlib checksum, each as the number of the object it
 * is (`null` when no object header is found before it). An encrypted PDF's streams are checked
 * only once decrypted, by pdf.js, so none is listed for it.
 *
 * @example
 * ```ts
 * damagedStreams(bytes); // [] for an intact file, [49] when the content of object 49 was changed
 * ```
 */
export function damagedStreams(bytes: Uint8Array): (number | null)[] {
  if (isEncrypted(bytes)) return [];
  const left = { bytes: MAX_INFLATED };
  const damaged: (number | null)[] = [];
  // Every search below looks only at bytes after the previous stream's end, and the next stream
  // starts after this one's end: each byte is looked at a bounded number of times, so that data
  // spelling `stream` again and again is not taken for streams, each searched back to the start.
  let from = 0;
  for (;;) {
    const keyword = indexOf(bytes, STREAM, from);
    if (keyword < 0) return damaged;
    // A stray `endstream` (the one that ends a stream is skipped below) is no stream.
    if (keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e && bytes[keyword - 1] === 0x64) {
      from = keyword + STREAM.length;
      continue;
    }
    let start = keyword + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, END_STREAM, start);
    // The dictionary is the last `<` before the keyword (its `<<`); only FlateDecode data is zlib.
    const dictionary = lastIndexOf(bytes, 0x3c, keyword, from);
    const flate = dictionary >= 0 && indexOf(bytes, FLATE, dictionary, keyword) >= 0;
    const object = (): number | null => objectNumberBefore(bytes, dictionary >= 0 ? dictionary : keyword, from);
    if (end < 0) return flate ? [...damaged, object()] : damaged;
    const verdict = flate ? check(bytes.subarray(start, end), left) : 'unchecked';
    if (verdict === 'budget') return damaged;
    if (verdict === 'damaged') damaged.push(object());
    from = end + END_STREAM.length;
  }
}
