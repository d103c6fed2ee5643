/**
 * Turns the bytes of an input into a report, by medium: `LOADERS` is the one registry of the
 * media the readers read; a reader for a new medium registers here (and in `medium.ts`, which
 * tells it from the bytes).
 *
 * @module
 */
import type { Lang, RuleSetting } from '../findings/types.js';
import { InterchangeError, readCsv } from '../interchange/csv.js';
import { readJson } from '../interchange/json.js';
import type { Report } from '../model/types.js';
import { safeValidateReport } from '../model/validate.js';
import { decodeDocument } from '../parse/decode.js';
import { parse } from '../parse/index.js';
import type { PdfLoadOptions } from '../parse/pdf/index.js';
import type { SourceMap } from '../parse/read-layout.js';
import type { ParseFinding } from '../parse/rules.js';
import { type Medium, type ReportMedium, sniffMedium } from './batch/medium.js';
import { cliText } from './i18n.js';

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
  /** Language of the reading findings and of the problems. */
  lang: Lang;
  /** Per-code severity overrides, or `'off'`, for the reading findings. */
  rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /** Where pdf.js finds its character maps and fonts (needed in a browser), and its limits. */
  pdf?: PdfLoadOptions | undefined;
}

/**
 * What a loader read: the report (`null` when the document holds none: the findings say why),
 * what the reader found along the way, and where each cell was read (for documents).
 *
 * @example
 * ```ts
 * const { report, findings, sourceMap } = await LOADERS.pdf(bytes, { source: 'a.pdf', lang: 'zh' });
 * ```
 */
export interface Loaded {
  report: Report | null;
  findings: ParseFinding[];
  sourceMap?: SourceMap;
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
 * Reads the bytes of one medium; throws a {@link LoadError} when they are not valid in it.
 *
 * @example
 * ```ts
 * const csv: Loader = async (bytes, { source }) => ({ report: readCsv(decode(bytes)), findings: [] });
 * ```
 */
export type Loader = (bytes: Uint8Array, options: LoadOptions) => Promise<Loaded>;

const decode = (bytes: Uint8Array): string => decodeDocument(bytes).text;

const loadJson: Loader = async (bytes, { source, lang }) => {
  let input: unknown;
  try {
    input = readJson(decode(bytes));
  } catch (err) {
    throw new LoadError([`${source}: ${cliText(lang).load.invalidJson((err as Error).message)}`]);
  }
  const result = safeValidateReport(input);
  if (!result.success) {
    throw new LoadError(
      result.issues.map((i) => `${source}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
    );
  }
  return { report: result.report, findings: [] };
};

// The interchange CSV as Excel saves it: UTF-8 with or without a byte-order mark, or GBK/GB18030.
const loadCsv: Loader = async (bytes, { source }) => {
  try {
    return { report: readCsv(decode(bytes)), findings: [] };
  } catch (err) {
    if (!(err instanceof InterchangeError)) throw err;
    throw new LoadError(err.issues.map((i) => `${source}:${i.line}: ${i.message}`));
  }
};

// The PDF and DOCX readers are imported only when such a file is read.
const loadPdf: Loader = async (bytes, { lang, rules, source, pdf }) => {
  const { parsePdf, PdfSupportMissingError } = await import('../parse/pdf/index.js');
  try {
    return await parsePdf(bytes, { ...pdf, lang, rules });
  } catch (err) {
    if (err instanceof PdfSupportMissingError) throw new LoadError([`${source}: ${cliText(lang).load.pdfMissing}`]);
    throw err;
  }
};

const loadDocx: Loader = async (bytes, { lang, rules }) => {
  const { parseDocx } = await import('../parse/docx/index.js');
  return parseDocx(bytes, { lang, rules });
};

// Text and HTML pages: the charset is taken from the page or detected (UTF-8, GBK, GB18030).
const loadDocument =
  (type: 'text' | 'html'): Loader =>
  async (bytes, { lang, rules }) =>
    parse(bytes, { lang, rules, type });

/**
 * The loader of each medium a report is read from.
 *
 * @example
 * ```ts
 * await LOADERS.csv(bytes, { source: 'report.csv', lang: 'zh' });
 * ```
 */
export const LOADERS: Readonly<Record<ReportMedium, Loader>> = {
  json: loadJson,
  csv: loadCsv,
  pdf: loadPdf,
  docx: loadDocx,
  html: loadDocument('html'),
  text: loadDocument('text'),
};

/**
 * The names `--input-format` accepts, and the medium each stands for.
 *
 * @example
 * ```ts
 * INPUT_FORMATS.htm; // 'html'
 * ```
 */
export const INPUT_FORMATS: Readonly<Record<string, ReportMedium>> = {
  json: 'json',
  csv: 'csv',
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
};

/**
 * The medium of an input: the one `--input-format` names (checked by the options), else what its
 * bytes are.
 *
 * @example
 * ```ts
 * mediumOf(bytes, 'report', 'csv'); // 'csv'
 * mediumOf(pdfBytes, 'report.bin'); // 'pdf'
 * ```
 */
export function mediumOf(bytes: Uint8Array, source: string, inputFormat?: string): Medium {
  return (inputFormat && INPUT_FORMATS[inputFormat.toLowerCase()]) || sniffMedium(bytes, source);
}
