/**
 * A small OOXML writer for tests: renders a Report as a DOCX the way Word or WPS lays out the
 * official tables (merged label cells, header cells spanning columns), so the DOCX reader is
 * tested on real-shaped documents. The table layout is derived from the format definitions.
 */
import { zipSync, strToU8 } from 'fflate';
import { type BlockDef, type CellRef, getFormat } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { printAsIs, printRow, type ValuePrinter } from './table-edits.js';

/** How the producer writes merges and markup. */
export interface DocxStyle {
  /** `word`: `w:vMerge w:val="continue"`; `wps`: bare `<w:vMerge/>` and one run per character. */
  producer: 'word' | 'wps';
  /** Namespace prefix of WordprocessingML (Word and WPS both use `w`; other tools differ). */
  prefix?: string;
  /** Write horizontal merges with the old `w:hMerge` instead of `w:gridSpan`. */
  hMerge?: boolean;
  /** Wrap the whole body in a one-cell layout table, with the report tables nested in it. */
  nestInLayoutTable?: boolean;
  /**
   * Number the section headings with Word's list numbering (a heading style whose list shows
   * `一、`), so the numbers are not in the text.
   */
  numberedHeadings?: boolean;
}

/** The ways of writing a DOCX the tests read: Word's and WPS's, the old hMerge, another prefix in a layout table. */
export const DOCX_STYLES: readonly DocxStyle[] = [
  { producer: 'word' },
  { producer: 'wps' },
  { producer: 'word', hMerge: true },
  { producer: 'wps', prefix: 'ns0', nestInLayoutTable: true },
];

const WML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Cell {
  text: string;
  span?: number;
  vMerge?: 'restart' | 'continue';
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class Writer {
  private readonly p: string;
  constructor(private readonly style: DocxStyle) {
    this.p = style.prefix ?? 'w';
  }

  private el(name: string, attrs = '', inner?: string): string {
    const tag = `${this.p}:${name}${attrs ? ` ${attrs}` : ''}`;
    return inner === undefined ? `<${tag}/>` : `<${tag}>${inner}</${this.p}:${name}>`;
  }

  private attr(name: string, value: string | number): string {
    return `${this.p}:${name}="${value}"`;
  }

  private runs(text: string): string {
    const pieces = this.style.producer === 'wps' ? [...text] : [text];
    return pieces
      .map((t) =>
        this.el(
          'r',
          '',
          this.el('rPr', '', this.el('rFonts', this.attr('eastAsia', '宋体'))) +
            this.el('t', 'xml:space="preserve"', escapeXml(t)),
        ),
      )
      .join('');
  }

  paragraph(text: string, style?: string): string {
    const pStyle = style ? this.el('pStyle', this.attr('val', style)) : '';
    return this.el(
      'p',
      '',
      this.el('pPr', '', pStyle + this.el('jc', this.attr('val', 'left'))) + (text ? this.runs(text) : ''),
    );
  }

  private vMerge(kind: 'restart' | 'continue'): string {
    if (kind === 'restart') return this.el('vMerge', this.attr('val', 'restart'));
    return this.style.producer === 'word' ? this.el('vMerge', this.attr('val', 'continue')) : this.el('vMerge');
  }

  private cells(cell: Cell): string[] {
    const span = cell.span ?? 1;
    const merge = cell.vMerge ? this.vMerge(cell.vMerge) : '';
    const text = cell.vMerge === 'continue' ? '' : cell.text;
    if (span > 1 && this.style.hMerge) {
      const first = this.el(
        'tc',
        '',
        this.el('tcPr', '', this.el('hMerge', this.attr('val', 'restart')) + merge) + this.paragraph(text),
      );
      const rest = Array.from({ length: span - 1 }, () =>
        this.el('tc', '', this.el('tcPr', '', this.el('hMerge') + merge) + this.paragraph('')),
      );
      return [first, ...rest];
    }
    const props = (span > 1 ? this.el('gridSpan', this.attr('val', span)) : '') + merge;
    // Word breaks a header such as 本年新制作数量 over two paragraphs in narrow cells (a number
    // wraps inside its paragraph).
    const split = text.length > 6 && this.style.producer === 'word' && !/^[-\d]/.test(text);
    const lines = split ? [text.slice(0, 3), text.slice(3)] : [text];
    return [
      this.el(
        'tc',
        '',
        this.el('tcPr', '', this.el('tcW', `${this.attr('w', 1000)} ${this.attr('type', 'dxa')}`) + props) +
          lines.map((l) => this.paragraph(l)).join(''),
      ),
    ];
  }

  table(rows: Cell[][], columns: number): string {
    const grid = this.el(
      'tblGrid',
      '',
      Array.from({ length: columns }, () => this.el('gridCol', this.attr('w', 1000))).join(''),
    );
    const body = rows.map((row) => this.el('tr', '', row.flatMap((c) => this.cells(c)).join(''))).join('');
    return this.el('tbl', '', this.el('tblPr', '', this.el('tblBorders', '')) + grid + body);
  }

  document(body: string): string {
    const inner = this.style.nestInLayoutTable ? this.el('tbl', '', this.el('tr', '', this.el('tc', '', body))) : body;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${this.p}:document xmlns:${this.p}="${WML}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${this.el('body', '', inner + this.el('sectPr', ''))}</${this.p}:document>`;
  }
}

function valueSpans(count: number, width: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? width - count + 1 : 1));
}

