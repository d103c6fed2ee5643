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

/**
 * Whether one zlib stream (header, deflate data, Adler-32) inflates and matches its checksum:
 * `unchecked` for data that does not start as zlib (another filter comes first), `budget` when the
 * check would pass the budget of `left` inflated bytes.
 */
function check(data: Uint8Array, left: { bytes: number }): 'intact' | 'damaged' | 'unchecked' | 'budget' {
  // A zlib header: compression method 8 and a check value that makes the two bytes a multiple of 31.
  if (
    data.length < 6 ||
    ((data[0] as number) & 0x0f) !== 8 ||
    (((data[0] as number) << 8) | (data[1] as number)) % 31 !== 0
  )
    return 'unchecked';
  const sum = { a: 1, b: 0 };
  const inflater = new Inflate((chunk) => {
    left.bytes -= chunk.length;
    if (left.bytes < 0) throw new RangeError('budget');
    adler32(chunk, sum);
  });
  try {
    const body = data.subarray(2);
    for (let at = 0; at < body.length; at += CHUNK) inflater.push(body.subarray(at, at + CHUNK), false);
  } catch (err) {
    if (err instanceof RangeError && err.message === 'budget') return 'budget';
    // Data that does not inflate is damaged (garbage that happens to inflate fails the checksum).
    return 'damaged';
  }
  // The checksum is the four bytes after the deflate data; a line end before `endstream` may follow.
  const expected = ((sum.b << 16) | sum.a) >>> 0;
  const stored = (at: number): number =>
    (((data[at] as number) << 24) |
      ((data[at + 1] as number) << 16) |
      ((data[at + 2] as number) << 8) |
      (data[at + 3] as number)) >>>
    0;
  return [4, 5, 6].some((back) => data.length - back >= 2 && stored(data.length - back) === expected)
    ? 'intact'
    : 'damaged';
}

/**
 * How many of the PDF's compressed streams fail their zlib checksum. An encrypted PDF's streams
 * are checked only once decrypted, by pdf.js, so none is counted for it.
 *
 * @example
 * ```ts
 * damagedStreams(bytes); // 0 for an intact file
 * ```
 */
export function damagedStreams(bytes: Uint8Array): number {
  if (indexOf(bytes, ENCRYPT, 0) >= 0) return 0;
  const left = { bytes: MAX_INFLATED };
  let damaged = 0;
  let from = 0;
  for (;;) {
    const keyword = indexOf(bytes, STREAM, from);
    if (keyword < 0) return damaged;
    from = keyword + STREAM.length;
    // `endstream` contains `stream`; and only a stream whose dictionary names FlateDecode is zlib.
    if (keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e && bytes[keyword - 1] === 0x64)
      continue;
    const dictionary = bytes.lastIndexOf(0x3c, keyword); // the `<` of its `<<`
    if (dictionary < 0 || indexOf(bytes, FLATE, dictionary, keyword) < 0) continue;
    let start = from;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, END_STREAM, start);
    if (end < 0) return damaged + 1;
    from = end + END_STREAM.length;
    const verdict = check(bytes.subarray(start, end), left);
    if (verdict === 'budget') return damaged;
    if (verdict === 'damaged') damaged++;
  }
}
