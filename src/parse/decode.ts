/**
 * Bytes to text: the charset a document declares (byte-order mark, `<meta charset>` or
 * `http-equiv` content type), else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset
 * of GBK and GB2312, which is what Chinese pages that are not UTF-8 use).
 *
 * @module
 */

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
}

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
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
