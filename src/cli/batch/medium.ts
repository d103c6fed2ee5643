/**
 * What a file is, told from its bytes (and only where the bytes leave it open, from its name):
 * one of the media a reader reads, or one of the files people keep next to their reports
 * (images, spreadsheets, legacy Word and WPS files, OFD) that no reader reads, each of which gets
 * its own advice.
 *
 * @module
 */
import { unzipSync } from 'fflate';

/**
 * The media a report is read from.
 *
 * @example
 * ```ts
 * const medium: ReportMedium = 'pdf';
 * ```
 */
export type ReportMedium = 'json' | 'csv' | 'pdf' | 'docx' | 'html' | 'text';

/**
 * Files that are not read as reports, each with its advice in the CLI's messages: an image
 * (a scan), a spreadsheet, a legacy Word or WPS document, a legacy Excel or WPS sheet, a
 * presentation, an OFD document, an OpenDocument text, RTF, a ZIP archive, a password-protected
 * Office file, other binary data, or an empty file.
 *
 * @example
 * ```ts
 * const medium: OtherMedium = 'legacy-word';
 * ```
 */
export type OtherMedium =
  | 'image'
  | 'spreadsheet'
  | 'legacy-word'
  | 'legacy-spreadsheet'
  | 'presentation'
  | 'ofd'
  | 'odt'
  | 'rtf'
  | 'archive'
  | 'encrypted-office'
  | 'binary'
  | 'empty';

/**
 * Any medium {@link sniffMedium} tells.
 *
 * @example
 * ```ts
 * const m: Medium = sniffMedium(bytes, 'report.doc'); // 'legacy-word', or 'html' for a page saved as .doc
 * ```
 */
export type Medium = ReportMedium | OtherMedium;

const REPORT_MEDIA: ReadonlySet<string> = new Set<ReportMedium>(['json', 'csv', 'pdf', 'docx', 'html', 'text']);

/**
 * Whether a medium is one the readers read.
 *
 * @example
 * ```ts
 * isReportMedium('pdf'); // true
 * isReportMedium('image'); // false
 * ```
 */
export function isReportMedium(medium: Medium): medium is ReportMedium {
  return REPORT_MEDIA.has(medium);
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Whether `needle` occurs in the first `limit` bytes. */
function contains(bytes: Uint8Array, needle: readonly number[], limit = bytes.length): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];
const utf16 = (text: string): number[] => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);

/** Legacy Office and WPS extensions, for an OLE compound file whose streams do not say. */
const OLE_EXTENSIONS: Readonly<Record<string, Medium>> = {
  '.doc': 'legacy-word',
  '.wps': 'legacy-word',
  '.xls': 'legacy-spreadsheet',
  '.et': 'legacy-spreadsheet',
  '.ppt': 'presentation',
  '.dps': 'presentation',
};

/** The kind of an OLE compound file (legacy Office and WPS), from the names of its streams. */
function oleKind(bytes: Uint8Array, name: string): Medium {
  if (contains(bytes, utf16('EncryptedPackage'))) return 'encrypted-office';
  if (contains(bytes, utf16('WordDocument'))) return 'legacy-word';
  if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book'))) return 'legacy-spreadsheet';
  if (contains(bytes, utf16('PowerPoint Document'))) return 'presentation';
  return OLE_EXTENSIONS[extensionOf(name)] ?? 'binary';
}

/** The kind of a ZIP archive, from the names of its entries (none is decompressed). */
function zipKind(bytes: Uint8Array): Medium {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name.toLowerCase());
        return false;
      },
    });
  } catch {
    // A damaged archive: the DOCX reader says what is wrong with it when it is named .docx.
    return 'docx';
  }
  const has = (test: (name: string) => boolean) => names.some(test);
  if (has((n) => n === 'word/document.xml')) return 'docx';
  if (has((n) => n.startsWith('xl/'))) return 'spreadsheet';
  if (has((n) => n.startsWith('ppt/'))) return 'presentation';
  if (has((n) => n === 'ofd.xml')) return 'ofd';
  if (has((n) => n === 'content.xml')) return 'odt';
  return 'archive';
}

/** Text that is not text: a NUL byte early on (UTF-16 text has a byte-order mark, checked before). */
const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 4096).includes(0);

/** The first non-blank characters of text (a byte-order mark skipped). */
function head(bytes: Uint8Array): string {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start, start + 512)).trimStart();
}

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.shtml', '.xhtml']);

/** The extension of a path, lower case with its dot, or `''`. */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * Tells the medium of a file from its bytes. Binary formats are told by their signatures whatever
 * the name says (a `.doc` that is a page saved by Word is read as HTML); text is JSON when it
 * starts with `{`, the interchange CSV when its first line is its header (or it is named `.csv`),
 * HTML when it starts with a tag (or is named like a page), and plain text otherwise.
 *
 * @example
 * ```ts
 * sniffMedium(new TextEncoder().encode('%PDF-1.7 …'), 'report'); // 'pdf'
 * sniffMedium(new TextEncoder().encode('table,row,column,value\n'), 'report.txt'); // 'csv'
 * sniffMedium(new Uint8Array(), 'empty.txt'); // 'empty'
 * ```
 */
export function sniffMedium(bytes: Uint8Array, name: string): Medium {
  if (bytes.length === 0) return 'empty';
  // PDF allows bytes before its header; readers look in the first kilobyte.
  if (contains(bytes, PDF, 1024)) return 'pdf';
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE)) return oleKind(bytes, name);
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return 'image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image';
  // BMP: its signature, then a size and two reserved (zero) words.
  if (startsWith(bytes, ascii('BM')) && startsWith(bytes, [0, 0, 0, 0], 6)) return 'image';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  const bom16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!bom16 && isBinary(bytes)) return 'binary';
  const ext = extensionOf(name);
  const text = bom16 ? '' : head(bytes);
  if (text.startsWith('{') || ext === '.json') return 'json';
  if (text.startsWith('table,row,column,value') || ext === '.csv') return 'csv';
  if (text.startsWith('<') || HTML_EXTENSIONS.has(ext)) return 'html';
  return 'text';
}
