/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning tools and editors read. One run; every
 * finding code as a rule (id, short description, default level, help URI to its docs page); each
 * finding a result located in its file: line and column in text and HTML, the page in a PDF, the
 * table cell in a Word document (as the location's message and properties, which SARIF regions
 * cannot say). Files that could not be checked are the invocation's notifications. Written as
 * the results come, one result per line.
 *
 * @module
 */
import { version } from '../../../package.json';
import type { Lang } from '../../findings/types.js';
import type { SourceLoc } from '../../parse/layout.js';
import type { Medium } from '../batch/medium.js';
import type { FileResult, LocatedFinding } from '../batch/result.js';
import type { CliIO } from '../command.js';
import type { CliText } from '../i18n.js';
import { sarifLevel, sarifRules } from '../../findings/index.js';
import { findingMessage } from './text.js';
import { placeOf } from './where.js';
import type { Reporter } from './reporter.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * A file's name as a SARIF URI: a relative path as a relative reference, an absolute one as a
 * `file:` URI, each part percent-encoded.
 *
 * @example
 * ```ts
 * artifactUri('报告/a b.pdf'); // '%E6%8A%A5%E5%91%8A/a%20b.pdf'
 * artifactUri('/srv/a.pdf'); // 'file:///srv/a.pdf'
 * ```
 */
export function artifactUri(file: string): string {
  const path = file.replaceAll('\\', '/');
  const encoded = path
    .split('/')
    .map((part, i) => (i === 0 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part)))
    .join('/');
  if (path.startsWith('/')) return `file://${encoded}`;
  return /^[A-Za-z]:\//.test(path) ? `file:///${encoded}` : encoded;
}

/** A SARIF location of one place in a file. */
function location(file: string, loc: SourceLoc | undefined, medium: Medium | undefined, text: CliText, id?: number) {
  const physical: Record<string, unknown> = { artifactLocation: { uri: artifactUri(file) } };
  const out: Record<string, unknown> = id === undefined ? {} : { id };
  // Lines of text and HTML are what an editor shows; PDF pages and Word cells are said in words.
  if (loc?.line !== undefined && (medium === 'text' || medium === 'html')) {
    physical.region = { startLine: loc.line, ...(loc.column !== undefined && { startColumn: loc.column }) };
  }
  out.physicalLocation = physical;
  const place = loc ? placeOf(loc, medium, text) : undefined;
  if (place && !physical.region) out.message = { text: place };
  if (loc && (loc.page !== undefined || loc.table !== undefined)) {
    const { page, table, row, cell } = loc;
    out.properties = { page, table, row, cell };
  }
  return out;
}

/** The SARIF result of one finding. */
function result(finding: LocatedFinding, file: FileResult, text: CliText, ruleIndex: ReadonlyMap<string, number>) {
  // A cell finding points at each of its cells; a reader's own finding at one place, or none.
  const locs: (SourceLoc | undefined)[] = finding.locations?.length ? finding.locations : [finding.loc];
  const [first, ...others] = locs;
  return {
    ruleId: finding.code,
    ...(ruleIndex.has(finding.code) && { ruleIndex: ruleIndex.get(finding.code) }),
    level: sarifLevel(finding.severity),
    message: { text: findingMessage(finding, text) },
    locations: [location(file.file, first, file.medium, text)],
    ...(others.length && {
      relatedLocations: others.map((loc, i) => location(file.file, loc, file.medium, text, i + 1)),
    }),
  };
}

/**
 * The SARIF log, streamed.
 *
 * @example
 * ```ts
 * const reporter = sarifReporter(io, 'zh', cliText('zh'));
 * ```
 */
export function sarifReporter(io: CliIO, lang: Lang, text: CliText): Reporter {
  const notifications: unknown[] = [];
  const rules = sarifRules({ lang });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  let first = true;
  let failed = false;
  return {
    begin() {
      const run = {
        tool: { driver: { name: 'zfxxgk', version, informationUri: 'https://www.npmjs.com/package/zfxxgk', rules } },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
      };
      const head = JSON.stringify({ version: '2.1.0', $schema: SCHEMA, runs: [run] });
      // Everything up to the run's closing brace; the results and the invocation follow.
      io.stdout(`${head.slice(0, -3)},"results":[`);
    },
    file(file) {
      for (const finding of [...file.readingFindings, ...file.checkFindings]) {
        io.stdout(`${first ? '\n' : ',\n'}${JSON.stringify(result(finding, file, text, ruleIndex))}`);
        first = false;
      }
      if (file.status !== 'checked') {
        failed ||= file.status === 'failed';
        const message = [...(file.problems ?? []), ...(file.advice ? [text.findings.advice(file.advice)] : [])];
        notifications.push({
          descriptor: { id: file.status },
          level: 'error',
          message: { text: `${text.status[file.status]}: ${message.join('; ')}` },
          locations: [location(file.file, undefined, file.medium, text)],
        });
      }
    },
    end() {
      const invocation = { executionSuccessful: !failed, toolExecutionNotifications: notifications };
      io.stdout(`${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`);
    },
  };
}
