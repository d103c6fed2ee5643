/**
 * Reads one entry of a ZIP archive (a DOCX is one) through its central directory, inflating it
 * with fflate while counting: an entry that inflates beyond the limit (a zip bomb, or a header that
 * lies about the size) is refused as soon as the limit is passed, before it is held in memory.
 *
 * @module
 */
import { Inflate } from 'fflate';

/**
 * Why an entry could not be read.
 *
 * @example
 * ```ts
 * const bomb = err instanceof ZipReadError && err.reason === 'too-large';
 * ```
 */
export type ZipFailure = 'not-zip' | 'encrypted' | 'missing' | 'too-large' | 'corrupt';

/**
 * An entry could not be read; `reason` says why.
 *
 * @example
 * ```ts
 * try {
 *   readZipEntry(bytes, 'word/document.xml', 1 << 25);
 * } catch (err) {
 *   if (err instanceof ZipReadError) err.reason; // 'not-zip' | 'encrypted' | 'missing' | 'too-large' | 'corrupt'
 * }
 * ```
 */
export class ZipReadError extends Error {
  readonly reason: ZipFailure;
  constructor(reason: ZipFailure, detail: string) {
    super(detail);
    this.name = 'ZipReadError';
    this.reason = reason;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** Offset of the end-of-central-directory record, searched backwards over the comment. */
function findEnd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let o = bytes.length - 22; o >= stop; o--) if (u32(bytes, o) === EOCD) return o;
  return -1;
}

/**
 * The inflated bytes of entry `name`, refusing more than `limit` bytes of output.
 *
 * @example
 * ```ts
 * const xml = readZipEntry(docxBytes, 'word/document.xml', 20 * 1024 * 1024);
 * ```
 */
export function readZipEntry(bytes: Uint8Array, name: string, limit: number): Uint8Array {
  const end = findEnd(bytes);
  if (end < 0) throw new ZipReadError('not-zip', 'no ZIP directory (not a DOCX, or the file is cut short)');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) throw new ZipReadError('corrupt', `damaged ZIP directory at byte ${at}`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (entryName !== name) continue;
    if (flags & 1) throw new ZipReadError('encrypted', `${name} is encrypted`);
    if (size > limit)
      throw new ZipReadError('too-large', `${name} would inflate to ${size} bytes, more than the limit of ${limit}`);
    if (u32(bytes, local) !== LOCAL) throw new ZipReadError('corrupt', `damaged ZIP entry ${name}`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) throw new ZipReadError('corrupt', `${name} is cut short`);
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) return data.slice();
    if (method !== 8) throw new ZipReadError('corrupt', `${name} uses unsupported compression method ${method}`);
    return inflateLimited(data, name, limit);
  }
  throw new ZipReadError('missing', `no ${name} in the archive`);
}

/** Compressed bytes inflated at a time: at most about 1 MB of output each (deflate's best ratio is 1032:1). */
const INFLATE_CHUNK = 1024;

function inflateLimited(data: Uint8Array, name: string, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipReadError('too-large', `${name} inflates to more than the limit of ${limit} bytes`);
    chunks.push(chunk);
    done ||= final;
  });
  try {
    // fflate hands over all the output of a push at once, so the input is pushed in small pieces:
    // the output of one piece is at most about a thousand times its size, and the limit is checked
    // as the output grows, not after the whole entry is inflated.
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (err) {
    if (err instanceof ZipReadError) throw err;
    throw new ZipReadError('corrupt', `${name} cannot be inflated: ${(err as Error).message}`);
  }
  if (!done) throw new ZipReadError('corrupt', `${name} is cut short`);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
