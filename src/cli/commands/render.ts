/**
 * `zfxxgk render FILE… --to html|md|txt|docx [-o OUT]`: publishes reports in the official layout,
 * from any input the other commands read, so `zfxxgk render report.pdf --to docx` turns a
 * published PDF into an editable Word file.
 *
 * Where the output goes: for one input, to OUT (a file, or a folder when OUT ends with `/`), else
 * to standard output (HTML, Markdown, text) or beside the input (DOCX); for several inputs, into
 * the folder OUT, else beside each input, named after the input with the new extension.
 *
 * @module
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Finding } from '../../findings/types.js';
import { check } from '../../check/index.js';
import type { Report } from '../../model/types.js';
import { renderDocx } from '../../render/docx/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../render/index.js';
import type { CliCommand } from '../command.js';
import { loadReport } from '../load.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const TARGETS = ['html', 'md', 'txt', 'docx'] as const;
type Target = (typeof TARGETS)[number];

/** What each target writes, from the report and the findings to mark (HTML only). */
const RENDERERS: Record<Target, (report: Report, findings: readonly Finding[] | undefined) => string | Uint8Array> = {
  html: (report, findings) => renderHtml(report, findings ? { findings } : {}),
  md: (report) => renderMarkdown(report),
  txt: (report) => renderText(report),
  docx: (report) => renderDocx(report),
};

/** The output file of an input: its name with the target's extension, in `folder` or beside it. */
function outputPath(input: string, target: Target, folder?: string): string {
  const name = `${basename(input, extname(input))}.${target}`;
  return join(folder ?? dirname(input), name);
}

/** Where each input's output goes (`undefined`: standard output); a usage error when unclear. */
function destinations(inputs: readonly string[], target: Target, out: string | undefined): (string | undefined)[] {
  const asFolder = out !== undefined && (inputs.length > 1 || /[/\\]$/.test(out));
  if (inputs.includes('-') && (inputs.length > 1 || (out === undefined && target === 'docx'))) {
    throw new UsageError(
      inputs.length > 1 ? 'standard input (-) can only be rendered alone' : 'give -o FILE for DOCX from standard input',
    );
  }
  const paths = inputs.map((input) => {
    if (out !== undefined && !asFolder) return out;
    if (out === undefined && inputs.length === 1 && target !== 'docx') return undefined;
    return outputPath(input, target, asFolder ? out : undefined);
  });
  const seen = new Set<string>();
  paths.forEach((path, i) => {
    if (path === undefined) return;
    if (seen.has(path)) throw new UsageError(`two inputs would both be written to ${path}; give -o FOLDER/ per input`);
    if (inputs.includes(path)) throw new UsageError(`${inputs[i]}: the output ${path} would overwrite an input`);
    seen.add(path);
  });
  return paths;
}

/**
 * The `render` subcommand.
 *
 * @example
 * ```ts
 * await renderCommand.run(['report.pdf', '--to', 'docx'], io); // writes report.docx
 * await renderCommand.run(['a.html', 'b.pdf', '--to', 'md', '-o', 'out/'], io); // out/a.md, out/b.md
 * ```
 */
export const renderCommand: CliCommand = {
  name: 'render',
  summary: 'publish reports in the official layout as HTML, Markdown, text or Word (DOCX)',
  usage: [
    'zfxxgk render FILE… --to html|md|txt|docx [-o OUT] [--findings] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    readUsage.file('FILE…', 'reports'),
    '  --to T               html (a page with print CSS for A4), md (Markdown), txt (plain text),',
    '                       docx (Word)',
    '  -o, --output OUT     for one input, the file to write (a folder if OUT ends with /); for',
    '                       several, the folder. By default HTML, Markdown and text of one input go',
    '                       to standard output, and DOCX (or several inputs) beside each input.',
    '  --findings           (html) mark the cells and sections with reading and check findings',
    readUsage.lang('the messages'),
    readUsage.inputFormat,
    readUsage.rule,
    '',
    'Exit status: 0 written, 1 written but reading findings of severity error, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      findings: { type: 'boolean' },
    });
    if (values.to === undefined) throw new UsageError(`--to is required: one of ${TARGETS.join(', ')}`);
    const target = oneOf('to', values.to, TARGETS, 'html');
    if (values.findings && target !== 'html') throw new UsageError('--findings marks findings in HTML only');
    if (positionals.length === 0) throw new UsageError('no input file given');
    const settings = readSettings(values);
    const paths = destinations(positionals, target, values.output);
    let errors = false;
    for (const [i, input] of positionals.entries()) {
      const { report, findings } = await loadReport(input, io, settings);
      for (const f of findings) io.stderr(`zfxxgk render: ${input}: ${f.severity} ${f.code} ${f.message}\n`);
      errors ||= findings.some((f) => f.severity === 'error');
      const checked = values.findings
        ? check(report, { lang: settings.lang, ...(settings.rules ? { rules: settings.rules } : {}) })
        : undefined;
      const marked = checked ? [...findings, ...checked] : undefined;
      const output = RENDERERS[target](report, marked);
      const path = paths[i];
      if (path === undefined) io.stdout(output as string);
      else await io.writeFile(path, output);
    }
    return errors ? 1 : 0;
  },
};