/** The cells of a row of values printed through `printer` (see {@link printRow}); `null` when the row is left out. */
function valueCells(
  report: Report,
  refs: readonly CellRef[],
  printer: ValuePrinter,
  spans?: readonly number[],
): Cell[] | null {
  return printRow(report, refs, printer, spans)?.map(({ text, cols }) => ({ text, span: cols })) ?? null;
}

function table2Rows(report: Report, blocks: readonly BlockDef[], printer: ValuePrinter): Cell[][] {
  const rows: Cell[][] = [];
  for (const block of blocks) {
    const spans = valueSpans(block.columns.length, 3);
    rows.push([{ text: block.caption ?? '', span: 4 }]);
    rows.push([{ text: '信息内容' }, ...block.columns.map((c, i) => ({ text: c.label, span: spans[i] as number }))]);
    for (const row of block.rows) {
      const refs = block.columns.map((c) => ({ table: '2' as const, row: row.key, column: c.key }));
      const values = valueCells(report, refs, printer, spans);
      if (values) rows.push([{ text: row.label }, ...values]);
    }
  }
  return rows;
}

function table3Rows(report: Report, block: BlockDef, printer: ValuePrinter): Cell[][] {
  const head: Cell[][] = [
    [
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span: 3, vMerge: 'restart' },
      { text: '申请人情况', span: 7 },
    ],
    [
      { text: '', span: 3, vMerge: 'continue' },
      { text: '自然人', vMerge: 'restart' },
      { text: '法人或其他组织', span: 5 },
      { text: '总计', vMerge: 'restart' },
    ],
    [
      { text: '', span: 3, vMerge: 'continue' },
      { text: '', vMerge: 'continue' },
      ...block.columns.slice(1, 6).map((c) => ({ text: c.label })),
      { text: '', vMerge: 'continue' },
    ],
  ];
  const rows: Cell[][] = [];
  // Merged label cells continue from the row printed above, so a row left out ends no merge early.
  let prev: readonly string[] = [];
  for (const row of block.rows) {
    const refs = block.columns.map((c) => ({ table: '3' as const, row: row.key, column: c.key }));
    const values = valueCells(report, refs, printer);
    if (!values) continue;
    const parents = row.parents ?? [];
    const label: Cell[] = parents.map((parent, depth) => ({
      text: parent,
      vMerge: prev[depth] === parent ? 'continue' : 'restart',
    }));
    label.push({ text: row.label, span: 3 - parents.length });
    rows.push([...label, ...values]);
    prev = parents;
  }
  return [...head, ...rows];
}

