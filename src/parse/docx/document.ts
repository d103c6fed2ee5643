/**
 * WordprocessingML (`word/document.xml`) to the shared layout: paragraphs, and table rows on the
 * expanded grid with merged cells (`w:gridSpan`, `w:vMerge`, the old `w:hMerge`, skipped grid
 * columns `w:gridBefore`/`w:gridAfter`) repeated as spanned cells.
 *
 * Elements are matched by namespace, not by prefix (Word writes `w:`, other producers may not),
 * and the parser is streaming and linear in the size of the XML. The table grids are bounded
 * (see table-grid.ts), and so is the nesting of tables: a document past a bound is not read, and
 * {@link DocumentLayout} says why.
 *
 * @module
 */
import type { LayoutBlock, SourceLoc } from '../layout.js';
import { SourcePositions } from '../source-position.js';
import { type GridCell, GridBudget, type GridLimits, TableGrid } from '../table-grid.js';
import { Numbering } from './numbering.js';
import { readXml } from './xml.js';

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

/** Tables nested deeper than this are not a report's (which nests one level, in a layout table). */
const MAX_TABLE_DEPTH = 16;

/**
 * The layout of `word/document.xml`, or why it was not read (`tooLarge`: a bound passed).
 *
 * @example
 * ```ts
 * const { blocks, tooLarge } = documentLayout(xmlText);
 * ```
 */
export interface DocumentLayout {
  blocks: LayoutBlock[];
  tooLarge?: string;
}

/** Which text-bearing elements to leave out: field codes, deleted text, duplicate fallbacks. */
const SKIPPED = new Set(['instrText', 'delText', 'delInstrText']);

const val = (attribs: Readonly<Record<string, string>>, prefix: string): string | undefined =>
  attribs[prefix ? `${prefix}:val` : 'val'] ?? attribs['w:val'] ?? attribs.val;

/**
 * Reads the body of a WordprocessingML document into paragraphs and tables.
 * Locations are the line and column of the element in `word/document.xml`.
 *
 * @example
 * ```ts
 * const { blocks } = documentLayout(xmlText);
 * ```
 */
export function documentLayout(
  xml: string,
  numbering: Numbering = new Numbering(),
  limits?: GridLimits,
): DocumentLayout {
  const positions = new SourcePositions(xml);
  const namespaces = new Map<string, string>();
  const body: (Paragraph | Table)[] = [];
  const containers: (Paragraph | Table)[][] = [body];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  let skipDepth = 0;
  let inText = false;
  /** Open runs (`w:r`): a tab counts only inside one (`w:tab` also defines tab stops). */
  let runDepth = 0;
  let tooLarge: string | undefined;

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

  readXml(xml, {
    open(name, attribs, start) {
      for (const [key, value] of Object.entries(attribs)) {
        if (key === 'xmlns') namespaces.set('', value);
        else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
      }
      const el = local(name);
      if (tooLarge !== undefined) return;
      if (skipDepth > 0 || (el.ns === MARKUP_COMPATIBILITY && el.local === 'Fallback')) {
        skipDepth++;
        return;
      }
      if (!el.ns || !WML.has(el.ns)) return;
      const loc: SourceLoc = positions.at(start);
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
        case 'r':
          runDepth++;
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
          if (paragraph && runDepth > 0) paragraph.text += '\t';
          break;
        case 'br':
        case 'cr':
          if (paragraph) paragraph.text += '\n';
          break;
        case 'noBreakHyphen':
          if (paragraph) paragraph.text += '-';
          break;
        case 'tbl': {
          if (tables.length >= MAX_TABLE_DEPTH) {
            tooLarge = `tables nested more than ${MAX_TABLE_DEPTH} deep`;
            return;
          }
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
    text(text) {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (inText && skipDepth === 0 && paragraph) paragraph.text += text;
    },
    close(name) {
      const el = local(name);
      if (tooLarge !== undefined) return;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (!el.ns || !WML.has(el.ns)) return;
      if (el.local === 't') inText = false;
      else if (el.local === 'r') runDepth = Math.max(0, runDepth - 1);
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
  });
  if (tooLarge !== undefined) return { blocks: [], tooLarge };
  const out: LayoutBlock[] = [];
  const state: EmitState = { table: 0, budget: new GridBudget(limits) };
  emit(body, out, state);
  return state.budget.overflow === undefined ? { blocks: out } : { blocks: [], tooLarge: state.budget.overflow };
}

/** The number Word displays before a paragraph in a list (`一、`), or `''`. */
function listNumber(p: Paragraph, numbering: Numbering): string {
  const fromStyle = p.style === undefined ? undefined : numbering.styleNumbering(p.style);
  const numId = p.numId ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return '';
  return numbering.next({ numId, ilvl: p.ilvl ?? fromStyle?.ilvl ?? 0 });
}

const isAsciiWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The words of a cell's paragraphs joined into one label (`本年新` + `制作数量`), with a space only
 * between two Latin letters or digits. Linear: the parts are joined once, at the end.
 */
function joinParts(parts: readonly string[]): string {
  const out: string[] = [];
  let last = -1;
  for (const part of parts) {
    const t = part.trim();
    if (t === '') continue;
    if (isAsciiWordChar(last) && isAsciiWordChar(t.charCodeAt(0))) out.push(' ');
    out.push(t);
    last = t.charCodeAt(t.length - 1);
  }
  return out.join('');
}

/** A table used only to lay out a page (one column): its content is read as running content. */
function isLayoutTable(t: Table): boolean {
  return t.rows.every((r) => r.cells.length <= 1 && r.before === 0 && r.after === 0);
}

interface EmitState {
  /** The index of the next table. */
  table: number;
  /** What the grids of the document may still fill. */
  budget: GridBudget;
}

function emit(items: readonly (Paragraph | Table)[], out: LayoutBlock[], state: EmitState): void {
  for (const item of items) {
    if (state.budget.overflow !== undefined) return;
    if (item.kind === 'p') {
      for (const line of item.text.split('\n')) {
        const text = line.trim();
        if (text !== '') out.push({ kind: 'paragraph', text, loc: item.loc });
      }
    } else if (isLayoutTable(item)) {
      for (const row of item.rows) for (const cell of row.cells) emit(cell.content, out, state);
    } else {
      emitTable(item, out, state);
    }
  }
}

/**
 * Emits a table on its grid. A cell continuing a vertical merge is the cell above it in the same
 * grid column; one continuing a horizontal merge, the cell to its left. Tables nested in cells
 * follow the outer table.
 */
function emitTable(table: Table, out: LayoutBlock[], state: EmitState): void {
  const grid = new TableGrid(state.table++, state.budget);
  const nested: Table[] = [];
  for (const row of table.rows) {
    grid.startRow(row.loc);
    grid.skip(row.before);
    for (const cell of row.cells) {
      const paragraphs: Paragraph[] = [];
      for (const c of cell.content) {
        if (c.kind === 'p') paragraphs.push(c);
        else nested.push(c);
      }
      const above = cell.vMerge === 'continue' ? grid.above() : undefined;
      const left = above === undefined && cell.hMerge === 'continue' ? grid.left() : undefined;
      // A cell's paragraphs and line breaks are one label (`本年新` / `制作数量`).
      const own: GridCell = { text: joinParts(paragraphs.flatMap((p) => p.text.split(/\s+/))), loc: cell.loc };
      grid.place(above ?? left ?? own, cell.span);
    }
    grid.skip(row.after);
    const block = grid.endRow();
    if (block) out.push(block);
    if (state.budget.overflow !== undefined) return;
  }
  for (const t of nested) emit([t], out, state);
}
