/**
 * Placing a row's printed fields into its columns, and only when that is certain.
 *
 * A complete row (a value in every column) places itself. A row with blanks is placed by the
 * evidence of the complete rows of its table: where their values stand among their fields (a
 * copy may carry padding for merged cells, or a trailing separator), the blanks of this row must
 * stand too. A row that lost a field but kept a separator has the right number of fields only by
 * accident, and no complete row has its shape: it is unaligned, never placed shifted.
 *
 * @module
 */
import { type Cell, cellOf, splitValues } from './lines.js';

/** How the printed fields of a row fall into its columns. */
export type Placement =
  | {
      readonly ok: true;
      readonly cells: readonly (Cell | undefined)[];
      /** Placed on weak evidence (no complete row of the same shape): the arithmetic gets a say. */
      readonly weak: boolean;
    }
  | { readonly ok: false; readonly truncated: boolean };

/**
 * Rows that are printed alike: the same table and block (so the same columns) and the same depth
 * of merged label cells (which decides the padding a copy leaves after the label).
 */
export interface RowShape {
  readonly table: string;
  readonly block: string;
  readonly depth: number;
  /** The deepest merging of labels in the table (its rows whose labels merge no cell). */
  readonly deepest: number;
  readonly width: number;
  /** The block has fewer values than the table has columns: some of its value cells are merged. */
  readonly mergedValues: boolean;
}

/** Where the values of a complete row stood: its number of fields and the value positions. */
interface Template {
  readonly fields: number;
  readonly positions: readonly number[];
  readonly key: string;
}

/** A template and the depths of the labels of the rows that showed it. */
interface Seen {
  readonly template: Template;
  readonly depths: Set<number>;
}

const templateOf = (fields: readonly Cell[]): Template => {
  const positions = filledPositions(fields);
  const plain = positions.length === fields.length;
  return {
    fields: fields.length,
    positions,
    key: plain ? `${fields.length}` : `${fields.length}:${positions.join(',')}`,
  };
};

/** Whether a template lays `width` columns out with no padding at all. */
const isPlain = (t: Template, width: number): boolean => t.fields === width;

class TemplateSet {
  private readonly byKey = new Map<string, Seen>();
  add(t: Template, depth: number): void {
    const seen = this.byKey.get(t.key);
    if (seen) seen.depths.add(depth);
    else this.byKey.set(t.key, { template: t, depths: new Set([depth]) });
  }
  get size(): number {
    return this.byKey.size;
  }
  values(): IterableIterator<Seen> {
    return this.byKey.values();
  }
}

/** What the complete rows of a document say about where the fields of its rows stand. */
export class FieldEvidence {
  private readonly groups = new Map<string, TemplateSet>();
  /** The layouts (template keys) recorded, by the narrowest group of their shape. */
  private readonly recorded = new Map<string, Set<string>>();
  /** How many label lines of each shape have each number of cells. */
  private readonly widths = new Map<string, Map<number, number>>();
  private readonly plainShapes = new Set<RowShape>();
  private completeRows = 0;
  private padded = false;
  /** {@link templatesFor}'s answer for each shape asked, until a row is recorded (rows are placed many times over while a stretch is shared out). */
  private readonly answers = new Map<RowShape, readonly Template[] | 'conflict' | undefined>();

  /** Whether the copy leaves empty fields for merged cells, when the document shows it. */
  constructor(private readonly padsMergedCells?: boolean) {}

  /**
   * Records a row printed with a value in every column, or (`header`) the header row of a block,
   * whose padding tells of its block's rows alone.
   */
  addComplete(shape: RowShape, fields: readonly Cell[], header = false): void {
    this.completeRows++;
    // (`clear` makes a new table even for an empty map.)
    if (this.answers.size > 0) this.answers.clear();
    // Most complete rows are their values alone, a layout recorded once per shape.
    const plain = fields.length === shape.width;
    if (plain && this.plainShapes.has(shape)) return;
    if (plain) this.plainShapes.add(shape);
    const t = templateOf(fields);
    // Long tables repeat a few layouts: each is recorded once per shape.
    const level = levels(shape)[0] as string;
    let layouts = this.recorded.get(level);
    if (!layouts) this.recorded.set(level, (layouts = new Set()));
    if (layouts.has(t.key)) return;
    layouts.add(t.key);
    if (!header && !isPlain(t, shape.width)) this.padded = true;
    for (const key of levels(shape)) {
      let set = this.groups.get(key);
      if (!set) this.groups.set(key, (set = new TemplateSet()));
      set.add(t, shape.depth);
    }
  }

  /**
   * The templates that decide for rows of a shape: those of the rows printed alike; else those of
   * the same columns, else of the same width, when they all agree and show that labels leave no
   * padding (a copy pads after a label as many fields as the label merges cells, so only a row
   * whose label merges cells can show there is none).
   */
  templatesFor(shape: RowShape): readonly Template[] | 'conflict' | undefined {
    if (this.answers.has(shape)) return this.answers.get(shape);
    const answer = this.decide(shape);
    this.answers.set(shape, answer);
    return answer;
  }

