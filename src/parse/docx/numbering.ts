/**
 * Word's automatic list numbering. A heading typed as `总体情况` in a list whose level text is
 * `%1、` in Chinese counting is displayed `一、总体情况`: the number is in `word/numbering.xml`, not in
 * the text. The reader renders it, so headings and labels read as they are printed.
 *
 * @module
 */
import { readXml } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Where a paragraph's number comes from: a list and a level. */
export interface NumberingRef {
  numId: string;
  ilvl: number;
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999). */
function chineseCounting(n: number): string {
  if (n <= 0 || n > 9999) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] as string;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : CHINESE_DIGITS[d]) + unit;
  });
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, glyph] of table) for (; n >= value; n -= value) out += glyph;
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Word's lists have nine levels (0–8) and count to 32767; beyond, a number is shown in digits. */
const MAX_LEVEL = 8;
const MAX_COUNT = 32767;

/** A counter value in a `w:numFmt`. */
function formatNumber(n: number, format: string): string {
  // Letters and roman numerals grow with the value: a hostile start value must not make them huge.
  if (!(n >= 0 && n <= MAX_COUNT)) return format === 'none' || format === 'bullet' ? '' : String(n);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS.charAt((n - 1) % 10) || String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED.charAt(n - 1) || String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const valOf = (attribs: Readonly<Record<string, string>>): string | undefined => {
  for (const [k, v] of Object.entries(attribs)) if (localName(k) === 'val') return v;
  return undefined;
};
const attr = (attribs: Readonly<Record<string, string>>, name: string): string | undefined => {
  for (const [k, v] of Object.entries(attribs)) if (localName(k) === name) return v;
  return undefined;
};

/**
 * The numbering of a document: list definitions from `word/numbering.xml`, the lists attached to
 * paragraph styles in `word/styles.xml`, and the counters as the document is read in order.
 *
 * @example
 * ```ts
 * const numbering = new Numbering(numberingXml, stylesXml);
 * numbering.next({ numId: '3', ilvl: 0 }); // '一、'
 * numbering.next({ numId: '3', ilvl: 0 }); // '二、'
 * ```
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly styles = new Map<string, { num?: NumberingRef; basedOn?: string }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml?: string, stylesXml?: string) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    let abstract: Map<number, Level> | undefined;
    let level: Level | undefined;
    let num: { abstract: string; starts: Map<number, number> } | undefined;
    let overrideLevel = -1;
    readXml(xml, {
      open: (name, attribs) => {
        switch (localName(name)) {
          case 'abstractNum':
            abstract = new Map();
            this.abstracts.set(attr(attribs, 'abstractNumId') ?? '', abstract);
            break;
          case 'lvl':
            level = { start: 1, format: 'decimal', text: '' };
            if (abstract) abstract.set(Number(attr(attribs, 'ilvl') ?? 0), level);
            break;
          case 'start':
            if (level) level.start = Number(valOf(attribs) ?? 1);
            break;
          case 'numFmt':
            if (level) level.format = valOf(attribs) ?? 'decimal';
            break;
          case 'lvlText':
            if (level) level.text = valOf(attribs) ?? '';
            break;
          case 'num':
            num = { abstract: '', starts: new Map() };
            this.nums.set(attr(attribs, 'numId') ?? '', num);
            break;
          case 'abstractNumId':
            if (num) num.abstract = valOf(attribs) ?? '';
            break;
          case 'lvlOverride':
            overrideLevel = Number(attr(attribs, 'ilvl') ?? 0);
            break;
          case 'startOverride':
            if (num && overrideLevel >= 0) num.starts.set(overrideLevel, Number(valOf(attribs) ?? 1));
            break;
        }
      },
      close: (name) => {
        const local = localName(name);
        if (local === 'abstractNum') abstract = undefined;
        else if (local === 'lvl') level = undefined;
        else if (local === 'num') num = undefined;
        else if (local === 'lvlOverride') overrideLevel = -1;
      },
      text: () => undefined,
    });
  }

  private readStyles(xml: string): void {
    let style: { num?: NumberingRef; basedOn?: string } | undefined;
    let ref: NumberingRef | undefined;
    readXml(xml, {
      open: (name, attribs) => {
        switch (localName(name)) {
          case 'style':
            style = {};
            this.styles.set(attr(attribs, 'styleId') ?? '', style);
            break;
          case 'basedOn':
            if (style) style.basedOn = valOf(attribs);
            break;
          case 'numPr':
            if (style) ref = style.num = { numId: '', ilvl: 0 };
            break;
          case 'numId':
            if (ref) ref.numId = valOf(attribs) ?? '';
            break;
          case 'ilvl':
            if (ref) ref.ilvl = Number(valOf(attribs) ?? 0);
            break;
        }
      },
      close: (name) => {
        const local = localName(name);
        if (local === 'style') style = undefined;
        else if (local === 'numPr') ref = undefined;
      },
      text: () => undefined,
    });
  }

  /** The list a paragraph style numbers its paragraphs with (following `basedOn`), if any. */
  styleNumbering(styleId: string): NumberingRef | undefined {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const num = this.styles.get(id)?.num;
      if (num) return num;
    }
    return undefined;
  }

  /**
   * Advances the counter of a list level and returns the number as displayed (`一、`, `（二）`,
   * `3.`); `''` for a list that is not defined or shows no number.
   */
  next(ref: NumberingRef): string {
    const num = this.nums.get(ref.numId);
    const levels = num ? this.abstracts.get(num.abstract) : undefined;
    const level = levels?.get(ref.ilvl);
    if (!num || !levels || !level || !(Number.isInteger(ref.ilvl) && ref.ilvl >= 0 && ref.ilvl <= MAX_LEVEL)) return '';
    // Lists that share a definition share their counters, as Word numbers them.
    let counters = this.counters.get(num.abstract);
    if (!counters) this.counters.set(num.abstract, (counters = []));
    const startOf = (ilvl: number): number => num.starts.get(ilvl) ?? levels.get(ilvl)?.start ?? 1;
    counters[ref.ilvl] = counters[ref.ilvl] === undefined ? startOf(ref.ilvl) : (counters[ref.ilvl] as number) + 1;
    counters.length = ref.ilvl + 1;
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const ilvl = Number(d) - 1;
      const value = counters[ilvl] ?? startOf(ilvl);
      return formatNumber(value, levels.get(ilvl)?.format ?? 'decimal');
    });
  }
}
