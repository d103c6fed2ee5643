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

/**
 * Whether each CJK ideograph U+4E00–9FFF may make {@link TRADITIONAL} match: a traditional
 * character, or 檔 (of 檔案). A text of the quick set without one is left as it is by
 * {@link toSimplified}, which is not called for it. `undefined` were one outside the block, to be
 * found by the regular expression on every text.
 */
const MAY_SIMPLIFY: Uint8Array | undefined = (() => {
  const map = new Uint8Array(0x9fff - 0x4e00 + 1);
  for (const ch of [...Array.from(T2S_PAIRS).filter((_, i) => i % 2 === 0), '檔']) {
    const c = ch.charCodeAt(0);
    if (ch.length !== 1 || c < 0x4e00 || c > 0x9fff) return undefined;
    map[c - 0x4e00] = 1;
  }
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

/** What {@link quickChar} says of a character outside the quick set: the text takes the general path. */
const GENERAL = -2;
/** What {@link quickChar} says of a character the normalised form drops (whitespace). */
const DROPPED = -1;
const ENUMERATION_MARK = 0x3001; // 、

/**
 * The normalised form of each ASCII character: NFKC keeps every one; whitespace is dropped, and
 * quotes, enumeration marks and brackets are unified as the replacements below unify them.
 */
const ASCII_FORM = Int32Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) return DROPPED;
  if (ch === ',' || ch === '.') return ENUMERATION_MARK;
  if (ch === '[') return 0x28; // (
  if (ch === ']') return 0x29; // )
  return c; // `"` and `'` are the unified quotes themselves
});

/**
 * What normalisation makes of one UTF-16 code unit of the quick set, or {@link GENERAL}. The
 * set is what labels and the sentences around them are printed in: ASCII, the CJK ideographs
 * U+4E00–9FFF, full-width ASCII (NFKC: the ASCII character), the ideographic space and the CJK
 * punctuation and quotes listed here. Each is an NFKC starter that no other composes with, so NFKC
 * maps a text of them character by character, and the replacements are per character too: the
 * quick form equals the general one (tests/parse/normalize.test.ts compares them character by
 * character and on random texts).
 */
function quickChar(c: number): number {
  if (c < 0x80) return ASCII_FORM[c] as number;
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  if (c >= 0xff01 && c <= 0xff5e) return ASCII_FORM[c - 0xfee0] as number;
  switch (c) {
    case 0x3000: // ideographic space
      return DROPPED;
    case 0x3001: // 、
    case 0x3002: // 。
    case 0x3008: // 〈 〉 《 》 「 」 『 』
    case 0x3009:
    case 0x300a:
    case 0x300b:
    case 0x300c:
    case 0x300d:
    case 0x300e:
    case 0x300f:
    case 0x3016: // 〖 〗
    case 0x3017:
    case 0x2014: // —
      return c;
    case 0x3010: // 【 〔
    case 0x3014:
      return 0x28;
    case 0x3011: // 】 〕
    case 0x3015:
      return 0x29;
    case 0x201c: // “ ”
    case 0x201d:
      return 0x22;
    case 0x2018: // ‘ ’
    case 0x2019:
      return 0x27;
    case 0x00b7: // ·
      return ENUMERATION_MARK;
    default:
      return GENERAL;
  }
}

/** Whether the last text {@link quickForm} read holds a character {@link toSimplified} may change. */
let quickMaySimplify = true;

/**
 * The normalised form (before {@link toSimplified}) of a text made only of the quick set's
 * characters, in one pass that copies the runs left as they are; `undefined` for any other text.
 */
function quickForm(text: string): string | undefined {
  let out = '';
  let run = 0;
  quickMaySimplify = MAY_SIMPLIFY === undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (MAY_SIMPLIFY !== undefined && MAY_SIMPLIFY[c - 0x4e00] === 1) quickMaySimplify = true;
      continue;
    }
    const to = quickChar(c);
    if (to === c) continue;
    if (to === GENERAL) return undefined;
    out += text.slice(run, i);
    if (to !== DROPPED) out += String.fromCharCode(to);
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

/** The normalised form (before {@link toSimplified}) of any text: NFKC, then the replacements. */
function generalForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(ENUMERATION, '、')
    .replace(BRACKETS_OPEN, '(')
    .replace(BRACKETS_CLOSE, ')');
}

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
  // Most texts are of the quick set: read in one pass, without NFKC and six regular expressions,
  // and simplified only when they hold a character that may be traditional.
  const quick = quickForm(text);
  if (quick === undefined) return toSimplified(generalForm(text));
  return quickMaySimplify ? toSimplified(quick) : quick;
}

/**
 * The general path of {@link normalizeLabel} alone, for tests that compare the two paths.
 * @internal
 *
 * @example
 * ```ts
 * normalizeLabelGenerally('（一） 予以公开'); // '(一)予以公开'
 * ```
 */
export function normalizeLabelGenerally(text: string): string {
  return toSimplified(generalForm(text));
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
