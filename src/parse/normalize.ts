/**
 * Normalisation of printed text before it is compared with the official labels: full-width and
 * half-width forms, whitespace, brackets, quotes, enumeration marks and traditional characters
 * are all folded so that only the words remain.
 *
 * @module
 */

/**
 * Traditional → simplified, only for the characters that occur in the official labels, captions
 * and headings (a page machine-converted to traditional characters must still match). Written as
 * pairs: traditional first, simplified second.
 */
const T2S_PAIRS =
  '規规範范處处罰罚強强製制發发廢废現现許许費费採采購购項项數数總总額额單单萬万決决審审結结' +
  '訴诉訟讼復复複复議议經经糾纠維维計计務务條条開开請请況况轉转辦办區区這这國国穩稳護护權权' +
  '屬属類类過过執执詢询機机關关沒没確确補补後后訪访舉举報报無无當当獲获繳缴納纳繼继續续業业' +
  '構构會会組组織织體体動动問问題题進进係系為为於于據据設设監监門门對对減减實实際际' +
  '應应與与負负責责產产啟启態态衛卫專专導导達达儘尽錄录層层級级認认臺台檯台';

/** Any character {@link toSimplified} would change (one class: a linear test). */
const TRADITIONAL = new RegExp(
  `[${Array.from(T2S_PAIRS)
    .filter((_, i) => i % 2 === 0)
    .join('')}]|檔案`,
);

const T2S: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(T2S_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
})();

/** Word-level conversions a character map cannot undo (OpenCC turns 文件 into 檔案). */
const T2S_WORDS: readonly (readonly [string, string])[] = [['檔案', '文件']];

/**
 * Folds traditional characters of the official vocabulary to simplified ones.
 *
 * @example
 * ```ts
 * toSimplified('規範性檔案'); // '规范性文件'
 * ```
 */
export function toSimplified(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  let out = text;
  for (const [from, to] of T2S_WORDS) if (out.includes(from)) out = out.split(from).join(to);
  let changed = false;
  const chars = Array.from(out, (c) => {
    const s = T2S.get(c);
    if (s === undefined) return c;
    changed = true;
    return s;
  });
  return changed ? chars.join('') : out;
}

// Single characters only: no quantifier can overlap another.
// \u200d (the zero-width joiner) stands apart: in a class it would join its neighbours.
const WHITESPACE = /(?:[\s\u200b\u200c\u2060\ufeff]|\u200d)+/g;
const DOUBLE_QUOTES = /[“”„‟"«»〝〞]/g;
const SINGLE_QUOTES = /[‘’‛']/g;
/** Enumeration marks: 1、 1. 1， are the same thing in a label. */
const ENUMERATION = /[、,.·]/g;
const BRACKETS_OPEN = /[〔［【[]/g;
const BRACKETS_CLOSE = /[〕］】\]]/g;

/**
 * Text that normalisation leaves as it is: CJK ideographs (NFKC-stable in this block), ASCII
 * letters, digits and the punctuation labels keep. Most cells are like this; they skip the rest.
 */
const PLAIN = /^[\u4e00-\u9fff0-9A-Za-z()、:/+\-%]*$/;

/**
 * The comparable form of a label: NFKC (full-width → half-width), whitespace removed, brackets
 * and quotes unified, enumeration marks unified, traditional characters simplified.
 *
 * @example
 * ```ts
 * normalizeLabel('（一） 予以公开') === normalizeLabel('(一)予以公开'); // true
 * normalizeLabel('3.危及"三安全一稳定"') === normalizeLabel('3、危及“三安全一稳定”'); // true
 * ```
 */
export function normalizeLabel(text: string): string {
  if (PLAIN.test(text)) return toSimplified(text);
  return toSimplified(
    text
      .normalize('NFKC')
      .replace(WHITESPACE, '')
      .replace(DOUBLE_QUOTES, '"')
      .replace(SINGLE_QUOTES, "'")
      .replace(ENUMERATION, '、')
      .replace(BRACKETS_OPEN, '(')
      .replace(BRACKETS_CLOSE, ')'),
  );
}

/**
 * The form of a cell's text that values are read from: NFKC (full-width digits, signs and
 * separators become ASCII) with every kind of whitespace removed.
 *
 * @example
 * ```ts
 * normalizeValue(' １２ '); // '12'
 * ```
 */
export function normalizeValue(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '');
}
