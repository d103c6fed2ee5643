/**
 * DOCX bytes to layout blocks, with the findings that concern the file itself.
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import type { LayoutBlock } from '../layout.js';
import type { ParseFinding } from '../rules.js';
import { documentLayout } from './document.js';
import { docxFinding } from './findings.js';
import { Numbering } from './numbering.js';
import { readZipEntry, ZipReadError } from './zip.js';

/**
 * Limits of {@link extractDocxLayout} and the message language.
 *
 * @example
 * ```ts
 * extractDocxLayout(bytes, { maxBytes: 10 * 1024 * 1024 });
 * ```
 */
export interface ExtractDocxOptions {
  lang?: Lang;
  /** Refuse files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Refuse a `word/document.xml` that inflates to more than this many bytes (default 32 MB). */
  maxXmlBytes?: number;
}

/**
 * The layout of a DOCX and what stood in the way of reading it.
 *
 * @example
 * ```ts
 * const { blocks, findings } = extractDocxLayout(bytes);
 * ```
 */
export interface DocxLayout {
  blocks: LayoutBlock[];
  findings: ParseFinding[];
}

/** The signature of an OLE compound file: a Word 97-2003 document, or an encrypted OOXML file. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptionInfo` in UTF-16LE: the stream an encrypted OOXML package carries. */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0] as number;
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

function utf8(data: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ZipReadError('corrupt', `${name} is not UTF-8`);
  }
}

/** A part that may be absent; absent is `undefined`, any other problem is thrown. */
function optionalPart(bytes: Uint8Array, name: string, limit: number): string | undefined {
  try {
    return utf8(readZipEntry(bytes, name, limit), name);
  } catch (err) {
    if (err instanceof ZipReadError && err.reason === 'missing') return undefined;
    throw err;
  }
}

const ZIP_CODES = {
  'not-zip': 'PARSE-DOCX-INVALID',
  corrupt: 'PARSE-DOCX-INVALID',
  missing: 'PARSE-DOCX-INVALID',
  encrypted: 'PARSE-DOCX-ENCRYPTED',
  'too-large': 'PARSE-DOCX-TOO-LARGE',
} as const;

/**
 * Reads a DOCX into layout blocks: paragraphs, and table rows with merged cells expanded.
 * Never throws for a bad file: a damaged, truncated, encrypted or oversized file (or an old
 * `.doc`) gives no blocks and a finding saying why.
 *
 * @example
 * ```ts
 * const { blocks, findings } = extractDocxLayout(bytes);
 * ```
 */
export function extractDocxLayout(bytes: Uint8Array, options: ExtractDocxOptions = {}): DocxLayout {
  const lang = options.lang ?? 'zh';
  const fail = (code: Parameters<typeof docxFinding>[0], detail = ''): DocxLayout => ({
    blocks: [],
    findings: [docxFinding(code, lang, detail)],
  });
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (bytes.byteLength > maxBytes) return fail('PARSE-DOCX-TOO-LARGE', `${bytes.byteLength} bytes > ${maxBytes}`);
  if (CFB.every((b, i) => bytes[i] === b)) {
    return contains(bytes, ENCRYPTION_INFO) ? fail('PARSE-DOCX-ENCRYPTED') : fail('PARSE-DOCX-LEGACY');
  }
  const limit = options.maxXmlBytes ?? 32 * 1024 * 1024;
  let xml: string;
  let numbering: Numbering;
  try {
    xml = utf8(readZipEntry(bytes, 'word/document.xml', limit), 'word/document.xml');
    // List numbering (`一、` before a heading) lives in these parts; a document may have neither.
    numbering = new Numbering(
      optionalPart(bytes, 'word/numbering.xml', limit),
      optionalPart(bytes, 'word/styles.xml', limit),
    );
  } catch (err) {
    if (err instanceof ZipReadError) return fail(ZIP_CODES[err.reason], err.message);
    throw err;
  }
  if (!/<([A-Za-z_][\w.-]*:)?document[\s>]/.test(xml))
    return fail('PARSE-DOCX-INVALID', 'word/document.xml has no document element');
  const { blocks, tooLarge } = documentLayout(xml, numbering);
  if (tooLarge !== undefined) return fail('PARSE-DOCX-TOO-LARGE', tooLarge);
  return { blocks, findings: [] };
}