function table4Rows(report: Report, printer: ValuePrinter): Cell[][] {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const groups = ['review', 'litigationDirect', 'litigationAfterReview'];
  const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const values = valueCells(
    report,
    groups.flatMap((g) => keys.map((k) => ({ table: '4' as const, row: g, column: k }))),
    printer,
  );
  return [
    [
      { text: '行政复议', span: 5 },
      { text: '行政诉讼', span: 10 },
    ],
    [
      ...outcomes.map((o) => ({ text: o, vMerge: 'restart' as const })),
      { text: '未经复议直接起诉', span: 5 },
      { text: '复议后起诉', span: 5 },
    ],
    [
      ...outcomes.map(() => ({ text: '', vMerge: 'continue' as const })),
      ...outcomes.map((o) => ({ text: o })),
      ...outcomes.map((o) => ({ text: o })),
    ],
    ...(values ? [values] : []),
  ];
}

/**
 * The `word/document.xml` of a report rendered in the official layout.
 *
 * @example
 * ```ts
 * const xml = reportDocumentXml(report, { producer: 'wps' });
 * ```
 */
export function reportDocumentXml(report: Report, style: DocxStyle, printer: ValuePrinter = printAsIs): string {
  const w = new Writer(style);
  const format = getFormat(report.format);
  const [t2, t3] = format.tables;
  const parts: string[] = [w.paragraph(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`)];
  const section = (key: string, heading: string): void => {
    const s = (report.sections as Record<string, { heading: string; text: string } | undefined>)[key];
    const printed = s?.heading ?? heading;
    parts.push(
      style.numberedHeadings
        ? w.paragraph(printed.replace(/^[一二三四五六七八九十]+、/, ''), 'Heading1')
        : w.paragraph(printed),
    );
    for (const line of (s?.text ?? '').split('\n')) if (line.trim()) parts.push(w.paragraph(line));
  };
  const headings = format.sections;
  section(headings[0]?.key ?? '', headings[0]?.heading ?? '');
  section(headings[1]?.key ?? '', headings[1]?.heading ?? '');
  parts.push(w.table(table2Rows(report, t2.blocks, printer), 4));
  section(headings[2]?.key ?? '', headings[2]?.heading ?? '');
  parts.push(w.table(table3Rows(report, t3.blocks[0] as BlockDef, printer), 10));
  section(headings[3]?.key ?? '', headings[3]?.heading ?? '');
  parts.push(w.table(table4Rows(report, printer), 15));
  for (const s of headings.slice(4)) section(s.key, s.heading);
  return w.document(parts.join(''));
}

/**
 * A complete DOCX (ZIP) of a report, with the parts Word requires.
 *
 * @example
 * ```ts
 * const bytes = reportDocx(report, { producer: 'word' });
 * ```
 */
export function reportDocx(report: Report, style: DocxStyle, printer: ValuePrinter = printAsIs): Uint8Array {
  const xml = reportDocumentXml(report, style, printer);
  return style.numberedHeadings
    ? docxFromDocumentXml(xml, { 'word/numbering.xml': NUMBERING, 'word/styles.xml': STYLES })
    : docxFromDocumentXml(xml);
}

/** A list whose first level shows 一、二、三、 (Chinese counting) and second level （一）（二）. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WML}"><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num></w:numbering>`;
/** A heading style numbered with that list, as Word's 标题 1 is when numbering is switched on. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WML}"><w:style w:type="paragraph" w:styleId="HeadingBase"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="HeadingBase"/></w:style></w:styles>`;

/** Packs a `word/document.xml` (and other parts) into a DOCX. */
export function docxFromDocumentXml(xml: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    ...Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
  });
}
