/**
 * What the checker page asks its worker, and what the worker answers. Everything crosses as plain
 * data (reports, findings, strings, bytes): the library runs in the worker only, off the page's
 * thread, and reads nothing from anywhere but the bytes it is given.
 */
import type { Finding, Lang, Report } from '../../../src/index.js';
import type { ParseFinding } from '../../../src/parse/index.js';

/** Where pdf.js fetches its character maps and standard fonts: the site's own copies. */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

export type Request =
  | { kind: 'read'; name: string; bytes: Uint8Array; lang: Lang; pdf: PdfAssets }
  | { kind: 'check'; report: Report; previous?: Report; lang: Lang }
  | { kind: 'export'; report: Report }
  | { kind: 'rollup'; reports: Report[]; agency: string; lang: Lang }
  | { kind: 'diff'; from: Report; to: Report; lang: Lang };

/** A file that was read (with what the reader was unsure of, and its tables as HTML), or why it could not be. */
export type ReadResult =
  | { ok: true; report: Report; findings: ParseFinding[]; tablesHtml: string; ms: number }
  | { ok: false; problems: string[]; ms: number };

export interface Exported {
  /** The interchange CSV, as `zfxxgk export` writes it. */
  csv: string;
  /** The JSON form, as `zfxxgk export --to json` writes it. */
  json: string;
}

export type RollupAnswer =
  | { ok: true; report: Report; findings: Finding[]; tablesHtml: string }
  | { ok: false; problems: string[] };

export interface DiffAnswer {
  /** The differences as `zfxxgk diff` prints them. */
  text: string;
}

export interface Answers {
  read: ReadResult;
  check: Finding[];
  export: Exported;
  rollup: RollupAnswer;
  diff: DiffAnswer;
}

/** A message from the worker: the answer to request `id`, or the error it ran into. */
export type Reply = { id: number; answer: unknown } | { id: number; error: string };
