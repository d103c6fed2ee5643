/**
 * Single edits of a printed report, as a careless copier or a damaged page makes them: a field
 * deleted with its separator, a cell emptied or removed, two fields joined by a space, a footnote
 * mark or list marker put into a number, two values swapped, a line cut in two. Each edit says
 * which report cells it changed and to what, so a test knows what a correct reading is.
 */
import fc from 'fast-check';
import type { PrintedCell, PrintedLine } from './render.js';

export type EditKind = 'delete-field' | 'delete-cell' | 'join' | 'mark' | 'swap' | 'cut';
export const EDIT_KINDS: readonly EditKind[] = ['delete-field', 'delete-cell', 'join', 'mark', 'swap', 'cut'];

/** Footnote marks and list markers that look like digits. */
export const MARKS = ['²', '³', '¹', '⁰', '⁴', '①', '⑤', '⑫', '⑴', '⒈', '₂'];

/** An edit to make: its kind, and numbers that pick its place (taken modulo what there is). */
export interface EditPlan {
  kind: EditKind;
  at: number;
  other: number;
  offset: number;
  mark: number;
}

/**
 * Any edit plan: every kind, at any place (the numbers are taken modulo what the print has).
 *
 * @example
 * ```ts
 * fc.sample(editPlanArb, { numRuns: 3, seed: 1 }); // three plans of random kinds and places
 * ```
 */
export const editPlanArb: fc.Arbitrary<EditPlan> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  at: fc.nat(),
  other: fc.nat(),
  offset: fc.nat(),
  mark: fc.nat(),
});

/** An edited print: the lines, and the value each edited report cell now prints (null: none). */
export interface Edited {
  lines: PrintedLine[];
  /** Report cells whose printed value the edit changed, with the value they now print. */
  changed: Map<string, number | null>;
  /** What was done, for the failure message. */
  description: string;
}

const clone = (lines: readonly PrintedLine[]): PrintedLine[] =>
  lines.map((l) => ({ kind: l.kind, cells: l.cells.map((c) => ({ ...c })) }));

/** Every value cell that prints something, as [line, cell] places. */
function valuePlaces(lines: readonly PrintedLine[]): [number, number][] {
  const places: [number, number][] = [];
  lines.forEach((line, i) => {
    line.cells.forEach((c, k) => {
      if (c.key && c.text.trim() !== '') places.push([i, k]);
    });
  });
  return places;
}

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

/**
 * Applies one edit. `medium` decides what deleting a field and a cell mean: in text a field goes
 * with its separator and an emptied cell keeps it; in HTML a field's text is emptied and a cell
 * (`<td>`) goes altogether. `numberOf` reads the number a printed value stands for.
 */
export function applyEdit(
  printed: readonly PrintedLine[],
  plan: EditPlan,
  medium: 'text' | 'html',
  numberOf: (cell: PrintedCell) => number,
): Edited | undefined {
  const lines = clone(printed);
  const changed = new Map<string, number | null>();
  const places = valuePlaces(lines);
  const place = pick(places, plan.at);
  if (!place) return undefined;
  const [i, k] = place;
  const line = lines[i] as PrintedLine;
  const cell = line.cells[k] as PrintedCell;
  const key = cell.key as string;
  const removeCell = (medium === 'text') === (plan.kind === 'delete-field');
  switch (plan.kind) {
    case 'delete-field':
    case 'delete-cell': {
      if (removeCell) line.cells.splice(k, 1);
      else cell.text = '';
      if (line.cells.length === 0) lines.splice(i, 1);
      changed.set(key, null);
      return { lines, changed, description: `${plan.kind} ${key} (${JSON.stringify(cell.text)})` };
    }
    case 'join': {
      // With the next value printed after it: in the same row, or on the next line.
      const sameRow = line.cells[k + 1]?.key ? k + 1 : -1;
      const next = sameRow >= 0 ? (line.cells[sameRow] as PrintedCell) : lines[i + 1]?.cells[0];
      if (!next?.key) return undefined;
      const joined = `${cell.text} ${next.text}`.trim();
      cell.text = joined;
      if (sameRow >= 0) line.cells.splice(sameRow, 1);
      else lines.splice(i + 1, 1);
      return { lines, changed, description: `join ${key} and ${next.key} into ${JSON.stringify(joined)}` };
    }
    case 'mark': {
      const mark = MARKS[plan.mark % MARKS.length] as string;
      const at = plan.offset % (cell.text.length + 1);
      cell.text = cell.text.slice(0, at) + mark + cell.text.slice(at);
      return { lines, changed, description: `mark ${key}: ${JSON.stringify(cell.text)}` };
    }
    case 'swap': {
      const [j, m] = pick(places, plan.other) as [number, number];
      const other = (lines[j] as PrintedLine).cells[m] as PrintedCell;
      if (other === cell || other.text === cell.text) return undefined;
      changed.set(key, numberOf(other));
      changed.set(other.key as string, numberOf(cell));
      [cell.text, other.text] = [other.text, cell.text];
      return { lines, changed, description: `swap ${key} and ${other.key}` };
    }
    case 'cut': {
      // A row of a table cut in two: before a cell (HTML), or inside any of its cells' text.
      const c = plan.other % line.cells.length;
      if (medium === 'html') {
        if (c === 0) return undefined;
        lines.splice(i + 1, 0, { kind: 'row', cells: line.cells.splice(c) });
        return { lines, changed, description: `cut row ${i} before cell ${c}` };
      }
      const target = line.cells[c] as PrintedCell;
      // One cell a line: no copy wraps a lone number, so only words are cut there.
      if (line.cells.length === 1 && target.key) return undefined;
      const at = plan.offset % (target.text.length + 1);
      const rest = line.cells.splice(c);
      rest[0] = { ...target, text: target.text.slice(at) };
      line.cells.push({ ...target, text: target.text.slice(0, at) });
      lines.splice(i + 1, 0, { kind: 'row', cells: rest });
      return { lines, changed, description: `cut row ${i} in ${JSON.stringify(target.text)} at ${at}` };
    }
  }
}
