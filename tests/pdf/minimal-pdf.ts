/**
 * Writes small, valid PDFs for tests: pages of ASCII text in Helvetica and drawn lines, optionally
 * encrypted (with a password nobody knows), compressed (Flate, each page's content in two streams),
 * or with marks drawn through a form XObject. Enough to test the reader's handling of files that are
 * not in the corpus: scans without text, password-protected files, tables drawn with rules.
 */

import { deflateSync } from 'node:zlib';

/** Something drawn on a page, in PDF user space (origin bottom left, points). */
export type Mark =
  | { text: string; x: number; y: number; size?: number /** degrees, counter-clockwise */; angle?: number }
  | { cjk: string; x: number; y: number; size?: number; angle?: number }
  | { line: [number, number, number, number]; width?: number }
  | { box: [number, number, number, number] };

/** A page: its size and what is drawn on it. */
export interface PageSpec {
  width?: number;
  height?: number;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotate?: number;
  marks: Mark[];
  /** Marks drawn through a form XObject (`Do`), placed by its matrix, after the page's own. */
  form?: { matrix: [number, number, number, number, number, number]; marks: Mark[] };
}

const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
/** UCS-2 hex codes, as shown with the predefined CMap UniGB-UCS2-H. */
const ucs2 = (s: string): string =>
  [...s].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, '0')).join('');

/** The Chinese font through the predefined CMap UniGB-UCS2-H; returns its object number. */
function ucs2Font(add: (body: string) => number): number {
  const cidFont = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>',
  );
  return add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
}

/** The Chinese font with Identity-H codes and a ToUnicode map of the characters the pages use. */
function identityFont(pages: readonly PageSpec[], add: (body: string) => number): number {
  const used = new Set<string>();
  for (const page of pages)
    for (const m of page.marks) if ('cjk' in m) for (const c of ucs2(m.cjk).match(/.{4}/g) ?? []) used.add(c);
  const cmap = toUnicodeCMap([...used].sort());
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const cidFont = add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /CIDToGIDMap /Identity /FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>',
  );
  return add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
}

function content(marks: readonly Mark[]): string {
  const ops: string[] = [];
  for (const m of marks) {
    if ('text' in m || 'cjk' in m) {
      const r = ((m.angle ?? 0) * Math.PI) / 180;
      const [cos, sin] = [Math.cos(r), Math.sin(r)].map((v) => Math.round(v * 1e6) / 1e6) as [number, number];
      const shown = 'text' in m ? `/F1 ${m.size ?? 10} Tf (${esc(m.text)})` : `/F2 ${m.size ?? 10} Tf <${ucs2(m.cjk)}>`;
      const [font, str] = [shown.slice(0, shown.lastIndexOf(' ')), shown.slice(shown.lastIndexOf(' ') + 1)];
      ops.push(`BT ${font} ${cos} ${sin} ${-sin} ${cos} ${m.x} ${m.y} Tm ${str} Tj ET`);
    } else if ('line' in m) ops.push(`${m.width ?? 0.5} w ${m.line[0]} ${m.line[1]} m ${m.line[2]} ${m.line[3]} l S`);
    else ops.push(`0.8 g ${m.box.join(' ')} re f 0 g`);
  }
  return ops.join('\n');
}

/**
 * How Chinese is encoded. `cmap`: codes through the predefined CMap UniGB-UCS2-H, which a reader
 * must load and build (tens of thousands of entries) for every document. `tounicode`: codes as
 * CIDs (Identity-H) with a ToUnicode map of just the characters used, the way word processors
 * write the subset fonts they embed; a reader builds it in a moment.
 */
export type CjkEncoding = 'cmap' | 'tounicode';

/** A ToUnicode CMap mapping each code (a character's UCS-2 value) to that character. */
function toUnicodeCMap(codes: readonly string[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const block = codes.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map((c) => `<${c}> <${c}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/**
 * A PDF of the given pages. With `encrypted`, the file carries a standard security handler whose
 * user password is not empty, so it cannot be opened without it; `cjk` chooses how Chinese is
 * encoded (`cmap` by default); `compress` writes the streams with Flate, each page's content in
 * two of them.
 *
 * @example
 * ```ts
 * const bytes = minimalPdf([{ marks: [{ text: 'Hello', x: 72, y: 720 }] }]);
 * ```
 */
export function minimalPdf(
  pages: readonly PageSpec[],
  options: { encrypted?: boolean; cjk?: CjkEncoding; compress?: boolean } = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  // Chinese in a font that is not embedded, through the predefined CMap UniGB-UCS2-H: a reader
  // needs the CMap files to map the codes to characters (many older government PDFs are made so).
  const cjkFont = options.cjk === 'tounicode' ? identityFont(pages, add) : ucs2Font(add);
  const fonts = `/Font << /F1 ${font} 0 R /F2 ${cjkFont} 0 R >>`;
  /** A stream object of `data`; compressed (Flate) with `compress`. */
  const stream = (data: string, dict = ''): number => {
    const body = options.compress ? deflateSync(data).toString('latin1') : data;
    const filter = options.compress ? ' /Filter /FlateDecode' : '';
    return add(`<< /Length ${body.length}${filter}${dict} >>\nstream\n${body}\nendstream`);
  };
  const kids: number[] = [];
  for (const page of pages) {
    const [w, h] = [page.width ?? 595, page.height ?? 842];
    let ops = content(page.marks);
    let xobjects = '';
    if (page.form) {
      const form = stream(
        content(page.form.marks),
        ` /Type /XObject /Subtype /Form /BBox [0 0 ${w} ${h}] /Matrix [${page.form.matrix.join(' ')}] /Resources << ${fonts} >>`,
      );
      ops += '\nq /X1 Do Q';
      xobjects = ` /XObject << /X1 ${form} 0 R >>`;
    }
    // Compressed content is written as two streams, as some producers do (split after a line).
    const cut = options.compress ? ops.indexOf('\n', ops.length >> 1) + 1 : 0;
    const contents =
      cut > 0 ? `[${stream(ops.slice(0, cut))} 0 R ${stream(ops.slice(cut))} 0 R]` : `${stream(ops)} 0 R`;
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${w} ${h}] /Rotate ${page.rotate ?? 0} /Resources << ${fonts}${xobjects} >> /Contents ${contents} >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> >>`)
    : undefined;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is one byte: the text is ASCII, compressed data one character a byte.
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
