/**
 * Recognising the six section headings and section 1's sub-topics, tolerating the variants real
 * reports print (spec §1.1, §4).
 *
 * @module
 */
import { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';
import type { OverviewTopicKey, SectionKey } from '../model/types.js';
import { type Cell, type Lines, soleText } from './lines.js';
import { normalizeLabel } from './normalize.js';

/** A heading recognised in the text. */
export interface HeadingMatch {
  key: SectionKey;
  /** The official heading. */
  heading: string;
  /** True when the printed heading is not the official wording (an alias or a looser variant). */
  variant: boolean;
}

const EXACT = new Map<string, HeadingMatch>();
for (const s of SECTIONS) {
  EXACT.set(normalizeLabel(s.heading), { key: s.key, heading: s.heading, variant: false });
  for (const alias of 'aliases' in s ? s.aliases : []) {
    EXACT.set(normalizeLabel(alias), { key: s.key, heading: s.heading, variant: true });
  }
}

/** Whether some heading or alias holds a 。 (none does; were one to, sentences would be normalised). */
const HEADING_WITH_PERIOD = [...EXACT.keys()].some((k) => k.includes('。'));

/**
 * The words that identify each section in a heading worded differently from the official one
 * (an ordinal first, then one of these): enough to tell 四、结转下年度继续办理 (a table row) from a
 * heading, and loose enough for 五、存在问题及改进情况 or 四、…被申请行政复议和提起行政诉讼情况.
 */
const KEY_WORDS: Readonly<Record<SectionKey, readonly string[]>> = {
  overview: ['总体情况', '概述'],
  proactive: ['主动公开'],
  requests: ['申请'],
  appeals: ['复议', '诉讼'],
  problems: ['问题', '改进'],
  other: ['其他'],
};
/** The ordinals of the six sections, as character codes (compared without cutting a character out). */
const ORDINALS = Array.from('一二三四五六', (c) => c.charCodeAt(0));
const ENUMERATION_COMMA = 0x3001; // 、
/** Longest heading accepted by the loose match (the official ones are at most 20 characters). */
const MAX_HEADING = 40;
/** Markdown around a heading: `## 一、总体情况`, `**一、总体情况**`, `> 一、…`. */
const MARKUP = /^[#>*\s]+|[*\s]+$/g;
/** The characters {@link MARKUP} takes from the start and from the end (most texts have none: no copy made). */
const MARKUP_FIRST = /^[#>*\s]$/;
const MARKUP_LAST = /^[*\s]$/;

/** Whether the character at `at` is one `pattern` takes; an ideograph (most are) is none, and is not cut out to be tested. */
function markupAt(text: string, at: number, pattern: RegExp): boolean {
  const c = text.charCodeAt(at);
  return !(c >= 0x4e00 && c <= 0x9fff) && pattern.test(text.charAt(at));
}

/**
 * The section a line's text is the heading of, if any: the official heading, an alias from the
 * format definitions, or the ordinal of the section followed (within 40 characters, no sentence
 * end) by one of its key words. `normalized` is the text's {@link normalizeLabel} form, when known.
 *
 * @example
 * ```ts
 * matchHeading('五、存在问题及改进情况')?.key; // 'problems'
 * matchHeading('四、结转下年度继续办理'); // undefined (a table 3 row)
 * ```
 */
export function matchHeading(text: string, normalized?: string): HeadingMatch | undefined {
  if (text.length > MAX_HEADING * 3) return undefined;
  // A sentence is no heading, and a paragraph is not normalised to find that out: 。 stays 。 in
  // the normalised form, which no heading holds.
  if (!HEADING_WITH_PERIOD && text.includes('。')) return undefined;
  const bare =
    markupAt(text, 0, MARKUP_FIRST) || markupAt(text, text.length - 1, MARKUP_LAST) ? text.replace(MARKUP, '') : text;
  const norm = bare.length === text.length && normalized !== undefined ? normalized : normalizeLabel(bare);
  const exact = EXACT.get(norm);
  if (exact) return exact;
  if (norm.length > MAX_HEADING || norm.includes('。')) return undefined;
  const ordinal = ORDINALS.indexOf(norm.charCodeAt(0));
  if (ordinal < 0 || norm.charCodeAt(1) !== ENUMERATION_COMMA) return undefined;
  const section = SECTIONS[ordinal] as (typeof SECTIONS)[number];
  return KEY_WORDS[section.key].some((w) => norm.includes(w))
    ? { key: section.key, heading: section.heading, variant: true }
    : undefined;
}

/**
 * Section 1's sub-topics are headed （一）…（五）; each is recognised by the last four characters of
 * its official name (主动公开, 依申请公开 → 申请公开, 政府信息管理 → 信息管理, 政府信息公开平台建设 →
 * 平台建设, 监督保障), which every wording seen in practice keeps.
 */
const TOPIC_WORDS = OVERVIEW_TOPICS.map((t) => ({ key: t.key, word: Array.from(t.label).slice(-4).join('') }));
const SUB_ORDINAL = /^\((?:一|二|三|四|五|六|七|八|九|十)\)/;
/**
 * A first character that normalisation keeps a character of its kind (a CJK ideograph, an ASCII
 * letter or digit: NFKC-stable, and no bracket after folding): such a text opens no `（一）`, and
 * most paragraphs are not normalised at all.
 */
const PLAIN_START = /^[\u4e00-\u9fff0-9A-Za-z]/;

/**
 * The sub-topic of section 1 a paragraph opens, if any: `（一）主动公开方面…`.
 *
 * @example
 * ```ts
 * matchTopic('(三) 政府信息管理方面。建立完善…'); // 'management'
 * ```
 */
export function matchTopic(text: string): OverviewTopicKey | undefined {
  if (PLAIN_START.test(text)) return undefined;
  const norm = normalizeLabel(text.slice(0, 60));
  const m = SUB_ORDINAL.exec(norm);
  if (!m) return undefined;
  const head = norm.slice(m[0].length, m[0].length + 16);
  return TOPIC_WORDS.find((t) => head.includes(t.word))?.key;
}

/** A section heading found in the document, with the cell that prints it. */
export interface HeadingAt extends HeadingMatch {
  readonly cell: Cell;
}

/**
 * The first line recognised as each section's heading, by line index, in document order.
 *
 * @example
 * ```ts
 * [...findHeadings(textLines('一、总体情况\n正文\n二、主动公开政府信息情况')).keys()]; // [0, 2]
 * ```
 */
export function findHeadings(lines: Lines): Map<number, HeadingAt> {
  const headings = new Map<number, HeadingAt>();
  const seen = new Set<SectionKey>();
  for (let i = 0; i < lines.length && seen.size < 6; i++) {
    const sole = soleText(lines.line(i));
    const heading = sole && !sole.value ? matchHeading(sole.text, sole.norm || undefined) : undefined;
    if (heading && !seen.has(heading.key)) {
      seen.add(heading.key);
      // Written as a literal: V8 copies a spread with a key added through a slow generic path.
      headings.set(i, { key: heading.key, heading: heading.heading, variant: heading.variant, cell: sole as Cell });
    }
  }
  return headings;
}
