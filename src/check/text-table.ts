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
import { columnWithRole, FORMAT_VERSIONS, getTable, rowsWithRole } from '../format/index.js';
import type { FormatVersion, RowRole } from '../format/grid.js';
import type { ReadonlyReport } from '../model/types.js';
import { REPORT } from '../findings/report.js';
import { type FindingSink, ruleOf } from '../findings/write.js';
import { ASSESSMENT_WORDS, assessmentDue, topicsApart } from './narrative.js';
import type { CheckContext } from './relations.js';

/**
 * A quantity the tables hold: the sum, over the rows of a table with the given roles, of each
 * row's 总计 (or, where it is blank, of the columns it totals).
 */
interface Quantity {
  readonly table: '3' | '4';
  readonly rows: readonly RowRole[];
}

/** Where a quantity is in a format: per row, its key, its 总计 column and the columns it totals. */
type QuantityCells = readonly { readonly row: string; readonly total: string; readonly parts: readonly string[] }[];

/** The cells of a quantity in a format, from the roles of its rows and columns. */
function cellsOf(format: FormatVersion, quantity: Quantity): QuantityCells {
  const def = getTable(format, quantity.table);
  return def.blocks.flatMap((block) => {
    const total = columnWithRole(block, 'total');
    const parts = block.columns.filter((c) => c !== total).map((c) => c.key);
    return rowsWithRole({ ...def, blocks: [block] }, quantity.rows).map((r) => ({
      row: r.key,
      total: total.key,
      parts,
    }));
  });
}

/** What the tables say of a quantity: the sum over its rows, from the table's rows by key. */
type QuantityReader = (rows: Readonly<Record<string, unknown>>) => number;

/** Sums a quantity's cells walking its list: where code generation is refused. */
const walkQuantity =
  (cells: QuantityCells): QuantityReader =>
  (rows) => {
    let sum = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as QuantityCells[number];
      const values = rows[cell.row] as Record<string, unknown> | undefined;
      const printed = values?.[cell.total];
      if (typeof printed === 'number') sum += printed;
      else if (values) for (const column of cell.parts) if (typeof values[column] === 'number') sum += values[column];
    }
    return sum;
  };

/**
 * The reader of a quantity, written out as straight-line code with one constant key per property
 * load where code generation is allowed (as the cell reader of the relations is): the walk reads
 * each row and cell by a key that changes from load to load, which V8 cannot cache, and took a
 * third of comparing the narrative of a report with blank totals (every part of every row is then
 * read). The same sums in the same order; keys come from the format definitions, as JSON literals.
 */
function quantityReader(cells: QuantityCells): QuantityReader {
  const q = (key: string) => JSON.stringify(key);
  const lines = ['let sum = 0, values, v;'];
  for (const { row, total, parts } of cells) {
    lines.push(`values = rows[${q(row)}]; v = values?.[${q(total)}];`, "if (typeof v === 'number') sum += v;");
    lines.push(
      `else if (values) { ${parts.map((p) => `v = values[${q(p)}]; if (typeof v === 'number') sum += v;`).join(' ')} }`,
    );
  }
  lines.push('return sum;');
  try {
    return new Function('rows', lines.join('\n')) as QuantityReader;
  } catch {
    return walkQuantity(cells);
  }
}

interface Statement {
  readonly zh: string;
  readonly en: string;
  /** Words one of which the sentence must contain before the pattern is tried (a cheap prefilter). */
  readonly words: readonly string[];
  /**
   * The wording, as a global expression (it is run with `test`, from `lastIndex` 0). A figure's
   * pattern ends with the number and its unit ({@link N}); a zero statement's ("未收到…申请") has
   * no number.
   */
  readonly pattern: RegExp;
  /** Whether the statement says there were none: its pattern has no number. */
  readonly zero?: true;
  /**
   * What else must be said for the figure to be about this quantity (keeps counts of other
   * things out), and where: in the sentence, or anywhere in its paragraph (Shanghai 2019 lists
   * "无法提供265件" in its own clause after the paragraph has said it is about 申请). The section
   * heading counts as part of both.
   */
  readonly context?: { readonly pattern: RegExp; readonly within: 'sentence' | 'paragraph' };
  /** What the tables say of it. */
  readonly quantity: Quantity;
}

