/**
 * What the checker page asks its worker, and what the worker answers. Everything crosses as plain
 * data (reports, findings, strings, bytes): the library runs in the worker only, off the page's
 * thread, and reads nothing but the bytes it is given.
 */
import type { Lang, Report } from '../../../src/index.js';
import type { FileResult, LocatedFinding } from '../../../src/cli/batch/result.js';
import type { SourceMap } from '../../../src/parse/index.js';

/** Where pdf.js fetches its character maps and standard fonts: the site's own copies. */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

export type Request =
  | { kind: 'read'; name: string; bytes: Uint8Array; lang: Lang; pdf: PdfAssets }
  | { kind: 'check'; report: Report; sourceMap?: SourceMap; previous: Report; reading: LocatedFinding[]; lang: Lang }
  | { kind: 'export'; report: Report }
  | { kind: 'docx'; report: Report }
  | { kind: 'rollup'; reports: Report[]; agency: string; lang: Lang }
  | { kind: 'diff'; from: Report; to: Report; lang: Lang };

/**
 * A file read and checked as `zfxxgk check` does it (the same result, with the report and its
 * source map kept), and the report in its official layout with the findings marked, when a report
 * was read (`renderHtml` of `zfxxgk/render`).
 */
export interface Read {
  result: FileResult;
  html: string;
}

/** The checks of a report with the cross-year checks, and the report with them marked. */
export interface Checked {
  findings: LocatedFinding[];
  html: string;
}

export interface Exported {
  /** The interchange CSV, as `zfxxgk export` writes it. */
  csv: string;
  /** The JSON form, as `zfxxgk export --to json` writes it. */
  json: string;
}

export type RollupAnswer =
  | { ok: true; report: Report; findings: LocatedFinding[]; html: string }
  | { ok: false; problems: string[] };

export interface Answers {
  read: Read;
  check: Checked;
  export: Exported;
  /** The report as a Word document, as `zfxxgk render --to docx` writes it. */
  docx: Uint8Array;
  rollup: RollupAnswer;
  /** The differences as `zfxxgk diff` prints them. */
  diff: string;
}

/** A message from the worker: the answer to request `id`, or the error it ran into. */
export type Reply = { id: number; answer: unknown } | { id: number; error: string };
