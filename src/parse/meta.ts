/**
 * Who issued a report, for which year, and when it was published: read from the title, the lines
 * around it and the preamble, and from the signature and date block that closes the report. The
 * body's name is taken from the title or the signature only, never from a sentence (`2023年，我县…`
 * names no body).
 *
 * @module
 */
import type { BodyLevel } from '../model/types.js';
import { isIsoDate } from '../model/validate.js';

/** What the title and preamble say about the report. */
export interface MetaReading {
  agency?: string;
  year?: number;
  /** True when the year was taken from the running text rather than the title. */
  yearFromText?: boolean;
  published?: string;
  /** Index (in the lines given) of the title, of the publication date. */
  titleLine?: number;
  publishedLine?: number;
}

// Linear patterns: every quantifier is over a class that the next token cannot match.
const TITLE_YEAR = /(20\d{2})\s*年/;
const REPORT_WORDS = /政府信息公开|年度报告|年报/;
const DATE_LABEL =
  /(?:发布日期|公开日期|发布时间|成文日期|日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const TEXT_YEAR = /(20\d{2})\s*年/;
const PERIOD_YEAR = /统计期限[^。]{0,12}?(20\d{2})\s*年/;
const NOISE_BEFORE = /^.*(?:\s[-–—]\s|[:：_])/;

/** Punctuation that ends or splits a sentence: a line holding it is running text, not a title. */
const IN_SENTENCE = /[，。；！？,;!?]/;

/**
 * Reads the issuing body, the year and the publication date from the lines before the first
 * section heading (`head`) and, for the year only, from the running text after it (`body`). The
 * body is named by the title; failing that, by the signature block among the last lines of the
 * report (`tail`), never by a sentence.
 *
 * @example
 * ```ts
 * readMeta(['2019年上海市人民政府办公厅政府信息公开工作年度报告', '发布日期：2020-01-31'], []);
 * // { agency: '上海市人民政府办公厅', year: 2019, published: '2020-01-31', titleLine: 0, publishedLine: 1 }
 * readMeta(['2024年，我县县政府信息公开工作取得新进展'], [], ['淮安县人民政府', '2025年1月20日']).agency;
 * // '淮安县人民政府'
 * readMeta(['淮安市人民政府', '2024 年政府信息公开工作年度报告'], []).agency; // '淮安市人民政府'
 * ```
 */
export function readMeta(head: readonly string[], body: readonly string[], tail: readonly string[] = []): MetaReading {
  const out: MetaReading = {};
  for (let i = 0; i < head.length; i++) {
    const line = (head[i] as string).slice(0, 400);
    // A title is a line of its own; a sentence that mentions the year and the report is not one.
    const titleLike = !IN_SENTENCE.test(line.replace(NOISE_BEFORE, ''));
    if (out.titleLine === undefined && titleLike && REPORT_WORDS.test(line) && TITLE_YEAR.test(line)) {
      // A title broken over two lines: 市政府研究室2019年政府信息公开 / 工作年度报告.
      const title = line.includes('报') ? line : `${line}${(head[i + 1] ?? '').slice(0, 100)}`;
      const found = titleParts(title);
      if (found.year !== undefined) {
        out.year = found.year;
        // A title whose body's name is on a line of its own above it: 淮安市人民政府 / 2024年政府信息公开….
        const agency = found.agency ?? (i > 0 && startsWithYear(line) ? asBodyName(head[i - 1] as string) : undefined);
        if (agency) out.agency = agency;
        out.titleLine = i;
      }
    }
    if (out.published === undefined) {
      const m = DATE_LABEL.exec(line);
      if (m) {
        const date = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
        if (isIsoDate(date)) {
          out.published = date;
          out.publishedLine = i;
        }
      }
    }
  }
  if (out.agency === undefined) {
    const signed = findSignature(tail)?.agency;
    if (signed) out.agency = signed;
  }
  if (out.year === undefined) {
    const text = [...head, ...body.slice(0, 20)].map((l) => l.slice(0, 400));
    const m = text.map((l) => PERIOD_YEAR.exec(l)).find(Boolean) ?? text.map((l) => TEXT_YEAR.exec(l)).find(Boolean);
    if (m) {
      out.year = Number(m[1]);
      out.yearFromText = true;
    }
  }
  return out;
}

/** Whether a title line opens with its year: the body, if printed, stands elsewhere. */
const startsWithYear = (line: string): boolean => TITLE_YEAR.exec(line.replace(NOISE_BEFORE, '').trim())?.index === 0;

function titleParts(title: string): { agency?: string; year?: number } {
  const m = TITLE_YEAR.exec(title);
  if (!m) return {};
  const year = Number(m[1]);
  const before = title.slice(0, m.index).replace(NOISE_BEFORE, '').trim();
  if (before) return isName(before) ? { agency: before, year } : { year };
  const after = title.slice(m.index + m[0].length).replace(/^度/, '');
  // 2019年上海市…政府信息公开…: the body follows the year; 2020年报_审计局: it follows 年报.
  const rest = after.replace(/^报[\s_:：-]*/, '');
  const end = rest.search(/政府信息公开|年度报告/);
  const agency = (end >= 0 ? rest.slice(0, end) : rest).trim();
  return agency && agency.length <= 40 && isName(agency) ? { agency, year } : { year };
}

/** Whether a title's text before or after the year can be a body's name: not running text, not 我县. */
const isName = (text: string): boolean => !SENTENCE.test(text) && !PRONOUN.test(text);

const GOVERNMENT = '人民政府';
const TOWNSHIP = /(?:乡|镇|街道|街道办事处|办事处)$/;
const DEPARTMENT = /(?:局|委|委员会|管委会|办|办公室|办公厅|厅|中心|院|署|所|站|队|馆|部|处|室)$/;

/**
 * The level of a body from its name: a 人民政府 (of a 乡/镇/街道: township), a township or 街道
 * office, a department (局/委/办/厅/中心/…), or other.
 *
 * @example
 * ```ts
 * bodyLevel('北关区应急管理局'); // 'department'
 * bodyLevel('淮安市人民政府'); // 'government'
 * bodyLevel('昌图县七家子镇'); // 'township'
 * ```
 */
export function bodyLevel(agency: string): BodyLevel {
  const name = agency.trim();
  if (name.endsWith(GOVERNMENT)) return TOWNSHIP.test(name.slice(0, -GOVERNMENT.length)) ? 'township' : 'government';
  if (TOWNSHIP.test(name)) return 'township';
  if (DEPARTMENT.test(name)) return 'department';
  return 'other';
}

/** The signature block found among lines. */
export interface Signature {
  /** Index (in the lines given) of the date line: the last line of the report. */
  readonly dateLine: number;
  /** The body named just before the date, when it names one. */
  readonly agency?: string;
}

const DIGIT_DATE = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const NUMERAL_DATE = /[〇○零Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/;
/** A line that is a date and nothing else, or a body's name followed by the date. */
const DAY = 0x65e5; // 日
const DATE_LINE = new RegExp(`^(.{0,40}?)\\s*(?:${DIGIT_DATE.source}|${NUMERAL_DATE.source})$`);
/** Sentence punctuation: a line holding it is running text, not a name. */
const SENTENCE = /[，。；！？,;!?：:、]/;
/** How running text refers to the body itself: 我县, 我局, 本机关 are no names. */
const PRONOUN = /^[我本该]/;
/** Longest body name accepted (the longest seen are about 30 characters). */
const MAX_NAME = 40;
/** Lines before the date that may still belong to the block (an empty stamp line, a seal note). */
const MAX_GAP = 1;

/**
 * A body's name as a signature or a title prints it: no sentence punctuation, not too long, not a
 * pronoun (我县, 本机关), and ending like a body (a 人民政府, a township, a department; see
 * {@link bodyLevel}).
 */
function asBodyName(text: string): string | undefined {
  const name = text.replace(/\s+/g, '');
  if (!name || name.length > MAX_NAME || SENTENCE.test(name) || PRONOUN.test(name)) return undefined;
  return bodyLevel(name) === 'other' ? undefined : name;
}

/**
 * The last signature block among `lines` (paragraph texts in document order), or `undefined`.
 * Only a date line counts: a name alone could be a heading or a link.
 *
 * @example
 * ```ts
 * findSignature(['本年度未收取信息处理费。', '北关区应急管理局', '2025年1月20日', '扫一扫在手机上查看当前页面']);
 * // { dateLine: 2, agency: '北关区应急管理局' }
 * ```
 */
export function findSignature(lines: readonly string[]): Signature | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] as string).trim();
    // A date line ends with 日: other lines are not tried against the expression.
    if (line.length > MAX_NAME + 20 || line.charCodeAt(line.length - 1) !== DAY) continue;
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const before = (m[1] as string).trim();
    if (before) {
      // `北关区应急管理局 2025年1月20日` on one line; a sentence ending in a date is not a signature.
      const agency = asBodyName(before);
      if (agency) return { dateLine: i, agency };
      continue;
    }
    for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_GAP); j--) {
      const agency = asBodyName(lines[j] as string);
      if (agency) return { dateLine: i, agency };
    }
    return { dateLine: i };
  }
  return undefined;
}
