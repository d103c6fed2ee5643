/**
 * Turns the bytes of an input file into a report, choosing the reader by the file's extension
 * (or, for standard input, by `--input-format` or by sniffing the first bytes).
 *
 * `LOADERS` is the one registry of input formats: a reader for a new medium registers here.
 *
 * @module
 */
import { InterchangeError, readCsv } from '../interchange/csv.js';
import { parse } from '../parse/index.js';
import type { Finding, Lang, RuleSetting } from '../check/finding.js';
import type { Report } from '../model/types.js';
import type { PdfLoadOptions } from '../parse/pdf/index.js';
import { safeParseReport } from '../model/validate.js';
import type { CliIO } from './command.js';

/**
 * What a loader needs besides the bytes.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { source: 'report.csv', lang: 'en' };
 * ```
 */
export interface LoadOptions {
  /** The name shown in messages: the path, or `-` for standard input. */
  source: string;
  /** Language of the reading findings. */
  lang: Lang;
  /** Per-code severity overrides, or `'off'`, for the reading findings. */
  rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /** Where pdf.js finds its character maps and fonts (needed in a browser), and its limits. */
  pdf?: PdfLoadOptions | undefined;
}

/**
 * A report read from a file, with what the reader found along the way (unsure cells, gaps).
 *
 * @example
 * ```ts
 * const { report, findings } = await loadReport('report.csv', io, { lang: 'zh' });
 * ```
 */
export interface Loaded {
  report: Report;
  findings: Finding[];
}

/**
 * The input could not be read as a report; each problem is located (`file:line: message`).
 *
 * @example
 * ```ts
 * throw new LoadError(['report.csv:12: expected a plain decimal number or empty, got "x"']);
 * ```
 */
export class LoadError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LoadError';
    this.problems = problems;
  }
}

/**
 * A reader of one input format, registered in {@link LOADERS} under its extension.
 *
 * @example
 * ```ts
 * const textLoader: Loader = {
 *   sniff: (bytes) => bytes[0] !== 0x7b,
 *   async load(bytes, { source, lang }) { … },
 * };
 * ```
 */
export interface Loader {
  /** Whether bytes look like this format (used for standard input without `--input-format`). */
  sniff(bytes: Uint8Array): boolean;
  /** Reads the bytes; throws a {@link LoadError} when they are not a report. */
  load(bytes: Uint8Array, options: LoadOptions): Promise<Loaded>;
}

/**
 * Decodes UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are a load error.
 *
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.csv'); // 'a'
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError([`${source}: not UTF-8 text`]);
  }
}

/** The first non-blank characters of the input, for sniffing (a BOM is skipped). */
function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 256))
    .replace(/^\uFEFF/, '')
    .trimStart();
}

