/**
 * Every text the command line writes itself, in Chinese (the default) and English: `--lang`
 * chooses. The findings' messages come from the library in the same language; usage texts live
 * beside their commands.
 *
 * @module
 */
import type { Lang } from '../findings/types.js';
import type { OtherMedium } from './batch/medium.js';
import type { Failure, FileStatus } from './batch/result.js';

const MB = 1024 * 1024;
const mb = (bytes: number): string => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

/**
 * The texts of the command line in one language.
 *
 * @example
 * ```ts
 * cliText('en').summary.files(3, ['checked 3']); // '3 file(s): checked 3'
 * ```
 */
export interface CliText {
  usage: string;
  help: {
    title(version: string): string;
    line: string;
    commands: string;
    options: string;
    help: string;
    version: string;
    lang: string;
    footer: string[];
  };
  errors: {
    unknownCommand(name: string): string;
    internal: string;
    arguments(detail: string): string;
    oneOf(option: string, allowed: readonly string[], got: string): string;
    rule(option: string): string;
    positiveInteger(option: string, got: string): string;
    noInput: string;
    inputCount(expected: number, got: number): string;
    previousYear(previousYear: number, file: string, year: number): string;
    previousWithCrossYear: string;
  };
  load: {
    invalidJson(detail: string): string;
    pdfMissing: string;
    tooLarge(size: number, limit: number): string;
    cannotRead(detail: string): string;
    noReport: string;
    unknownInputFormat(format: string, known: readonly string[]): string;
  };
  inputs: { emptyFolder: string; noMatch: string };
  /** What each kind of file that is not read is. */
  media: Record<OtherMedium, string>;
  /** What to do with it. */
  advice: Record<OtherMedium | 'tooLarge', string>;
  failure: Record<Failure, (detail: string) => string>;
  status: Record<FileStatus, string>;
  findings: {
    none: string;
    values(expected: string, actual: string): string;
    blank: string;
    table(id: string): string;
    place(parts: readonly string[]): string;
    at(places: readonly string[]): string;
    line(line: number, column?: number): string;
    page(page: number): string;
    cell(table: number, row: number, cell: number): string;
    paragraphAt(line: number): string;
    previous(file: string): string;
    unpaired(reason: string): string;
    advice(text: string): string;
    status(label: string, problem: string): string;
    more(n: number): string;
  };
  summary: {
    files(n: number, byStatus: readonly string[]): string;
    findings(errors: number, warnings: number, infos: number): string;
    byCode(codes: readonly string[]): string;
    slowest: string;
    took(seconds: string, rate: string): string;
    tooManyWarnings(count: number, max: number): string;
  };
  crossYear: {
    pairs(n: number): string;
    noMeta: string;
    duplicate(other: string): string;
    noPrevious(year: number): string;
  };
  parse: {
    heading(agency: string, year: string, format: string, level: string, published: string | null): string;
    unknownBody: string;
    unknownYear: string;
    sections(list: string): string;
    none: string;
    units(list: string): string;
    readingFindings: string;
    noReadingFindings: string;
  };
  rollup: { notComparable(count: number, format: string): string };
  scan: {
    duckdbMissing(detail: string): string;
    cannotOpen(path: string, detail: string): string;
    notCorpus: string;
    schemaVersion(found: string, expected: number): string;
    rulesDiffer(rules: string): string;
    notStorable(value: string): string;
    changed: string;
    badShard(value: string): string;
    needTarget: string;
    mergeWithShard: string;
    notShardFolder(dir: string): string;
    twiceInShards(dir: string, count: number): string;
    files(
      total: number,
      read: number,
      stored: number,
      duplicates: number,
      otherShards: number,
      notStored: number,
    ): string;
    statuses(parts: readonly string[]): string;
    merged(count: number, dir: string): string;
    pairs(total: number, added: number, removed: number): string;
    took(seconds: string, rate: string, writing: string): string;
    wrote(dir: string): string;
  };
  query: { notFound(path: string): string; failed(detail: string): string; rows(n: number): string };
  progress(done: number, total: number, rate: string, eta: string): string;
}