const N = '(\\d+)\\s*(?:件|条|个|宗|起|份)';
const GAP = '[^，,。；;\\d]';
/** A gap that does not run through 复议 or 诉讼, so "收到行政复议申请3件" is not an application count. */
const GAP_NOT_CASES = '(?:(?!复议|诉讼)[^，,。；;\\d])';
const ABOUT_APPLICATIONS = /申请/;
const ABOUT_DISCLOSURE = /信息公开|政府信息/;
const t3 = (...rows: RowRole[]): Quantity => ({ table: '3', rows });
const t4 = (...rows: RowRole[]): Quantity => ({ table: '4', rows });

const STATEMENTS: readonly Statement[] = [
  {
    zh: '本年新收申请数',
    en: 'applications received',
    words: ['新收', '收到', '受理'],
    pattern: new RegExp(`(?:新收|收到|受理)${GAP_NOT_CASES}{0,14}?(?:申请|请求)${GAP}{0,6}?${N}`, 'g'),
    quantity: t3('received'),
  },
  {
    zh: '本年新收申请数',
    en: 'applications received',
    // The pattern's own words after the negation: a word of one character (未) in the scan of
    // the narrative kept the regular expression from skipping ahead, at twice the time.
    words: ['收到', '受理'],
    pattern: new RegExp(`(?:未|没有)(?:收到|受理)${GAP_NOT_CASES}{0,14}?申请`, 'g'),
    zero: true,
    quantity: t3('received'),
  },
  {
    zh: '上年结转申请数',
    en: 'applications carried over',
    words: ['结转'],
    pattern: new RegExp(`上年度?结转${GAP}{0,10}?${N}`, 'g'),
    quantity: t3('carriedOver'),
  },
  {
    zh: '办理结果总数',
    en: 'applications answered',
    words: ['办结', '答复', '办理完毕'],
    pattern: new RegExp(`(?:办结|答复|办理完毕)${GAP}{0,10}?${N}`, 'g'),
    context: { pattern: ABOUT_APPLICATIONS, within: 'sentence' },
    quantity: t3('outcomeTotal'),
  },
  {
    zh: '结转下年度办理数',
    en: 'applications carried forward',
    words: ['结转'],
    pattern: new RegExp(`结转(?:至|到)?下一?年度?${GAP}{0,10}?${N}`, 'g'),
    quantity: t3('carriedForward'),
  },
  {
    zh: '予以公开及部分公开数',
    en: 'applications granted in full or in part',
    words: ['予以公开'],
    pattern: new RegExp(`予以公开(?:及|和|、)部分公开${GAP}{0,6}?${N}`, 'g'),
    quantity: t3('granted', 'partlyGranted'),
  },
  {
    zh: '予以公开数',
    en: 'applications granted',
    words: ['予以公开'],
    pattern: new RegExp(`予以公开(?![及和、]部分)${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_APPLICATIONS, within: 'paragraph' },
    quantity: t3('granted'),
  },
  {
    zh: '不予公开数',
    en: 'applications withheld',
    words: ['不予公开'],
    pattern: new RegExp(`不予公开${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_APPLICATIONS, within: 'paragraph' },
    quantity: t3('withheld'),
  },
  {
    zh: '无法提供数',
    en: 'applications where the information cannot be provided',
    words: ['无法提供'],
    pattern: new RegExp(`无法提供${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_APPLICATIONS, within: 'paragraph' },
    quantity: t3('unavailable'),
  },
  {
    zh: '不予处理数',
    en: 'applications not processed',
    words: ['不予处理'],
    pattern: new RegExp(`不予处理${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_APPLICATIONS, within: 'paragraph' },
    quantity: t3('notProcessed'),
  },
  {
    zh: '行政复议案件数',
    en: 'administrative reviews',
    words: ['复议'],
    pattern: new RegExp(`行政复议(?:案件)?${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_DISCLOSURE, within: 'sentence' },
    quantity: t4('review'),
  },
  {
    zh: '行政复议案件数',
    en: 'administrative reviews',
    words: ['复议'],
    pattern: /(?:未|没有)(?:发生|出现|收到|被|产生)?[^，,。；;\d]{0,12}?行政复议/g,
    zero: true,
    context: { pattern: ABOUT_DISCLOSURE, within: 'sentence' },
    quantity: t4('review'),
  },
  {
    zh: '行政诉讼案件数',
    en: 'lawsuits',
    words: ['诉讼'],
    pattern: new RegExp(`(?:行政)?诉讼(?:案件)?${GAP}{0,6}?${N}`, 'g'),
    context: { pattern: ABOUT_DISCLOSURE, within: 'sentence' },
    quantity: t4('litigation'),
  },
  {
    zh: '行政诉讼案件数',
    en: 'lawsuits',
    words: ['诉讼'],
    pattern: /(?:未|没有)(?:发生|出现|收到|被|产生)?[^，,。；;\d]{0,14}?行政诉讼/g,
    zero: true,
    context: { pattern: ABOUT_DISCLOSURE, within: 'sentence' },
    quantity: t4('litigation'),
  },
];

/** Per format, the cells of each statement's quantity, in the order of {@link STATEMENTS}. */
const STATEMENT_CELLS: ReadonlyMap<FormatVersion, readonly QuantityCells[]> = new Map(
  FORMAT_VERSIONS.map((format) => [format, STATEMENTS.map((s) => cellsOf(format, s.quantity))]),
);
/** Per format, the reader of each statement's quantity, made when its figure is first compared. */
const STATEMENT_READERS: ReadonlyMap<FormatVersion, (QuantityReader | undefined)[]> = new Map(
  FORMAT_VERSIONS.map((format) => [format, []]),
);

/**
 * Every word a statement needs, as bits. Statement words are rare even in a narrative full of
 * figures, so the text is scanned once for them alone; only a sentence holding one is cut out and
 * tried against the statements its words select (see `checkTextAgainstTables`).
 */
const STATEMENT_WORDS = [...new Set(STATEMENTS.flatMap((s) => s.words))];
const WORD_SCAN = new RegExp(STATEMENT_WORDS.join('|'), 'g');
/**
 * The same scan, finding the words that name an assessment too, for a report that must name one:
 * ASSESSMENT-MISSING then reads only the sections this rule does not (see `CheckContext`), where
 * it read section 1 a second time.
 */
const WORD_AND_ASSESSMENT_SCAN = new RegExp([...STATEMENT_WORDS, ...ASSESSMENT_WORDS].join('|'), 'g');
const WORDS = [...STATEMENT_WORDS, ...ASSESSMENT_WORDS];
const WORD_BITS = new Map(WORDS.map((w, i) => [w, 1 << i]));
/** The bit of every word that names an assessment: such a word is no statement's. */
const ASSESSMENT_BITS = ASSESSMENT_WORDS.reduce((mask, w) => mask | (WORD_BITS.get(w) as number), 0);
const STATEMENT_MASKS = STATEMENTS.map((s) => s.words.reduce((mask, w) => mask | (WORD_BITS.get(w) as number), 0));
/**
 * The words by their last character: which word the scan found, from where it ended. The scan is
 * run with `test`, which allocates no match array (one per word found took a tenth of comparing a
 * long narrative); no two words that end in the same character end alike, so at most one fits.
 */
const WORDS_BY_LAST = new Map<number, string[]>();
for (const word of WORDS) {
  const last = word.charCodeAt(word.length - 1);
  WORDS_BY_LAST.set(last, [...(WORDS_BY_LAST.get(last) ?? []), word]);
}

/** The statement word {@link WORD_SCAN} found ending at `end`. */
function wordEndingAt(text: string, end: number): string {
  const words = WORDS_BY_LAST.get(text.charCodeAt(end - 1)) as readonly string[];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (text.startsWith(word, end - word.length)) return word;
  }
  return '';
}

/**
 * What every statement also needs: a unit (件, 条, …) right after a number, or a negation (未, 没有)
 * for the zero statements. Many sentences name 复议 or 诉讼 without a figure ("行政复议、行政诉讼情况
 * 如下"); this one scan of the sentence spares them the statements' patterns.
 */
const CUE = /件|条|个|宗|起|份|未|没有/g;
/**
 * What a zero statement is about: one of these must follow a negation closely (the zero patterns
 * allow at most 2 + 14 characters between them), else "没有现成信息" (a row label) or "尚未审结" is
 * no cue.
 */
const NEGATED = ['申请', '行政复议', '行政诉讼'];
const NEGATION_REACH = 24;

const NOT = '未'.charCodeAt(0);
/** The last character of 没有: a cue ending in it is the two-character negation. */
const HAVE = '有'.charCodeAt(0);

/**
 * Whether a sentence holds a figure with its unit, or a negation of something a statement counts.
 * Each cue is told by the character it ends with (`test` allocates no match array).
 */
function hasCue(sentence: string): boolean {
  CUE.lastIndex = 0;
  while (CUE.test(sentence)) {
    const end = CUE.lastIndex;
    const last = sentence.charCodeAt(end - 1);
    if (last === NOT || last === HAVE) {
      const at = last === HAVE ? end - 2 : end - 1;
      // Searched in a slice: `indexOf` from the negation would read on to the end of the sentence
      // for each negation, which is quadratic in a sentence of many.
      const reach = sentence.slice(at, at + NEGATION_REACH);
      for (const word of NEGATED) if (reach.includes(word)) return true;
    } else if (followsNumber(sentence, end - 1)) return true;
  }
  return false;
}

/** Whether the unit at `at` follows a number (spaces between allowed, as in "26 条"). */
function followsNumber(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const code = i >= 0 ? text.charCodeAt(i) : 0;
  return code >= 0x30 && code <= 0x39;
}

const MAX_QUOTE = 160;

/** Digits a double holds exactly, whatever they are (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/**
 * The figure of a statement's match ending at `end`: the run of digits before its unit ({@link N}
 * ends the match with the number, white space and a one-character unit; the character before
 * the number is never a digit, so the run is the whole number). Read from the text, as
 * `Number(match[1])` would give it: `exec` made a match array and a string per statement tried.
 */
function figureEndingAt(text: string, end: number): number {
  let to = end - 1;
  while (to > 0 && !isDigit(text.charCodeAt(to - 1))) to--;
  let from = to;
  while (from > 0 && isDigit(text.charCodeAt(from - 1))) from--;
  if (to - from > EXACT_DIGITS) return Number(text.slice(from, to));
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** White space around a sentence: what `trim` would remove that a report's text holds. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/**
 * Sentence ends: 。；;！!？? and the line break (a paragraph ends a sentence too). Every CJK
 * character lies between 。(U+3002) and ！(U+FF01), so most characters are settled by one range test.
 */
function isSentenceEnd(code: number): boolean {
  if (code > 0x3002 && code < 0xff01) return false;
  return (
    code === 0x3002 ||
    code === 0xff1b ||
    code === 0x3b ||
    code === 0xff01 ||
    code === 0x21 ||
    code === 0xff1f ||
    code === 0x3f ||
    code === 0x0a
  );
}

/** The same sentence ends, for the search forward: the regular expression reads about twice as fast. */
const SENTENCE_END = /[。；;！!？?\n]/g;

/** Where the sentence that holds `from` ends: at its end character, or at the end of the text. */
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : text.length;
}

interface Passage {
  /** The heading of the section (or the label of the topic) the passage is under. */
  readonly heading: string;
  readonly text: string;
}

/**
 * The narrative parts that speak about applications and cases, with their headings. A topic whose
 * text is part of section 1 (as the readers give it) is not read twice.
 */
function passages(report: ReadonlyReport, context: CheckContext): Passage[] {
  const out: Passage[] = [];
  for (const key of ['overview', 'requests', 'appeals'] as const) {
    const section = report.sections[key];
    if (section?.text) out.push({ heading: section.heading, text: section.text });
  }
  for (const { label, text } of topicsApart(report, context)) out.push({ heading: label, text });
  return out;
}

/**
 * What the comparison of one report keeps between sentences. Most reports state nothing the
 * tables contradict, so what only a match or a finding needs is made when first needed.
 */
interface Comparison {
  readonly report: ReadonlyReport;
  readonly sink: FindingSink;
  /** The cells the reader could not read, as `table/row/column`: figures over them are not compared. */
  readonly unread: ReadonlySet<string>;
  /** The cells of each statement's quantity in the report's format. */
  readonly cells: readonly QuantityCells[];
  /** The readers of each statement's quantity in the report's format, as far as made. */
  readonly readers: (QuantityReader | undefined)[];
  /**
   * What each finding made so far says, in the order made: the same sentence can be in a section
   * and in a topic, and is reported once.
   */
  readonly made: { readonly en: string; readonly stated: number; readonly sentence: string }[];
  /** What the tables say of each statement's quantity, worked out when first needed. */
  tableValues?: (number | undefined)[];
}

/**
 * The passage being read, and the paragraph (line) of its last compared sentence with what its
 * context patterns said of it: every sentence of a paragraph has the same answer, and asking again
 * for each would read a long paragraph once per sentence.
 */
interface Reading {
  readonly heading: string;
  readonly text: string;
  paragraphFrom: number;
  paragraphTo: number;
  paragraphSays?: Map<RegExp, boolean>;
}

/** Whether a quantity runs through a cell the reader could not read (`table/row/column` ids). */
function touchesUnread(table: '3' | '4', cells: QuantityCells, unread: ReadonlySet<string>): boolean {
  if (unread.size === 0) return false;
  return cells.some(
    (c) => unread.has(`${table}/${c.row}/${c.total}`) || c.parts.some((p) => unread.has(`${table}/${c.row}/${p}`)),
  );
}

/** No unread cells. */
const NONE: ReadonlySet<string> = new Set();

/**
 * TEXT-TABLE-MISMATCH: every sentence whose stated figure contradicts the tables; a figure whose
 * cells the reader could not read is not compared. One pass over each passage finds the statement
 * words; the sentences that hold none (most of a narrative, figures or not) are never cut out or
 * matched. @internal
 */
export function checkTextAgainstTables(report: ReadonlyReport, context: CheckContext, sink: FindingSink): void {
  const unread =
    context.unread.length === 0 ? NONE : new Set(context.unread.map((c) => `${c.table}/${c.row}/${c.column}`));
  const cells = STATEMENT_CELLS.get(report.format) as readonly QuantityCells[];
  const readers = STATEMENT_READERS.get(report.format) as (QuantityReader | undefined)[];
  const comparison: Comparison = { report, sink, unread, cells, readers, made: [] };
  const due = assessmentDue(report);
  const scan = due ? WORD_AND_ASSESSMENT_SCAN : WORD_SCAN;
  let assessment = false;
  for (const { heading, text } of passages(report, context)) {
    let reading: Reading | undefined;
    let start = 0;
    let end = -1;
    let words = 0;
    scan.lastIndex = 0;
    while (scan.test(text)) {
      const wordEnd = scan.lastIndex;
      const word = wordEndingAt(text, wordEnd);
      const bit = WORD_BITS.get(word) as number;
      if ((bit & ASSESSMENT_BITS) !== 0) {
        assessment = true;
        continue;
      }
      const at = wordEnd - word.length;
      if (at >= end) {
        // A word past the current sentence: compare that one, then find the bounds of the next.
        if (words !== 0)
          compareSentence(
            comparison,
            (reading ??= { heading, text, paragraphFrom: 0, paragraphTo: -1 }),
            start,
            end,
            words,
          );
        start = at;
        while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
        end = sentenceEnd(text, wordEnd);
        words = 0;
      }
      words |= bit;
    }
    if (words !== 0)
      compareSentence(comparison, reading ?? { heading, text, paragraphFrom: 0, paragraphTo: -1 }, start, end, words);
  }
  if (due) context.assessmentNamed = assessment;
}

const TEXT_TABLE_MISMATCH = ruleOf(REPORT, 'TEXT-TABLE-MISMATCH');

/**
 * Tries the statements whose words the sentence from `start` to `end` holds: a statement that
 * matches with a figure other than the tables' is a finding.
 */
function compareSentence(comparison: Comparison, reading: Reading, start: number, end: number, words: number): void {
  const { heading, text } = reading;
  let from = start;
  let to = end;
  while (isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const sentence = text.slice(from, to);
  if (!hasCue(sentence)) return;
  for (let i = 0; i < STATEMENTS.length; i++) {
    if ((words & (STATEMENT_MASKS[i] as number)) === 0) continue;
    const statement = STATEMENTS[i] as Statement;
    const { context } = statement;
    if (
      context &&
      !context.pattern.test(sentence) &&
      !context.pattern.test(heading) &&
      !(context.within === 'paragraph' && paragraphSays(reading, start, end, context.pattern))
    )
      continue;
    const { pattern } = statement;
    pattern.lastIndex = 0;
    if (!pattern.test(sentence)) continue;
    const stated = statement.zero ? 0 : figureEndingAt(sentence, pattern.lastIndex);
    const cells = comparison.cells[i] as QuantityCells;
    if (touchesUnread(statement.quantity.table, cells, comparison.unread)) continue;
    const tableValues = (comparison.tableValues ??= []);
    let table = tableValues[i];
    if (table === undefined) {
      const { report, readers } = comparison;
      const read = (readers[i] ??= quantityReader(cells));
      table = read((statement.quantity.table === '3' ? report.table3 : report.table4) as never);
      tableValues[i] = table;
    }
    if (stated === table) continue;
    if (madeAlready(comparison, statement, stated, sentence)) continue;
    const quote = sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE)}…` : sentence;
    const { sink } = comparison;
    const severity = sink.severity(TEXT_TABLE_MISMATCH);
    if (!severity) continue;
    const template = TEXT_TABLE_MISMATCH.message;
    const params = { quantity: statement.zh, quantityEn: statement.en, stated, table, quote };
    const message = sink.message(template, params);
    sink.add(
      { code: 'TEXT-TABLE-MISMATCH', severity, message, path: ['sections'], expected: table, actual: stated, quote },
      template,
      params,
    );
  }
}

/**
 * Whether a finding says already that the sentence states this figure for the quantity (two
 * statements of one quantity share its English name). Findings are few: a list compared in order
 * costs less than hashing a key made of the sentence.
 */
function madeAlready(comparison: Comparison, statement: Statement, stated: number, sentence: string): boolean {
  const { made } = comparison;
  for (let i = 0; i < made.length; i++) {
    const m = made[i] as Comparison['made'][number];
    if (m.stated === stated && m.en === statement.en && m.sentence === sentence) return true;
  }
  made.push({ en: statement.en, stated, sentence });
  return false;
}

/** Whether the paragraph (line) that holds the sentence from `start` to `end` matches `pattern`. */
function paragraphSays(reading: Reading, start: number, end: number, pattern: RegExp): boolean {
  const { text } = reading;
  const said = (reading.paragraphSays ??= new Map());
  if (start >= reading.paragraphTo) {
    // A sentence never spans a line break, so the sentences of a paragraph come one after another.
    reading.paragraphFrom = text.lastIndexOf('\n', start - 1) + 1;
    const to = text.indexOf('\n', end);
    reading.paragraphTo = to < 0 ? text.length : to;
    said.clear();
  }
  let says = said.get(pattern);
  if (says === undefined) {
    says = pattern.test(text.slice(reading.paragraphFrom, reading.paragraphTo));
    said.set(pattern, says);
  }
  return says;
}
