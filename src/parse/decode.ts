/**
 * Bytes to text: the charset a document declares (byte-order mark, `<meta charset>` or
 * `http-equiv` content type), else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset
 * of GBK and GB2312, which is what Chinese pages that are not UTF-8 use). A UTF-8 page with a few
 * stray bytes (a byte flipped, a page cut mid-character) is still UTF-8: it is read as UTF-8 with
 * each bad byte replaced by U+FFFD, and the first one located for a finding, rather than read
 * whole as GB18030, which turns every character into others.
 *
 * @module
 */
import type { Lang, RuleSettings } from '../findings/types.js';
import { finalizeParseFindings, type ParseFinding } from './rules.js';

/**
 * A decoded document and the encoding it was read in.
 *
 * @example
 * ```ts
 * decodeDocument(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae])); // { text: '政府', encoding: 'gb18030' }
 * ```
 */
export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `'utf-8'`, `'gbk'`, `'gb18030'`. */
  encoding: string;
  /**
   * Bytes that are not UTF-8 in a document read as UTF-8 (each read as U+FFFD): how many, and where
   * the first is (0-based byte offset; 1-based line and column of the text).
   */
  invalid?: { count: number; offset: number; line: number; column: number };
}

/**
 * At most one byte sequence that is not UTF-8 for this many that are multi-byte UTF-8 characters:
 * then the document is UTF-8 with stray bytes. GBK text read as UTF-8 has a bad sequence for nearly
 * every character, so it never comes near.
 */
const STRAY_RATIO = 100;

/** How far into a document a `<meta>` charset declaration is looked for (HTML says 1024). */
const SNIFF_BYTES = 4096;
// `[^>]{0,200}` is bounded, so a long tag without a charset cannot make this slow.
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i;

const decoders = new Map<string, TextDecoder | undefined>();
/** A strict decoder for a charset label (cached: constructing one costs more than a small decode). */
function decoderFor(label: string): TextDecoder | undefined {
  const key = label.toLowerCase();
  if (!decoders.has(key)) {
    let decoder: TextDecoder | undefined;
    try {
      decoder = new TextDecoder(key, { fatal: true });
    } catch {
      decoder = undefined;
    }
    if (decoders.size < 64) decoders.set(key, decoder);
    return decoder;
  }
  return decoders.get(key);
}
const lenientUtf8 = new TextDecoder('utf-8');

const CHARSET = Array.from('charset', (c) => c.charCodeAt(0));
/** Whether the head of the bytes contains `charset` (any case): decoding it is worth it only then. */
function mentionsCharset(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES) - CHARSET.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < CHARSET.length; k++) {
      // ASCII letters: setting bit 0x20 lower-cases them.
      if (((bytes[i + k] as number) | 0x20) !== CHARSET[k]) continue outer;
    }
    return true;
  }
  return false;
}

function tryDecode(decoder: TextDecoder | undefined, bytes: Uint8Array): string | undefined {
  if (!decoder) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a document's bytes, taking the charset from its byte-order mark or `<meta>` declaration
 * when it has one that fits the bytes, else detecting UTF-8 or GB18030.
 *
 * @example
 * ```ts
 * decodeDocument(new TextEncoder().encode('<meta charset="utf-8"><p>总体情况</p>')).encoding; // 'utf-8'
 * decodeDocument(new Uint8Array([0xd7, 0xdc, 0xcc, 0xe5])).text; // '总体' (GBK bytes)
 * ```
 */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  // The declaration is ASCII; a lenient UTF-8 decode of the head reads it whatever the charset.
  const head = mentionsCharset(bytes) ? lenientUtf8.decode(bytes.subarray(0, SNIFF_BYTES)) : '';
  const declared = META_CHARSET.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : undefined;
  const asDeclared = tryDecode(decoder, bytes);
  if (asDeclared !== undefined && decoder) return { text: asDeclared, encoding: decoder.encoding };

  const utf8 = tryDecode(decoderFor('utf-8'), bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const scan = scanUtf8(bytes);
  if (scan.invalid > 0 && scan.invalid * STRAY_RATIO <= scan.multibyte) {
    const text = lenientUtf8.decode(bytes);
    return {
      text,
      encoding: 'utf-8',
      invalid: { count: scan.invalid, offset: scan.first, ...lineOf(bytes, scan.first) },
    };
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** How many well-formed multi-byte UTF-8 characters and ill-formed sequences `bytes` has. */
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; first: number } {
  let multibyte = 0;
  let invalid = 0;
  let first = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multibyte++;
      i += length;
    } else {
      if (first < 0) first = i;
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, first };
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629, no overlongs or surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const b1 = bytes[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return b1 !== undefined && b1 >= low && b1 <= high && isContinuation(bytes[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return b1 !== undefined && b1 >= low && b1 <= high && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3])
      ? 4
      : 0;
  }
  return 0;
}

/** The 1-based line and column (UTF-16 units, as the readers count) of byte `offset`. */
function lineOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: lenientUtf8.decode(bytes.subarray(start, offset)).length + 1 };
}

/**
 * The finding a decoded document calls for: `PARSE-ENCODING-INVALID` when bytes that are not
 * UTF-8 were replaced, none otherwise.
 * @internal
 *
 * @example
 * ```ts
 * decodingFindings(decodeDocument(bytes), { lang: 'en' }); // [{ code: 'PARSE-ENCODING-INVALID', … loc: { line: 12, column: 5 } }]
 * ```
 */
export function decodingFindings(decoded: Decoded, options: { lang?: Lang; rules?: RuleSettings }): ParseFinding[] {
  const bad = decoded.invalid;
  if (!bad) return [];
  const loc = { line: bad.line, column: bad.column };
  return finalizeParseFindings(
    [{ code: 'PARSE-ENCODING-INVALID', params: { count: bad.count, offset: bad.offset, ...loc }, loc }],
    options,
  );
}
