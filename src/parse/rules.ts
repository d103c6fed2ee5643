/**
 * The findings of the document readers: a finding with its place in the source, and how the
 * readers write theirs. The rules themselves (codes, severities, messages) are in the findings
 * layer, with every other rule.
 *
 * @module
 */
import { READING } from '../findings/reading.js';
import type { Finding, Lang, MessageParams, RawFinding, RuleSettings } from '../findings/types.js';
import { findingWriter } from '../findings/write.js';
import type { SourceLoc } from './layout.js';

/**
 * A finding of a reader: a {@link Finding} with the place in the source it concerns.
 *
 * @example
 * ```ts
 * parseText(text, { lang: 'en' }).findings[0];
 * // { code: 'PARSE-LABEL-VARIANT', severity: 'info', message: '"本年度止件数" was read as "本年废止件数" (line 20)',
 * //   quote: '本年度止件数', loc: { line: 20, column: 13 } }
 * ```
 */
export interface ParseFinding extends Finding {
  /** Where in the source the finding points, when it points at something printed. */
  loc?: SourceLoc;
}

/** A finding of a reader before its message is written and its severity settled. @internal */
export interface RawParseFinding extends RawFinding {
  loc?: SourceLoc;
}

const write = findingWriter(READING);

/** Location parameters for the messages. @internal */
export function locParams(loc: SourceLoc | undefined): MessageParams {
  if (!loc) return {};
  if (loc.line !== undefined && loc.table === undefined) return { line: loc.line };
  if (loc.table !== undefined) return { tableIndex: loc.table, gridRow: loc.row ?? 0 };
  return loc.page !== undefined ? { line: `p.${loc.page}` } : {};
}

/**
 * Writes the messages of raw reader findings and applies the severity overrides.
 * @internal
 */
export function finalizeParseFindings(
  raw: readonly RawParseFinding[],
  options: { lang?: Lang; rules?: RuleSettings },
): ParseFinding[] {
  return write(raw, options);
}
