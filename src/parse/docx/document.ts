/**
 * WordprocessingML (`word/document.xml`) to the shared layout: paragraphs, and table rows on the
 * expanded grid with merged cells (`w:gridSpan`, `w:vMerge`, the old `w:hMerge`, skipped grid
 * columns `w:gridBefore`/`w:gridAfter`) repeated as spanned cells.
 *
 * Elements are matched by namespace, not by prefix (Word writes `w:`, other producers may not),
 * and the parser is streaming and linear in the size of the XML.
 *
 * @module
 */
import { Parser } from 'htmlparser2';
import type { LayoutBlock, LayoutCell, SourceLoc } from '../layout.js';
import { SourcePositions } from '../source-position.js';
import { Numbering } from './numbering.js';

const WML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Paragraph {
  kind: 'p';
  text: string;
  loc: SourceLoc;
  /** The paragraph style and the list numbering set on the paragraph itself. */
  style?: string;
  numId?: string;
  ilvl?: number;
}
interface Cell {
  content: (Paragraph | Table)[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
  loc: SourceLoc;
}
interface Row {
  cells: Cell[];
  before: number;
  after: number;
  loc: SourceLoc;
}
interface Table {
  kind: 'tbl';
  rows: Row[];
  loc: SourceLoc;
}

/** Which text-bearing elements to leave out: field codes, deleted text, duplicate fallbacks. */
const SKIPPED = new Set(['instrText', 'delText', 'delInstrText']);

const val = (attribs: Record<string, string>, prefix: string): string | undefined =>
  attribs[prefix ? `${prefix}:val` : 'val'] ?? attribs['w:val'] ?? attribs.val;

/**
 * Reads the body of a WordprocessingML document into paragraphs and tables.
 * Locations are the line and column of the element in `word/document.xml`.
 *
 * @example
 * ```ts
 * const blocks = documentLayout(xmlText);
 * ```
 */
export function documentLayout(xml: string, numbering: Numbering = new Numbering()): LayoutBlock[] {
  const positions = new SourcePositions(xml);
  const namespaces = new Map<string, string>();
  const body: (Paragraph | Table)[] = [];
  const containers: (Paragraph | Table)[][] = [body];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  let skipDepth = 0;
  let inText = false;
  const stack: string[] = [];

  const local = (name: string): { ns: string | undefined; local: string; prefix: string } => {
    const colon = name.indexOf(':');
    const prefix = colon >= 0 ? name.slice(0, colon) : '';
    return { ns: namespaces.get(prefix), local: colon >= 0 ? name.slice(colon + 1) : name, prefix };
  };
  const currentCell = (): Cell | undefined => {
    const row = tables[tables.length - 1]?.rows;
    const cells = row?.[row.length - 1]?.cells;
    return cells?.[cells.length - 1];
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        for (const [key, value] of Object.entries(attribs)) {
          if (key === 'xmlns') namespaces.set('', value);
          else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
        }
        stack.push(name);
        const el = local(name);
        if (skipDepth > 0 || (el.ns === MARKUP_COMPATIBILITY && el.local === 'Fallback')) {
          skipDepth++;
          return;
        }
        if (!el.ns || !WML.has(el.ns)) return;
        const loc: SourceLoc = positions.at(parser.startIndex);
        const paragraph = paragraphs[paragraphs.length - 1];
        switch (el.local) {
          case 'p': {
            const p: Paragraph = { kind: 'p', text: '', loc };
            paragraphs.push(p);
            break;
          }
          case 't':
            inText = true;
            break;
          case 'pStyle':
            if (paragraph) paragraph.style = val(attribs, el.prefix);
            break;
          case 'numId':
            if (paragraph) paragraph.numId = val(attribs, el.prefix);
            break;
          case 'ilvl':
            if (paragraph) paragraph.ilvl = Number(val(attribs, el.prefix) ?? 0);
            break;
          case 'tab':
            if (paragraph && stack.some((s) => local(s).local === 'r')) paragraph.text += '\t';
            break;
          case 'br':
          case 'cr':
            if (paragraph) paragraph.text += '\n';
            break;
          case 'noBreakHyphen':
            if (paragraph) paragraph.text += '-';
            break;
          case 'tbl': {
            const t: Table = { kind: 'tbl', rows: [], loc };
            tables.push(t);
            (containers[containers.length - 1] as (Paragraph | Table)[]).push(t);
            break;
          }
          case 'tr':
            tables[tables.length - 1]?.rows.push({ cells: [], before: 0, after: 0, loc });
            break;
          case 'tc': {
            const rows = tables[tables.length - 1]?.rows;
            const row = rows?.[rows.length - 1];
            if (row) {
              const cell: Cell = { content: [], span: 1, vMerge: null, hMerge: null, loc };
              row.cells.push(cell);
              containers.push(cell.content);
            }
            break;
          }
          case 'gridSpan': {
            const cell = currentCell();
            const n = Number.parseInt(val(attribs, el.prefix) ?? '1', 10);
            if (cell) cell.span = Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
            break;
          }
          case 'vMerge':
          case 'hMerge': {
            const cell = currentCell();
            const kind = val(attribs, el.prefix) === 'restart' ? 'restart' : 'continue';
            if (cell) cell[el.local] = kind;
            break;
          }
          case 'gridBefore':
          case 'gridAfter': {
            const rows = tables[tables.length - 1]?.rows;
            const row = rows?.[rows.length - 1];
            const n = Number.parseInt(val(attribs, el.prefix) ?? '0', 10);
            if (row && Number.isFinite(n) && n > 0)
              row[el.local === 'gridBefore' ? 'before' : 'after'] = Math.min(n, 1000);
            break;
          }
          default:
            if (SKIPPED.has(el.local)) skipDepth++;
        }
      },
      ontext(text) {
        const paragraph = paragraphs[paragraphs.length - 1];
        if (inText && skipDepth === 0 && paragraph) paragraph.text += text;
      },
      onclosetag(name) {
        stack.pop();
        const el = local(name);
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (!el.ns || !WML.has(el.ns)) return;
        if (el.local === 't') inText = false;
        else if (el.local === 'p') {
          const p = paragraphs.pop();
          if (p) {
            p.text = listNumber(p, numbering) + p.text;
            (containers[containers.length - 1] as (Paragraph | Table)[]).push(p);
          }
        } else if (el.local === 'tc') {
          if (currentCell()) containers.pop();
        } else if (el.local === 'tbl') tables.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  const out: LayoutBlock[] = [];
  const counter = { table: 0 };
  emit(body, out, counter);
  return out;
}

/** The number Word displays before a paragraph in a list (`一、`), or `''`. */
function listNumber(p: Paragraph, numbering: Numbering): string {
  const fromStyle = p.style === undefined ? undefined : numbering.styleNumbering(p.style);
  const numId = p.numId ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return '';
  return numbering.next({ numId, ilvl: p.ilvl ?? fromStyle?.ilvl ?? 0 });
}

function joinParts(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    const t = part.trim();
    if (t === '') continue;
    text = text !== '' && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(t) ? `${text} ${t}` : text + t;
  }
  return text;
}

/** A table used only to lay out a page (one column): its content is read as running content. */
function isLayoutTable(t: Table): boolean {
  return t.rows.every((r) => r.cells.length <= 1 && r.before === 0 && r.after === 0);
}

function emit(items: readonly (Paragraph | Table)[], out: LayoutBlock[], counter: { table: number }): void {
  for (const item of items) {
    if (item.kind === 'p') {
      for (const line of item.text.split('\n')) {
        const text = line.trim();
        if (text !== '') out.push({ kind: 'paragraph', text, loc: item.loc });
      }
    } else if (isLayoutTable(item)) {
      for (const row of item.rows) for (const cell of row.cells) emit(cell.content, out, counter);
    } else {
      emitTable(item, out, counter);
    }
  }
}

interface Region {
  text: string;
  loc: SourceLoc;
}

/**
 * Emits a table on its expanded grid. A cell continuing a vertical merge takes the region of the
 * cell above it in the same grid column; one continuing a horizontal merge, the region to its
 * left. Tables nested in cells follow the outer table.
 */
function emitTable(table: Table, out: LayoutBlock[], counter: { table: number }): void {
  const index = counter.table++;
  const nested: Table[] = [];
  const grid: (Region | null)[][] = [];
  for (const row of table.rows) {
    const line: (Region | null)[] = Array.from({ length: row.before }, () => null);
    const above = grid[grid.length - 1];
    for (const cell of row.cells) {
      const col = line.length;
      const paragraphs = cell.content.filter((c): c is Paragraph => c.kind === 'p');
      nested.push(...cell.content.filter((c): c is Table => c.kind === 'tbl'));
      // A cell's paragraphs and line breaks are one label (`本年新` / `制作数量`).
      let region: Region = { text: joinParts(paragraphs.flatMap((p) => p.text.split(/\s+/))), loc: cell.loc };
      if (cell.vMerge === 'continue' && above?.[col]) region = above[col] as Region;
      else if (cell.hMerge === 'continue' && col > 0 && line[col - 1]) region = line[col - 1] as Region;
      for (let k = 0; k < cell.span; k++) line.push(region);
    }
    for (let k = 0; k < row.after; k++) line.push(null);
    grid.push(line);
  }
  const width = Math.max(0, ...grid.map((r) => r.length));
  const seen = new Set<Region>();
  grid.forEach((line, r) => {
    const cells: LayoutCell[] = [];
    for (let c = 0; c < width; c++) {
      const region = line[c] ?? null;
      const loc: SourceLoc = { ...(region?.loc ?? table.rows[r]?.loc), table: index, row: r, cell: c };
      if (!region) {
        cells.push({ text: '', loc });
        continue;
      }
      const spanned = seen.has(region);
      seen.add(region);
      cells.push(spanned ? { text: region.text, loc, spanned: true } : { text: region.text, loc });
    }
    out.push({ kind: 'row', cells, loc: { ...table.rows[r]?.loc, table: index, row: r } });
  });
  for (const t of nested) emit([t], out, counter);
}