const zh: CliText = {
  usage: '用法：',
  help: {
    title: (version) => `zfxxgk ${version}：检查、转换和比对政府信息公开工作年度报告`,
    line: '用法：zfxxgk 命令 [选项] 文件…',
    commands: '命令：',
    options: '选项：',
    help: '  -h, --help     显示本帮助；放在命令之后显示该命令的帮助',
    version: '  -v, --version  显示版本号',
    lang: '  --lang zh|en   界面与消息的语言（默认 zh）',
    footer: [
      '文件可以是 - （标准输入）或文件夹（递归读取）。',
      '退出状态：0 无错误；1 有错误级别的问题；2 用法错误或有文件未能检查。',
      '环境变量：NO_COLOR 关闭颜色。',
    ],
  },
  errors: {
    unknownCommand: (name) => `未知命令 ${JSON.stringify(name)}；运行 zfxxgk --help 查看命令列表`,
    internal: '内部错误（程序缺陷，请附上输入文件报告）',
    arguments: (detail) => `参数有误：${detail}`,
    oneOf: (option, allowed, got) => `--${option} 只能是 ${allowed.join('、')} 之一，收到 ${JSON.stringify(got)}`,
    rule: (option) => `--rule 应为 代码=级别，且代码须为已知的问题代码，收到 ${JSON.stringify(option)}`,
    positiveInteger: (option, got) => `--${option} 应为正整数，收到 ${JSON.stringify(got)}`,
    noInput: '未指定输入文件',
    inputCount: (expected, got) => `需要 ${expected} 个输入文件，收到 ${got} 个`,
    previousYear: (previousYear, file, year) =>
      `--previous 是 ${previousYear} 年度的报告，而 ${file} 是 ${year} 年度的：请给出 ${year - 1} 年度的报告`,
    previousWithCrossYear: '--previous 与 --cross-year 不能同时使用',
  },
  load: {
    invalidJson: (detail) => `不是有效的 JSON：${detail}`,
    pdfMissing: '读取 PDF 需要 pdf.js（pdfjs-dist），它通常随 zfxxgk 一起安装；请运行 npm install pdfjs-dist',
    tooLarge: (size, limit) => `文件过大：${mb(size)} MB，超过 ${mb(limit)} MB 的上限`,
    cannotRead: (detail) => `无法读取：${detail}`,
    noReport: '文件中找不到年度报告',
    unknownInputFormat: (format, known) => `未知的输入格式 ${JSON.stringify(format)}；可用：${known.join('、')}`,
  },
  inputs: { emptyFolder: '文件夹中没有可读取的文件', noMatch: '没有与该模式匹配的文件' },
  media: {
    image: '图片文件（扫描件或截图），没有可读取的文字',
    spreadsheet: 'Excel 电子表格（.xlsx）',
    'legacy-word': '旧版 Word 或 WPS 文字文档（.doc / .wps）',
    'legacy-spreadsheet': '旧版 Excel 或 WPS 表格（.xls / .et）',
    presentation: '演示文稿（PowerPoint / WPS 演示）',
    ofd: 'OFD 版式文档',
    odt: 'OpenDocument 文档（.odt）',
    rtf: 'RTF 文档',
    archive: '压缩包（ZIP）',
    'encrypted-office': '设有密码的 Office 文档',
    binary: '无法识别的二进制文件',
    empty: '空文件',
  },
  advice: {
    image: '请使用报告的文字版本（网页、带文字层的 PDF 或 Word 文档）',
    spreadsheet: '请将报告导出为长表 CSV（table,row,column,value），或使用已发布报告的 PDF / Word 版本',
    'legacy-word': '请在 Word 或 WPS 中“另存为” .docx 或 PDF 后再检查',
    'legacy-spreadsheet': '请将报告导出为长表 CSV（table,row,column,value），或使用已发布报告的 PDF / Word 版本',
    presentation: '请使用报告的文字版本（网页、PDF 或 Word 文档）',
    ofd: '请用 OFD 阅读器将其转换为 PDF 后再检查',
    odt: '请在 WPS、Word 或 LibreOffice 中另存为 .docx 或 PDF 后再检查',
    rtf: '请在 Word 或 WPS 中另存为 .docx 或 PDF 后再检查',
    archive: '请先解压，再检查解压出的文件夹',
    'encrypted-office': '请去除密码后另存为 .docx 或 PDF 再检查',
    binary: '请使用报告的网页、PDF、Word（.docx）、JSON 或长表 CSV 版本',
    empty: '请检查文件是否下载或保存完整',
    tooLarge: '年度报告通常只有几 MB；如确需读取，请用 --max-size 提高上限',
  },
  failure: {
    timeout: (seconds) => `超时：读取与检查超过 ${seconds} 秒，已中止（可用 --timeout 调整）`,
    'out-of-memory': () => '内存不足：读取时超过内存上限，已中止（可用 --max-memory 调整）',
    crash: (detail) => `读取时出错（程序缺陷，请附上该文件报告）：${detail}`,
  },
  status: { checked: '已检查', unreadable: '无法读取', unsupported: '不支持', failed: '失败' },
  findings: {
    none: '无问题',
    values: (expected, actual) => `（应为 ${expected}，实为 ${actual}）`,
    blank: '空白',
    table: (id) => `表${id}`,
    place: (parts) => `[${parts.join(' / ')}] `,
    at: (places) => `位置：${places.join('；')}`,
    line: (line, column) => (column === undefined ? `第 ${line} 行` : `第 ${line} 行第 ${column} 列`),
    page: (page) => `第 ${page} 页`,
    cell: (table, row, cell) => `第 ${table} 个表格第 ${row} 行第 ${cell} 格`,
    paragraphAt: (line) => `源文件第 ${line} 行`,
    previous: (file) => `上一年度：${file}`,
    unpaired: (reason) => `未能跨年度配对：${reason}`,
    advice: (text) => `建议：${text}`,
    status: (label, problem) => `${label}：${problem}`,
    more: (n) => `等，另有 ${n} 处`,
  },
  summary: {
    files: (n, byStatus) => `共 ${n} 个文件${byStatus.length ? `：${byStatus.join('，')}` : ''}`,
    findings: (errors, warnings, infos) => `错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个`,
    byCode: (codes) => `按代码：${codes.join('，')}`,
    slowest: '最慢的文件：',
    took: (seconds, rate) => `用时 ${seconds} 秒（每秒 ${rate} 个文件）`,
    tooManyWarnings: (count, max) => `警告 ${count} 个，超过 --max-warnings ${max}`,
  },
  crossYear: {
    pairs: (n) => `跨年度对照：${n} 对`,
    noMeta: '缺少发布机关或年度，无法配对',
    duplicate: (other) => `与 ${other} 是同一机关同一年度，无法确定用哪一份配对`,
    noPrevious: (year) => `输入中没有该机关 ${year} 年度的报告`,
  },
  parse: {
    heading: (agency, year, format, level, published) =>
      `${agency} ${year} · ${format} 版格式 · ${level}${published ? ` · 发布于 ${published}` : ''}`,
    unknownBody: '（发布机关不详）',
    unknownYear: '（年度不详）',
    sections: (list) => `部分：${list}`,
    none: '（无）',
    units: (list) => `单位：${list}`,
    readingFindings: '读取提示：',
    noReadingFindings: '读取提示：无',
  },
  rollup: { notComparable: (count, format) => `${format} 版格式中有 ${count} 个单元格不可比，未计入` },
  scan: {
    duckdbMissing: (detail) =>
      `语料库数据库需要 DuckDB（@duckdb/node-api），它通常随 zfxxgk 一起安装；请运行 npm install @duckdb/node-api（${detail}）`,
    cannotOpen: (path, detail) => `无法打开数据库 ${path}（可能另一进程正在写入）：${detail}`,
    notCorpus: '该数据库不是 zfxxgk 语料库数据库（没有 meta 表）：请指定新文件',
    schemaVersion: (found, expected) =>
      `该数据库的结构版本为 ${found}，本版 zfxxgk 写入版本 ${expected}：请扫描到新的数据库文件`,
    rulesDiffer: (rules) => `该数据库是以 --rule 设置 ${rules} 建立的：请使用相同设置，或扫描到新的数据库文件`,
    notStorable: (value) => `数值 ${value} 无法在数据库中精确存储（最多 6 位小数），未存入其报告`,
    changed: '读取期间文件内容发生变化，请重新扫描',
    badShard: (value) => `--shard 应为 K/N（0 ≤ K < N），收到 ${JSON.stringify(value)}`,
    needTarget: '请用 --db 指定数据库文件，或用 --out 指定 Parquet 输出文件夹',
    mergeWithShard: '--merge 将分片合并到 --db 指定的数据库，不能与 --shard 或 --out 同时使用',
    notShardFolder: (dir) => `${dir} 不是 zfxxgk scan --out 写出的文件夹（没有 meta 或 documents）`,
    twiceInShards: (dir, count) => `${dir} 中有 ${count} 份文档出现了不止一次（是否混入了另一次分片运行的输出？）`,
    files: (total, read, stored, duplicates, otherShards, notStored) =>
      `共 ${total} 个文件：读取 ${read}，已在数据库中 ${stored}，内容重复 ${duplicates}` +
      `${otherShards ? `，属于其他分片 ${otherShards}` : ''}${notStored ? `，未存入 ${notStored}` : ''}`,
    statuses: (parts) => `存入：${parts.join('，')}`,
    merged: (count, dir) => `从 ${dir} 合并 ${count} 份文档`,
    pairs: (total, added, removed) => `跨年度对照：${total} 对（新增 ${added}，移除 ${removed}）`,
    took: (seconds, rate, writing) => `用时 ${seconds} 秒（每秒 ${rate} 份文档），其中写入数据库 ${writing} 秒`,
    wrote: (dir) => `Parquet 文件已写入 ${dir}`,
  },
  query: {
    notFound: (path) => `找不到数据库或 Parquet 文件夹 ${path}`,
    failed: (detail) => `查询失败：${detail}`,
    rows: (n) => `（${n} 行）`,
  },
  progress: (done, total, rate, eta) => `已完成 ${done}/${total} · 每秒 ${rate} 个 · 预计还需 ${eta} 秒`,
};

