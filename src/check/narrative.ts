/**
 * The narrative of a report as the rules read it: the sections, and the topics of section 1 that
 * are not already part of its text.
 *
 * @module
 */
import { OVERVIEW_TOPICS } from '../format/index.js';
import type { ReadonlyReport } from '../model/types.js';

/**
 * The words that name an assessment of the disclosure work (ASSESSMENT-MISSING): a people's
 * government report must say how the work is assessed. No statement word of TEXT-TABLE-MISMATCH
 * starts inside one of them, nor one of them inside a statement word, so one scan finds both.
 * @internal
 */
export const ASSESSMENT_WORDS: readonly string[] = ['考核', '评议', '责任追究', '追责', '问责'];

/** Whether a report must name an assessment: a people's government's (townships included). @internal */
export function assessmentDue(report: ReadonlyReport): boolean {
  return report.meta.level === 'government' || report.meta.level === 'township';
}

/** A topic of section 1 that is read apart from the section's text. */
export interface TopicText {
  /** The topic's label (主动公开, 依申请公开, …), which stands for a heading. */
  readonly label: string;
  readonly text: string;
}

/**
 * The topics whose text is not a part of section 1's, in the order of section 1. The readers give
 * each topic as a part of section 1, so a rule that reads the sections has read them already; a
 * report built by hand may give them apart. Worked out once per check, for the rules that read
 * them (in the check's context, which holds them). @internal
 */
export function topicsApart(report: ReadonlyReport, context: { topics?: readonly TopicText[] }): readonly TopicText[] {
  context.topics ??= findTopicsApart(report);
  return context.topics;
}

function findTopicsApart(report: ReadonlyReport): TopicText[] {
  const out: TopicText[] = [];
  const overview = report.sections.overview?.text ?? '';
  // Topics are in the order of section 1: each is looked for after the one before, so the search
  // crosses section 1 about once, not once per topic.
  let from = 0;
  for (const topic of OVERVIEW_TOPICS) {
    const text = report.topics[topic.key];
    if (!text) continue;
    let at = indexIn(overview, text, from);
    if (at < 0 && from > 0) at = indexIn(overview, text, 0);
    if (at < 0) out.push({ label: topic.label, text });
    else from = at + text.length;
  }
  return out;
}

/** How much of a text {@link indexIn} looks for before it compares the rest. */
const PREFIX = 16;

/**
 * `text.indexOf(part, from)`, found by the beginning of `part` and then compared as a whole:
 * `indexOf` with a long pattern (a topic of section 1) and `startsWith` both took longer than the
 * rest of comparing the narrative, where `===` on a slice compares the characters as a block.
 */
function indexIn(text: string, part: string, from: number): number {
  if (part.length <= PREFIX) return text.indexOf(part, from);
  const prefix = part.slice(0, PREFIX);
  let at = text.indexOf(prefix, from);
  while (at >= 0 && text.slice(at, at + part.length) !== part) at = text.indexOf(prefix, at + 1);
  return at;
}
