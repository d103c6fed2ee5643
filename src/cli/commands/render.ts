/**
 * `zfxxgk render FILE… --to html|md|txt|docx [-o OUT]`: publishes reports in the official layout,
 * from any input the other commands read, so `zfxxgk render report.pdf --to docx` turns a
 * published PDF into an editable Word file.
 *
 * Where the output goes: for one input file, to OUT (a file, or a folder when OUT ends with `/`),
 * else to standard output (HTML, Markdown, text) or beside the input (DOCX); for several inputs (or
 * a folder, or a glob), into the folder OUT, else beside each input, named after the input with the
 * new extension.
 *
 * @module
 */
import { basename, dirname, extname, join } from 'node:path';
import { check } from '../../check/index.js';
import type { Finding, Lang } from '../../findings/types.js';
import type { Report } from '../../model/types.js';
import { renderDocx } from '../../render/docx/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../render/index.js';
import type { CliCommand } from '../command.js';
import { cliText } from '../i18n.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { BATCH_OPTIONS, batchSettings, loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

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

/**
 * Where each file read goes (`undefined`: standard output); a usage error when that is unclear,
 * when two would go to one place, or when one would overwrite an input.
 */
function destinations(
  files: readonly string[],
  single: boolean,
  target: Target,
  out: string | undefined,
  lang: Lang,
): (string | undefined)[] {
  const zh = lang === 'zh';
  const asFolder = out !== undefined && (!single || /[/\\]$/.test(out));
  if (files.includes('-') && out === undefined && target === 'docx') {
    throw new UsageError(zh ? '从标准输入生成 DOCX 时请用 -o 指定文件' : 'give -o FILE for DOCX from standard input');
  }
  const paths = files.map((file) => {
    if (out !== undefined && !asFolder) return out;
    if (out === undefined && single && target !== 'docx') return undefined;
    if (file === '-') throw new UsageError(zh ? '标准输入需与 -o 一起使用' : 'standard input needs -o');
    return outputPath(file, target, asFolder ? out : undefined);
  });
  const seen = new Set<string>();
  paths.forEach((path, i) => {
    if (path === undefined) return;
    if (seen.has(path))
      throw new UsageError(zh ? `两个输入都将写入 ${path}` : `two inputs would both be written to ${path}`);
    if (files.includes(path))
      throw new UsageError(
        zh ? `${files[i]}：输出 ${path} 将覆盖输入文件` : `${files[i]}: the output ${path} would overwrite an input`,
      );
    seen.add(path);
  });
  return paths;
}

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk render FILE… --to html|md|txt|docx [-o OUT] [--findings] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S] [folder options]',
    '',
    u.file('FILE…', zh ? '报告' : 'reports'),
    u.folders,
    zh
      ? '  --to T               html（带 A4 打印样式的网页）、md（Markdown）、txt（纯文本）、docx（Word）'
      : '  --to T               html (a page with print CSS for A4), md (Markdown), txt (plain text), docx (Word)',
    zh
      ? '  -o, --output OUT     一个输入时为输出文件（以 / 结尾则为文件夹），多个输入时为文件夹。'
      : '  -o, --output OUT     for one input, the file to write (a folder if OUT ends with /); for several, the folder.',
    zh
      ? '                       默认：一个输入的 HTML、Markdown、文本写到标准输出，DOCX（或多个输入）写在各输入旁边'
      : '                       By default HTML, Markdown and text of one input go to standard output, DOCX (or several inputs) beside each input',
    zh
      ? '  --findings           （html）标出有读取问题和检查问题的单元格与部分'
      : '  --findings           (html) mark the cells and sections with reading and check findings',
    u.lang(zh ? '提示信息' : 'the messages'),
    u.inputFormat,
    u.rule,
    ...u.batch,
    '',
    zh
      ? '退出状态：0 已写出；1 已写出但读取时有错误级问题；2 用法或输入错误。'
      : 'Exit status: 0 written, 1 written but reading findings of severity error, 2 usage or input errors.',
  ].join('\n');
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
  summary: {
    zh: '按官方版式输出报告：HTML、Markdown、纯文本或 Word（DOCX）',
    en: 'publish reports in the official layout as HTML, Markdown, text or Word (DOCX)',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      ...BATCH_OPTIONS,
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      findings: { type: 'boolean' },
    });
    const settings = readSettings(values);
    const { lang } = settings;
    const zh = lang === 'zh';
    if (values.to === undefined)
      throw new UsageError(
        zh ? `缺少 --to：${TARGETS.join('、')} 之一` : `--to is required: one of ${TARGETS.join(', ')}`,
      );
    const target = oneOf('to', values.to, TARGETS, 'html', lang);
    if (values.findings && target !== 'html')
      throw new UsageError(zh ? '--findings 只用于 HTML' : '--findings marks findings in HTML only');
    if (positionals.length === 0) throw new UsageError(cliText(lang).errors.noInput);
    const read = await loadReports('render', positionals, io, settings, batchSettings(values, lang, io));
    // One input is one file named on the command line; a folder or a glob is several.
    const [first] = positionals;
    const single = positionals.length === 1 && (first === '-' || (await io.stat(first as string))?.kind === 'file');
    const paths = destinations(
      read.map((r) => r.file),
      single,
      target,
      values.output,
      lang,
    );
    for (const [i, { report, findings }] of read.entries()) {
      const rules = settings.rules ? { rules: settings.rules } : {};
      const marked = values.findings ? [...findings, ...check(report, { lang, ...rules })] : undefined;
      const output = RENDERERS[target](report, marked);
      const path = paths[i];
      if (path === undefined) io.stdout(output as string);
      else await io.writeFile(path, output);
    }
    return read.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
