/**
 * Narrative similarity for 内容雷同 (a section copied from last year's report).
 *
 * The measure: both texts are normalised (NFKC; whitespace, punctuation and symbols removed;
 * every run of digits, such as a year or a count, replaced by one placeholder, so changed numbers
 * and years do not hide copying). Each text becomes its set of character 8-grams (shingles; eight
 * Chinese characters are about two words, long enough that common phrases like 政府信息公开 do
 * not match on their own). The score is the containment of this year's shingles in last year's:
 * |A ∩ B| / |A|, the share of this year's text that was already there last year. Containment,
 * not Jaccard, because a copied section with a paragraph appended is still copied; the Jaccard
 * index is reported alongside. Sections shorter than 80 normalised characters are not judged:
 * a one-line statement such as 本年度未收取信息处理费 is legitimately the same every year.
 *
 * @module
 */

/**
 * The parameters of the measure, documented in `docs/rules/X-TEXT-REUSE.md`.
 *
 * @example
 * ```ts
 * const reuse = textReuse(thisYear, lastYear);
 * const copied = reuse !== undefined && reuse.containment >= TEXT_REUSE_PARAMETERS.threshold;
 * ```
 */
export const TEXT_REUSE_PARAMETERS = {
  /** Shingle length in normalised characters. */
  k: 8,
  /** Containment at or above which a section is reported as reused. */
  threshold: 0.8,
  /** Sections shorter than this (normalised characters) are not judged. */
  minLength: 80,
} as const;

/**
 * How much of one text was already in another.
 *
 * @example
 * ```ts
 * textReuse(
 *   '2024年，本局坚持以公开为常态、不公开为例外，主动公开政府信息120条，其中通过政府门户网站公开98条。全年未发生因政府信息公开引发的行政复议和行政诉讼。下一步，本局将加强政策解读，提升政务新媒体的运维水平，推动基层政务公开标准化规范化。',
 *   '2023年，本局坚持以公开为常态、不公开为例外，主动公开政府信息98条，其中通过政府门户网站公开80条。全年未发生因政府信息公开引发的行政复议和行政诉讼。',
 * );
 * // { containment: 0.6082474226804123, jaccard: 0.6082474226804123,
 * //   shared: ['2024年，本局坚持以公开为常态、不公开为例外，主动公开政府信息120条，其中通过政府门户网站公开98条。全年未发生因政府信息公开引发的行政复议和行政诉讼。'] }
 * ```
 */
export interface TextReuse {
  /** Containment of the current text's shingles in the previous text's, 0–1. */
  containment: number;
  /** Jaccard index of the two shingle sets, 0–1. */
  jaccard: number;
  /** The longest passages of the current text found in the previous one, as printed, longest first (at most 3). */
  shared: string[];
}

interface Normalised {
  text: string;
  /** For each normalised character, the index in the original text where it came from. */
  origin: number[];
}

const DROP = /[\s\p{P}\p{S}]/u;
const DIGIT = /\d/;
/** A digit as printed, before NFKC (full-width ０–９ included). */
const PRINTED_DIGIT = /\p{Nd}/u;
const OPENING = /[（(「『“《【]/;
const CLOSING = /[。；：，、！？）)」』”》】.;:,!?]/;

/** Normalises a text for comparison, keeping where each character came from. */
function normalise(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  let inNumber = false;
  let index = 0;
  for (const ch of text) {
    for (const c of ch.normalize('NFKC')) {
      if (DIGIT.test(c)) {
        if (!inNumber) {
          out += '#';
          origin.push(index);
          inNumber = true;
        }
      } else if (!DROP.test(c)) {
        out += c;
        origin.push(index);
        inNumber = false;
      }
      // Punctuation inside a number (1.5, 2,000) keeps it one number.
    }
    index += ch.length;
  }
  return { text: out, origin };
}

function shingles(text: string, k: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + k <= text.length; i++) set.add(text.slice(i, i + k));
  return set;
}

/**
 * How much of `current` was already in `previous` (see the module notes for the measure), or
 * `undefined` when `current` is too short to judge.
 *
 * @example
 * ```ts
 * const said = (year: number, count: number) =>
 *   `${year}年，我局坚持以公开为常态、不公开为例外，全年主动公开政府信息${count}条，及时回应社会关切，依法保障人民群众的知情权、参与权、表达权和监督权，政务公开工作取得新成效，群众满意度不断提升，为建设法治政府、服务型政府提供了有力支撑。`;
 * const r = textReuse(said(2024, 120), said(2023, 98));
 * r?.containment; // 1 when only the numbers changed
 * ```
 */
export function textReuse(current: string, previous: string): TextReuse | undefined {
  const { k, minLength } = TEXT_REUSE_PARAMETERS;
  const cur = normalise(current);
  if (cur.text.length < minLength) return undefined;
  const prevSet = shingles(normalise(previous).text, k);
  const curSet = shingles(cur.text, k);
  let common = 0;
  for (const s of curSet) if (prevSet.has(s)) common++;
  const union = curSet.size + prevSet.size - common;
  return {
    containment: curSet.size === 0 ? 0 : common / curSet.size,
    jaccard: union === 0 ? 0 : common / union,
    shared: sharedPassages(current, cur, prevSet, k),
  };
}

/** Maximal runs of the current text whose shingles all occur in the previous text. */
function sharedPassages(original: string, cur: Normalised, prevSet: ReadonlySet<string>, k: number): string[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i + k <= cur.text.length + 1; i++) {
    const hit = i + k <= cur.text.length && prevSet.has(cur.text.slice(i, i + k));
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      runs.push({ start, end: i - 1 + k });
      start = -1;
    }
  }
  return runs
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, 3)
    .map(({ start: s, end }) => {
      let from = cur.origin[s] as number;
      // The passage ends after its last kept character, or after the digit run it stands for.
      let to = end < cur.origin.length ? (cur.origin[end] as number) : original.length;
      const lastKept = cur.origin[end - 1] as number;
      if (!PRINTED_DIGIT.test(original[lastKept] ?? ''))
        to = lastKept + ((original.codePointAt(lastKept) as number) > 0xffff ? 2 : 1);
      else while (to > lastKept && !PRINTED_DIGIT.test(original[to - 1] ?? '')) to--;
      // Take in the brackets that open it and the punctuation that closes it, as printed.
      while (from > 0 && OPENING.test(original[from - 1] as string)) from--;
      while (to < original.length && CLOSING.test(original[to] as string)) to++;
      return original.slice(from, to).trim();
    });
}