const en: CliText = {
  usage: 'Usage: ',
  help: {
    title: (version) =>
      `zfxxgk ${version}: check, convert and compare 政府信息公开工作年度报告 (annual government information disclosure reports)`,
    line: 'Usage: zfxxgk COMMAND [OPTIONS] FILE…',
    commands: 'Commands:',
    options: 'Options:',
    help: "  -h, --help     show this help, or a command's help after the command",
    version: '  -v, --version  show the version',
    lang: '  --lang zh|en   language of the texts and messages (default zh)',
    footer: [
      'FILE may be - for standard input, or a folder (read recursively).',
      'Exit status: 0 no error findings, 1 error findings, 2 usage errors or a file that could not be checked.',
      'Environment: NO_COLOR disables colour.',
    ],
  },
  errors: {
    unknownCommand: (name) => `unknown command ${JSON.stringify(name)}; run zfxxgk --help for the list`,
    internal: 'internal error (a bug: please report it with the input)',
    arguments: (detail) => `bad arguments: ${detail}`,
    oneOf: (option, allowed, got) => `--${option} must be one of ${allowed.join(', ')}, got ${JSON.stringify(got)}`,
    rule: (option) => `--rule expects CODE=SETTING with a known finding code, got ${JSON.stringify(option)}`,
    positiveInteger: (option, got) => `--${option} must be a positive integer, got ${JSON.stringify(got)}`,
    noInput: 'no input file given',
    inputCount: (expected, got) => `expected ${expected} input file(s), got ${got}`,
    previousYear: (previousYear, file, year) =>
      `--previous is about ${previousYear}, but ${file} is about ${year}: give the report of ${year - 1}`,
    previousWithCrossYear: '--previous and --cross-year cannot be used together',
  },
  load: {
    invalidJson: (detail) => `not valid JSON: ${detail}`,
    pdfMissing: 'reading PDF needs pdf.js (pdfjs-dist), normally installed with zfxxgk: run `npm install pdfjs-dist`',
    tooLarge: (size, limit) => `too large: ${mb(size)} MB, over the limit of ${mb(limit)} MB`,
    cannotRead: (detail) => `cannot read: ${detail}`,
    noReport: 'no annual report was found in the file',
    unknownInputFormat: (format, known) =>
      `unknown input format ${JSON.stringify(format)}; expected one of ${known.join(', ')}`,
  },
  inputs: { emptyFolder: 'the folder holds no file to read', noMatch: 'no file matches the pattern' },
  media: {
    image: 'an image (a scan or a screenshot): no text to read',
    spreadsheet: 'an Excel spreadsheet (.xlsx)',
    'legacy-word': 'a legacy Word or WPS document (.doc / .wps)',
    'legacy-spreadsheet': 'a legacy Excel or WPS spreadsheet (.xls / .et)',
    presentation: 'a presentation (PowerPoint / WPS)',
    ofd: 'an OFD document',
    odt: 'an OpenDocument text (.odt)',
    rtf: 'an RTF document',
    archive: 'a ZIP archive',
    'encrypted-office': 'a password-protected Office document',
    binary: 'binary data of an unknown kind',
    empty: 'an empty file',
  },
  advice: {
    image: 'use a text version of the report (the web page, a PDF with text, or the Word document)',
    spreadsheet:
      'export the report as the interchange CSV (table,row,column,value), or use the PDF or Word version that was published',
    'legacy-word': 'open it in Word or WPS and save it as .docx or PDF, then check that',
    'legacy-spreadsheet':
      'export the report as the interchange CSV (table,row,column,value), or use the PDF or Word version that was published',
    presentation: 'use a text version of the report (the web page, a PDF or the Word document)',
    ofd: 'convert it to PDF with an OFD reader, then check that',
    odt: 'save it as .docx or PDF in WPS, Word or LibreOffice, then check that',
    rtf: 'save it as .docx or PDF in Word or WPS, then check that',
    archive: 'unpack it, then check the folder',
    'encrypted-office': 'remove the password and save it as .docx or PDF, then check that',
    binary: 'use the web page, PDF, Word (.docx), JSON or interchange CSV version of the report',
    empty: 'check that the file was downloaded or saved completely',
    tooLarge: 'annual reports are a few MB; to read it anyway, raise the limit with --max-size',
  },
  failure: {
    timeout: (seconds) => `timed out: reading and checking took over ${seconds} s and was stopped (see --timeout)`,
    'out-of-memory': () => 'out of memory: reading went over the memory limit and was stopped (see --max-memory)',
    crash: (detail) => `reading failed (a bug: please report it with this file): ${detail}`,
  },
  status: { checked: 'checked', unreadable: 'unreadable', unsupported: 'unsupported', failed: 'failed' },
  findings: {
    none: 'no findings',
    values: (expected, actual) => ` (expected ${expected}, actual ${actual})`,
    blank: 'blank',
    table: (id) => `table ${id}`,
    place: (parts) => `[${parts.join(' / ')}] `,
    at: (places) => `at ${places.join('; ')}`,
    line: (line, column) => (column === undefined ? `line ${line}` : `line ${line}, column ${column}`),
    page: (page) => `page ${page}`,
    cell: (table, row, cell) => `table ${table}, row ${row}, cell ${cell}`,
    paragraphAt: (line) => `line ${line} of the source`,
    previous: (file) => `previous year: ${file}`,
    unpaired: (reason) => `not paired: ${reason}`,
    advice: (text) => `what to do: ${text}`,
    status: (label, problem) => `${label}: ${problem}`,
    more: (n) => `and ${n} more`,
  },
  summary: {
    files: (n, byStatus) => `${n} file(s)${byStatus.length ? `: ${byStatus.join(', ')}` : ''}`,
    findings: (errors, warnings, infos) => `${errors} error(s), ${warnings} warning(s), ${infos} info(s)`,
    byCode: (codes) => `By code: ${codes.join(', ')}`,
    slowest: 'Slowest files:',
    took: (seconds, rate) => `took ${seconds} s (${rate} files/s)`,
    tooManyWarnings: (count, max) => `${count} warning(s), more than --max-warnings ${max}`,
  },
  crossYear: {
    pairs: (n) => `cross-year: ${n} pair(s)`,
    noMeta: 'no issuing body or year was read, so it cannot be paired',
    duplicate: (other) => `the same body and year as ${other}: which one to pair is unclear`,
    noPrevious: (year) => `the inputs hold no report of this body for ${year}`,
  },
  parse: {
    heading: (agency, year, format, level, published) =>
      `${agency} ${year} · ${format} format · ${level}${published ? ` · published ${published}` : ''}`,
    unknownBody: '(body unknown)',
    unknownYear: '(year unknown)',
    sections: (list) => `sections: ${list}`,
    none: '(none)',
    units: (list) => `units: ${list}`,
    readingFindings: 'reading findings:',
    noReadingFindings: 'reading findings: none',
  },
  rollup: {
    notComparable: (count, format) => `${count} cell(s) of the ${format} format not comparable, left out`,
  },
  scan: {
    duckdbMissing: (detail) =>
      `the corpus database needs DuckDB (@duckdb/node-api), normally installed with zfxxgk: run \`npm install @duckdb/node-api\` (${detail})`,
    cannotOpen: (path, detail) => `cannot open the database ${path} (is another process writing it?): ${detail}`,
    notCorpus: 'the database is not a zfxxgk corpus database (it has no meta table): give a new file',
    schemaVersion: (found, expected) =>
      `the database has schema version ${found}, this zfxxgk writes version ${expected}: scan into a new database file`,
    rulesDiffer: (rules) =>
      `the database was built with the --rule settings ${rules}: use the same, or scan into a new database file`,
    notStorable: (value) =>
      `the value ${value} cannot be stored exactly in the database (at most 6 decimals): its report was not stored`,
    changed: 'the file changed while it was read: scan it again',
    badShard: (value) => `--shard must be K/N with 0 ≤ K < N, got ${JSON.stringify(value)}`,
    needTarget: 'give the database file with --db, or the folder for Parquet files with --out',
    mergeWithShard: '--merge merges shards into the database of --db: it cannot be used with --shard or --out',
    notShardFolder: (dir) => `${dir} is not a folder written by zfxxgk scan --out (it has no meta or documents)`,
    twiceInShards: (dir, count) =>
      `${count} document(s) appear more than once in ${dir} (does it hold the output of another sharded run?)`,
    files: (total, read, stored, duplicates, otherShards, notStored) =>
      `${total} file(s): ${read} read, ${stored} already in the database, ${duplicates} duplicate(s)` +
      `${otherShards ? `, ${otherShards} in other shards` : ''}${notStored ? `, ${notStored} not stored` : ''}`,
    statuses: (parts) => `stored: ${parts.join(', ')}`,
    merged: (count, dir) => `merged ${count} document(s) from ${dir}`,
    pairs: (total, added, removed) => `cross-year: ${total} pair(s) (${added} added, ${removed} removed)`,
    took: (seconds, rate, writing) =>
      `took ${seconds} s (${rate} documents/s), of which ${writing} s writing the database`,
    wrote: (dir) => `Parquet files written to ${dir}`,
  },
  query: {
    notFound: (path) => `no database or Parquet folder at ${path}`,
    failed: (detail) => `the query failed: ${detail}`,
    rows: (n) => `(${n} row${n === 1 ? '' : 's'})`,
  },
  progress: (done, total, rate, eta) => `${done}/${total} done · ${rate} files/s · about ${eta} s left`,
};

/**
 * The texts of the command line in a language.
 *
 * @example
 * ```ts
 * cliText('zh').findings.none; // '无问题'
 * ```
 */
export function cliText(lang: Lang): CliText {
  return lang === 'en' ? en : zh;
}
