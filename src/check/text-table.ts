/**
 * TEXT-TABLE-MISMATCH: figures that the narrative states for a quantity the tables also hold.
 *
 * Each statement below is a quantity, the wording that states it unambiguously, and the cells
 * that hold it. A sentence is compared only when it matches such wording with a number and a
 * unit right after it; anything looser is left alone, since a wrong warning costs an evaluator
 * more than a missed one. Patterns are bounded (no nested quantifiers), so scanning is linear.
 *
 * @module
 */
import type { Report } from '../model/types.js';
import type { RawFinding } from './relations.js';

type Rows = Record<string, Record<string, number | null> | undefined>;

/** The 总计 of a table 3 row, or the sum of its applicant columns where 总计 is blank. */
function rowTotal(table: Rows, row: string): number {
  const cells = table[row];
  if (!cells) return 0;
  if (typeof cells.total === 'number') return cells.total;
  let sum = 0;
  for (const [column, v] of Object.entries(cells)) if (column !== 'total' && typeof v === 'number') sum += v;
  return sum;
}

const sumRows = (report: Report, prefix: string): number => {
  const t3 = report.table3 as unknown as Rows;
  return Object.keys(t3).filter((k) => k.startsWith(prefix)).reduce((acc, k) => acc + rowTotal(t3, k), 0);
};

interface Statement {
  readonly zh: string;
  readonly en: string;
  /** Group 1 is the number; a pattern without a group states zero ("未收到…申请"). */
  readonly pattern: RegExp;
  /** The sentence must also contain this (keeps counts of other things out). */
  readonly context?: RegExp;
  readonly value: (report: Report) => number;
}

const N = '(\\d+)\\s*(?:件|条|个|宗|起|份)';
const GAP = '[^，,。；;\\d]';
const t3 = (report: Report, row: string) => rowTotal(report.table3 as unknown as Rows, row);
const t4 = (report: Report, group: 'review' | 'litigationDirect' | 'litigationAfterReview') => report.table4[group].total ?? 0;

const STATEMENTS: readonly Statement[] = [
  { zh: '本年新收申请数', en: 'applications received', pattern: new RegExp(`(?:新收|收到|受理)${GAP}{0,14}?(?:申请|请求)${GAP}{0,6}?${N}`), value: (r) => t3(r, 'received') },
  { zh: '本年新收申请数', en: 'applications received', pattern: /(?:未|没有)(?:收到|受理)[^，,。；;\d]{0,14}?申请/, value: (r) => t3(r, 'received') },
  { zh: '上年结转申请数', en: 'applications carried over', pattern: new RegExp(`上年度?结转${GAP}{0,10}?${N}`), value: (r) => t3(r, 'carriedOver') },
  { zh: '办理结果总数', en: 'applications answered', pattern: new RegExp(`(?:办结|答复|办理完毕)${GAP}{0,10}?${N}`), context: /申请/, value: (r) => t3(r, 'outcomeTotal') },
  { zh: '结转下年度办理数', en: 'applications carried forward', pattern: new RegExp(`结转(?:至|到)?下一?年度?${GAP}{0,10}?${N}`), value: (r) => t3(r, 'carriedForward') },
  { zh: '予以公开及部分公开数', en: 'applications granted in full or in part', pattern: new RegExp(`予以公开(?:及|和|、)部分公开${GAP}{0,6}?${N}`), value: (r) => t3(r, 'granted') + t3(r, 'partlyGranted') },
  { zh: '予以公开数', en: 'applications granted', pattern: new RegExp(`予以公开(?![及和、]部分)${GAP}{0,6}?${N}`), context: /申请/, value: (r) => t3(r, 'granted') },
  { zh: '不予公开数', en: 'applications withheld', pattern: new RegExp(`不予公开${GAP}{0,6}?${N}`), context: /申请/, value: (r) => sumRows(r, 'withheld') },
  { zh: '无法提供数', en: 'applications where the information cannot be provided', pattern: new RegExp(`无法提供${GAP}{0,6}?${N}`), context: /申请/, value: (r) => sumRows(r, 'unavailable') },
  { zh: '不予处理数', en: 'applications not processed', pattern: new RegExp(`不予处理${GAP}{0,6}?${N}`), context: /申请/, value: (r) => sumRows(r, 'notProcessed') },
  { zh: '行政复议案件数', en: 'administrative reviews', pattern: new RegExp(`行政复议(?:案件)?${GAP}{0,6}?${N}`), value: (r) => t4(r, 'review') },
  { zh: '行政复议案件数', en: 'administrative reviews', pattern: /(?:未|没有)(?:发生|出现|收到|被|产生)?[^，,。；;\d]{0,12}?行政复议/, value: (r) => t4(r, 'review') },
  { zh: '行政诉讼案件数', en: 'lawsuits', pattern: new RegExp(`(?:行政)?诉讼(?:案件)?${GAP}{0,6}?${N}`), value: (r) => t4(r, 'litigationDirect') + t4(r, 'litigationAfterReview') },
  { zh: '行政诉讼案件数', en: 'lawsuits', pattern: /(?:未|没有)(?:发生|出现|收到|被|产生)?[^，,。；;\d]{0,14}?行政诉讼/, value: (r) => t4(r, 'litigationDirect') + t4(r, 'litigationAfterReview') },
];

const SENTENCE_END = /[。；;！!？?\n]/;
const MAX_QUOTE = 160;

/** Sentences of the narrative parts that speak about applications and cases. */
function sentences(report: Report): string[] {
  const texts = [report.sections.overview?.text, report.sections.requests?.text, report.sections.appeals?.text, ...Object.values(report.topics)];
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const s of text.split(SENTENCE_END)) {
      const trimmed = s.trim();
      if (trimmed) out.push(trimmed);
    }
  }
  return out;
}

/** TEXT-TABLE-MISMATCH: every sentence whose stated figure contradicts the tables. @internal */
export function checkTextAgainstTables(report: Report): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences(report)) {
    // Clauses keep one sentence's several figures apart ("收到申请2件，办结2件").
    for (const statement of STATEMENTS) {
      if (statement.context && !statement.context.test(sentence)) continue;
      const match = statement.pattern.exec(sentence);
      if (!match) continue;
      const stated = match[1] === undefined ? 0 : Number(match[1]);
      const table = statement.value(report);
      const key = `${statement.en}|${stated}|${sentence}`;
      if (stated === table || seen.has(key)) continue;
      seen.add(key);
      const quote = sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE)}…` : sentence;
      out.push({
        code: 'TEXT-TABLE-MISMATCH',
        severity: 'warning',
        path: ['sections'],
        expected: table,
        actual: stated,
        quote,
        messageKey: 'TEXT-TABLE-MISMATCH',
        params: { quantity: statement.zh, quantityEn: statement.en, stated, table, quote },
      });
    }
  }
  return out;
}
