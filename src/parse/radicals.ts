/**
 * CJK radicals that stand for ideographs. A PDF font may map the glyph of an ideograph to the
 * code point of the radical it looks like (Chromium's PDFs of Noto CJK give 人 as ⼈ U+2F08 and 民
 * as ⺠ U+2EA0), so the text reads 淮安市⼈⺠政府 where the page shows 淮安市人民政府. The Kangxi
 * radicals (U+2F00–U+2FD5) have compatibility mappings that NFKC applies; those of the CJK
 * Radicals Supplement (U+2E80–U+2EF3) have none, and are mapped here to the ideographs Unicode's
 * EquivalentUnifiedIdeograph.txt gives them. Every mapping keeps the text's length (one UTF-16
 * unit for one), so that the places of what follows do not move.
 *
 * @module
 */

/** The supplement radicals with an equivalent ideograph, and that ideograph at the same index. */
const SUPPLEMENT =
  '⺀⺁⺂⺃⺄⺅⺆⺉⺊⺋⺎⺏⺐⺒⺓⺔⺕⺖⺗⺘⺙⺛⺝⺞⺟⺠⺡⺢⺣⺥⺦⺨⺫⺬⺭⺯⺰⺱⺳⺴⺹⺺⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻈⻉⻋⻍⻏⻐⻑⻒⻓⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳';
const IDEOGRAPHS =
  '冫厂乛乚乙亻冂刂卜㔾兀尣尢巳幺彑彐忄㣺扌攵旡月歺母民氵氺灬爫丬犭罒示礻糹纟罓㓁㓁耂肀月臼艹艹艹虎衤覀西见讠贝车辶阝钅長镸长阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟';

const EQUIVALENT: ReadonlyMap<string, string> = new Map(
  Array.from(SUPPLEMENT, (radical, i) => [radical, IDEOGRAPHS[i] as string]),
);

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/**
 * The text with each CJK radical that stands for an ideograph replaced by the ideograph; any other
 * character is left as it is, and so is the length.
 *
 * @example
 * ```ts
 * unifyRadicals('淮安市⼈⺠政府'); // '淮安市人民政府'
 * ```
 * @internal
 */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (radical) => EQUIVALENT.get(radical) ?? radical.normalize('NFKC'));
}
