/**
 * Text that is no part of what a report says: the furniture a portal page prints around it, and
 * the stock sentences every report may repeat word for word each year. The readers cut the one
 * (where the report ends); the copy check (X-TEXT-REUSE) leaves both out of what it compares.
 *
 * @module
 */

/**
 * Words that only page furniture prints: copyright, sponsor and registration lines, attachment
 * and QR-code boxes, buttons, browser advice, navigation. Bounded alternatives, no nested
 * quantifier: linear on any line.
 */
const FURNITURE =
  /版权所有|主办单位|承办单位|协办单位|技术支持|运维单位|网站标识码|ICP\s*备|公网安备|附件下载|相关附件|扫一扫|手机上查看|手机扫码|关闭窗口|打印本页|收藏本页|加入收藏|设为首页|分享到|浏览次数|访问次数|阅读次数|浏览器|分辨率|联系我们|网站地图|网站声明|无障碍|适老化|上一篇|下一篇|返回顶部|相关链接|相关阅读|找错|^[【[]?(?:关闭|打印|返回|收藏|字体[:：]?\s*大\s*中\s*小)[】\]]?$/i;

/**
 * Whether a line is page furniture: one of the words only furniture prints, and no full stop (a
 * sentence of the report may name them: 通过网站首页“扫一扫”功能查询。).
 *
 * @example
 * ```ts
 * isPageFurniture('扫一扫在手机上查看当前页面'); // true
 * isPageFurniture('版权所有 © 2024 某县人民政府 网站标识码：1234'); // true
 * isPageFurniture('本机关通过网站“扫一扫”功能提供查询。'); // false
 * ```
 */
export function isPageFurniture(line: string): boolean {
  return line.length <= 200 && !line.includes('。') && FURNITURE.test(line);
}

/**
 * Sentences any report may print word for word every year: nothing else to report, no processing
 * fee charged, a bare 无. Matched on their wording, so a sentence that says more is not one.
 */
const STOCK = [
  /^(?:本年度?|今年|全年)?(?:本机关|本单位|我局|我委|我办|我单位)?(?:暂|均)?(?:无|没有)(?:其他|其它)?需要?(?:报告|说明)的?(?:其他|其它)?(?:事项|情况)$/,
  /^(?:本年度?|今年|全年)?(?:本机关|本单位|我局|我委|我办|我单位|我[县区市镇乡])?(?:未|没有|不|无)收取(?:任何)?(?:政府)?信息(?:公开)?处理费(?:用)?$/,
  /^(?:无|暂无|没有|略)$/,
];
/** What stock sentences are compared without: spaces, punctuation, a leading comma's clause break. */
const NOISE = /[\s，,、：:“”"（）()]/g;

/**
 * Whether a sentence (without its full stop) is a stock sentence.
 *
 * @example
 * ```ts
 * isStockSentence('本年度无其他需要报告的事项'); // true
 * isStockSentence('本年度，本机关未收取信息公开处理费'); // true
 * isStockSentence('本年度共收取信息处理费200元，已全部上缴国库'); // false
 * ```
 */
export function isStockSentence(sentence: string): boolean {
  if (sentence.length > 60) return false;
  const bare = sentence.replace(NOISE, '');
  return STOCK.some((pattern) => pattern.test(bare));
}