const jsonLoader: Loader = {
  sniff: (bytes) => head(bytes).startsWith('{'),
  async load(bytes, { source }) {
    let input: unknown;
    try {
      input = JSON.parse(decodeUtf8(bytes, source));
    } catch (err) {
      if (err instanceof LoadError) throw err;
      throw new LoadError([`${source}: not valid JSON: ${(err as Error).message}`]);
    }
    const result = safeParseReport(input);
    if (!result.success) {
      throw new LoadError(
        result.issues.map((i) => `${source}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
      );
    }
    return { report: result.report, findings: [] };
  },
};

const csvLoader: Loader = {
  sniff: (bytes) => head(bytes).startsWith('table,row,column,value'),
  async load(bytes, { source }) {
    try {
      return { report: readCsv(decodeUtf8(bytes, source)), findings: [] };
    } catch (err) {
      if (!(err instanceof InterchangeError)) throw err;
      throw new LoadError(err.issues.map((i) => `${source}:${i.line}: ${i.message}`));
    }
  },
};

/** A report from a document reader, or a load error listing why none was read. */
function fromDocumentReader(result: { report: Report | null; findings: Finding[] }, source: string): Loaded {
  if (!result.report) throw new LoadError(result.findings.map((f) => `${source}: ${f.code}: ${f.message}`));
  return { report: result.report, findings: result.findings };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

// The PDF and DOCX readers are imported only when such a file is read: pdf.js is an optional peer.
const pdfLoader: Loader = {
  sniff: (bytes) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  async load(bytes, { source, lang, rules, pdf }) {
    const { parsePdf, PdfSupportMissingError } = await import('../parse/pdf/index.js');
    try {
      return fromDocumentReader(await parsePdf(bytes, { ...pdf, lang, rules }), source);
    } catch (err) {
      if (err instanceof PdfSupportMissingError) throw new LoadError([`${source}: ${err.message}`]);
      throw err;
    }
  },
};

const docxLoader: Loader = {
  sniff: (bytes) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]), // a ZIP archive
  async load(bytes, { source, lang, rules }) {
    const { parseDocx } = await import('../parse/docx/index.js');
    return fromDocumentReader(parseDocx(bytes, { lang, rules }), source);
  },
};

// Text and HTML pages: the charset is taken from the page or detected (UTF-8, GBK, GB18030).
const documentLoader = (type: 'text' | 'html'): Loader => ({
  // Standard input that nothing else claims is read as text, so text is sniffed last.
  sniff: type === 'html' ? (bytes) => head(bytes).startsWith('<') : () => true,
  async load(bytes, { source, lang, rules }) {
    return fromDocumentReader(parse(bytes, { lang, rules, type }), source);
  },
});
const htmlLoader = documentLoader('html');

/**
 * The input formats, by file extension (lower case, with the dot). The order is the order in
 * which standard input is sniffed.
 *
 * @example
 * ```ts
 * LOADERS['.csv'].load(bytes, { source: 'report.csv', lang: 'zh' });
 * ```
 */
export const LOADERS: Readonly<Record<string, Loader>> = {
  '.json': jsonLoader,
  '.csv': csvLoader,
  '.pdf': pdfLoader,
  '.docx': docxLoader,
  '.htm': htmlLoader,
  '.html': htmlLoader,
  '.txt': documentLoader('text'),
};

/**
 * The names `--input-format` accepts: the registered extensions without their dot.
 *
 * @example
 * ```ts
 * INPUT_FORMATS.includes('csv'); // true
 * ```
 */
export const INPUT_FORMATS: readonly string[] = Object.keys(LOADERS).map((ext) => ext.slice(1));

/** The extension of a path (lower case, with the dot), or `''`. */
function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * The loader for an input: named by `inputFormat`, else by the file's extension; `undefined` for
 * standard input without `--input-format`, whose bytes are then sniffed.
 *
 * @example
 * ```ts
 * loaderFor('Report.JSON') === LOADERS['.json']; // true
 * loaderFor('-'); // undefined
 * ```
 */
export function loaderFor(source: string, inputFormat?: string): Loader | undefined {
  if (inputFormat !== undefined) {
    const loader = LOADERS[`.${inputFormat.toLowerCase()}`];
    if (!loader)
      throw new LoadError([
        `${source}: unknown input format ${JSON.stringify(inputFormat)}; expected one of ${INPUT_FORMATS.join(', ')}`,
      ]);
    return loader;
  }
  if (source === '-') return undefined;
  const ext = extensionOf(source);
  const loader = LOADERS[ext];
  if (!loader) {
    throw new LoadError([
      `${source}: unsupported file type ${ext ? JSON.stringify(ext) : '(no extension)'}; expected ${Object.keys(LOADERS).join(', ')} (or --input-format)`,
    ]);
  }
  return loader;
}

/**
 * The first loader, in registry order, that recognises the bytes of standard input.
 *
 * @example
 * ```ts
 * sniffLoader(new TextEncoder().encode('table,row,column,value\n')) === LOADERS['.csv']; // true
 * ```
 */
export function sniffLoader(bytes: Uint8Array): Loader {
  const loader = Object.values(LOADERS).find((l) => l.sniff(bytes));
  if (!loader)
    throw new LoadError([
      `-: cannot tell the format of standard input; pass --input-format ${INPUT_FORMATS.join('|')}`,
    ]);
  return loader;
}

/**
 * Reads one input (a path, or `-` for standard input) into a report; throws a
 * {@link LoadError} when it cannot.
 *
 * @example
 * ```ts
 * const { report } = await loadReport('-', io, { lang: 'zh', inputFormat: 'csv' });
 * ```
 */
export async function loadReport(
  source: string,
  io: CliIO,
  options: { lang: Lang; inputFormat?: string | undefined; rules?: Readonly<Record<string, RuleSetting>> | undefined },
): Promise<Loaded> {
  const named = loaderFor(source, options.inputFormat);
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (err) {
    throw new LoadError([`${source}: cannot read: ${(err as Error).message}`]);
  }
  return (named ?? sniffLoader(bytes)).load(bytes, { source, lang: options.lang, rules: options.rules });
}