  private decide(shape: RowShape): readonly Template[] | 'conflict' | undefined {
    const [own, ...wider] = levels(shape);
    const exact = this.groups.get(own as string);
    if (exact) return [...exact.values()].map((s) => s.template);
    for (const key of wider) {
      const set = this.groups.get(key);
      if (!set) continue;
      if (set.size > 1) return 'conflict';
      const [only] = set.values();
      const unpadded =
        only !== undefined &&
        isPlain(only.template, shape.width) &&
        (this.padsMergedCells === false || [...only.depths].some((d) => d < shape.deepest));
      // Rows whose labels merge as many cells as this one's show nothing of its padding.
      return unpadded ? [only.template] : undefined;
    }
    return undefined;
  }

  /** Whether some complete row of this shape's block was printed. */
  shows(shape: RowShape): boolean {
    return this.groups.has(levels(shape)[1] as string);
  }

  /** Records how many cells a label's line has (all its cells, before and after the label). */
  addLineWidth(shape: RowShape, cells: number): void {
    const key = levels(shape)[0] as string;
    let counts = this.widths.get(key);
    if (!counts) this.widths.set(key, (counts = new Map()));
    counts.set(cells, (counts.get(cells) ?? 0) + 1);
  }

  /**
   * Whether a label's line has as many cells as the lines of its kind usually have. A copy that
   * prints each row over the table's full width (every merged cell a field) shows it; a row that
   * lost a field is one short, whatever else it looks like.
   */
  usualWidth(shape: RowShape, cells: number): boolean {
    const counts = this.widths.get(levels(shape)[0] as string);
    if (!counts || cells < 0) return true;
    let total = 0;
    let most = 0;
    let usual = -1;
    for (const [width, n] of counts) {
      total += n;
      if (n > most) [most, usual] = [n, width];
    }
    return most < 3 || most * 3 < total * 2 || cells === usual;
  }

  /** True when some complete row carries fields besides its values. */
  get rowsPadded(): boolean {
    return this.padded;
  }

  /** True when no complete row was printed: nothing tells where fields stand. */
  get none(): boolean {
    return this.completeRows === 0;
  }

  /**
   * True when a row of this shape may carry fields besides its values: some complete row does,
   * or its values are merged over several columns (a block of table 2 narrower than the table)
   * in a copy that pads merged cells.
   */
  mayPad(shape: RowShape): boolean {
    return this.padded || (shape.mergedValues && this.padsMergedCells === true);
  }
}

const levelCache = new WeakMap<RowShape, readonly string[]>();
/** The keys of the groups a shape belongs to, narrowest first. */
function levels(shape: RowShape): readonly string[] {
  let keys = levelCache.get(shape);
  if (!keys) {
    keys = [
      `${shape.table}/${shape.block}/${shape.depth}`,
      `${shape.table}/${shape.block}`,
      `${shape.table}/width${shape.width}`,
    ];
    levelCache.set(shape, keys);
  }
  return keys;
}

/** Whether a row's fields have a value in every column (and nothing more): it places itself. */
export function isComplete(fields: readonly Cell[], width: number): boolean {
  let filled = 0;
  for (const f of fields) {
    if (f.empty) continue;
    if (splitValues(f)) return false;
    filled++;
  }
  return filled === width;
}

function filledPositions(fields: readonly Cell[]): number[] {
  const positions: number[] = [];
  for (let i = 0; i < fields.length; i++) if (!(fields[i] as Cell).empty) positions.push(i);
  return positions;
}

/** The placement the templates allow: exactly one layout of values that fits the fields. */
function byTemplate(
  fields: readonly Cell[],
  positions: readonly number[],
  templates: readonly Template[],
): Placement | undefined {
  const fits = new Set<string>();
  let chosen: Template | undefined;
  for (const t of templates) {
    if (t.fields !== fields.length || !positions.every((p) => t.positions.includes(p))) continue;
    // A template's key is its number of fields and its positions: one key, one layout.
    fits.add(t.key);
    chosen = t;
  }
  return fits.size === 1 && chosen
    ? { ok: true, cells: chosen.positions.map((p) => fields[p]), weak: false }
    : undefined;
}

/** A row to place: its shape (and so its width), what the document's complete rows say, and whether the document ends with it. */
export interface PlaceContext {
  readonly shape: RowShape;
  readonly evidence: FieldEvidence;
  /** The document ends with this row: a row cut short is then reported as such. */
  readonly atEnd: boolean;
}

/**
 * Places a row's fields into the columns of its shape. A field holding several values (`5 1`) is
 * read as printed or as separate fields only as the complete rows' layout confirms one of the two.
 */
export function placeRow(fields: readonly Cell[], at: PlaceContext): Placement {
  const split = fields.some((f) => splitValues(f)) ? fields.flatMap((f) => splitValues(f) ?? [f]) : undefined;
  if (!split) return placeFields(fields, at);
  const templates = at.evidence.templatesFor(at.shape);
  const unplaced = { ok: false, truncated: false } as const;
  if (!templates || templates === 'conflict') return unplaced;
  const asPrinted = byTemplate(fields, filledPositions(fields), templates);
  const separated = byTemplate(split, filledPositions(split), templates);
  if (asPrinted && !separated) return asPrinted;
  if (separated && !asPrinted) return separated;
  return unplaced;
}

function placeFields(fields: readonly Cell[], { shape, evidence, atEnd }: PlaceContext): Placement {
  const width = shape.width;
  const positions = filledPositions(fields);
  // A value in every field and as many fields as columns: nothing to place.
  if (positions.length === width && fields.length === width) return { ok: true, cells: fields, weak: false };
  if (positions.length === 0) return placeBlanks(fields, { shape, evidence, atEnd });
  const unplaced = { ok: false, truncated: atEnd && positions.length < width } as const;
  if (positions.length > width) return unplaced;
  const templates = evidence.templatesFor(shape);
  if (positions.length === width) {
    // Complete, but with more fields than the rows printed alike: a stray value may have joined it.
    const alike =
      templates === undefined || (templates !== 'conflict' && templates.some((t) => t.fields === fields.length));
    return alike ? { ok: true, cells: positions.map((p) => fields[p]), weak: false } : unplaced;
  }
  if (templates === 'conflict') return unplaced;
  if (templates) return byTemplate(fields, positions, templates) ?? unplaced;
  // No complete row of this shape. Where the document's complete rows carry no padding, a row of
  // exactly its columns' fields is placed as printed; where nothing at all is known, also a row
  // whose values stand at both ends of its columns.
  if (fields.length === width && !evidence.mayPad(shape)) return { ok: true, cells: fields, weak: true };
  if (evidence.none) {
    const first = positions[0] as number;
    const last = positions[positions.length - 1] as number;
    if (last - first + 1 === width) return { ok: true, cells: fields.slice(first, last + 1), weak: true };
  }
  return unplaced;
}

/**
 * A row of blank fields only. No fields at all is a label printed alone (the row is blank, and
 * said so); fields for every column, or as many as the rows printed alike have, are blank cells.
 * Fewer fields than that is a row that lost some: a lost field may have held a value, so the row
 * is not read as blank.
 */
function placeBlanks(fields: readonly Cell[], { shape, evidence, atEnd }: PlaceContext): Placement {
  if (fields.length === 0 || fields.length >= shape.width) {
    return atEnd ? { ok: false, truncated: true } : { ok: true, cells: [], weak: false };
  }
  const templates = evidence.templatesFor(shape);
  const alike = Array.isArray(templates) && templates.some((t) => t.fields === fields.length);
  return alike && !atEnd ? { ok: true, cells: [], weak: false } : { ok: false, truncated: atEnd };
}

/**
 * Whether a line break between two values may have cut one number in two (`5` / `6`): a break of
 * text between lines of several fields. Rows of a table's grid (HTML, DOCX, PDF tables) break
 * between cells, and one value a line (one cell a line) is a whole number.
 */
function mayCutNumber(before: readonly Cell[], after: readonly Cell[], wholeSingles = true): boolean {
  const last = before[before.length - 1];
  const next = after[0];
  if (!last?.value || !next || next.empty) return false;
  if (wholeSingles && before.length === 1 && after.length === 1) return false;
  if (last.loc.table !== undefined || next.loc.table !== undefined) return false;
  return cellOf(`${last.text.trim()}${next.text.trim()}`, last.loc).value;
}

/**
 * Places a row printed over several lines (a wrapped row, or one cell a line), unless a line break
 * between two values may have cut a number: then where the values stand is not certain.
 */
export function placeLines(lines: readonly (readonly Cell[])[], at: PlaceContext): Placement {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (mayCutNumber(lines[i] as readonly Cell[], lines[i + 1] as readonly Cell[]))
      return { ok: false, truncated: false };
  }
  return placeRow(lines.length === 1 ? (lines[0] as readonly Cell[]) : joinLines(lines), at);
}

/** The cells of several lines as one row (a loop: `Array.prototype.flat` is several times slower in V8). */
function joinLines(lines: readonly (readonly Cell[])[]): Cell[] {
  const out: Cell[] = [];
  for (const line of lines) for (const cell of line) out.push(cell);
  return out;
}

/**
 * Whether a row read from its label's line may continue on the next (`规章 24 25 2` / `6`), a line
 * break having cut its last value: its values would then be others than those printed on it.
 */
export function mayContinue(own: readonly Cell[], next: readonly Cell[] | undefined): boolean {
  return next !== undefined && next.length > 0 && mayCutNumber(own, next, false);
}
