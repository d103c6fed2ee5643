/**
 * The vocabulary a reader matches printed text against, derived from the format definitions:
 * row labels (with their aliases and the short forms without a trailing parenthetical), column
 * labels, block captions, the merged parent cells, and the few header words of the official layout
 * that are not labels of any cell.
 *
 * @module
 */
import { getFormat } from '../format/index.js';
import type { BlockDef, FormatDef, FormatVersion, RowDef, TableId } from '../format/grid.js';
import { T4_GROUPS } from '../format/shared.js';
import { normalizeLabel } from './normalize.js';

/** A row of table 2 or 3 that a printed label names. */
export interface RowTarget {
  readonly table: Extract<TableId, '2' | '3'>;
  readonly block: BlockDef;
  readonly row: RowDef;
}

/** The outcome of matching printed text: what it names, and whether it was an official spelling. */
export interface LabelMatch<T> {
  readonly target: T;
  /** The official label the text was read as. */
  readonly official: string;
  /** True when the text matched through an alias or a shortened form, not the official label. */
  readonly variant: boolean;
}

/**
 * Words of the official table headers that name no cell: the 信息内容 column, the 申请人情况 and
 * 法人或其他组织 groups, and the 勾稽 note over table 3's label columns.
 */
const HEADER_WORDS = [
  '信息内容',
  '申请人情况',
  '法人或其他组织',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
].map(normalizeLabel);

/** Everything matchable of one format. */
export interface LabelIndex {
  readonly format: FormatDef;
  /** The row a cell's text names, if any. `norm` is {@link normalizeLabel}'s output. */
  matchRow(norm: string): LabelMatch<RowTarget> | undefined;
  /** The column label a header cell's text names, if any (for reporting spelling variants). */
  matchColumn(norm: string): LabelMatch<string> | undefined;
  /** Whether the text is a proper beginning of a row label (a label broken over lines). */
  isRowLabelPrefix(norm: string): boolean;
  /** Whether the text is a merged parent cell of table 3 (三、本年度办理结果, （三）不予公开 …). */
  isParent(norm: string): boolean;
  /** Whether the text is a header, caption, parent or table 4 word: table structure, not a value. */
  isStructural(norm: string): boolean;
  /** Whether the text opens table 4 (its 行政复议 / 行政诉讼 header). */
  opensTable4(norm: string): boolean;
  /**
   * Whether the text is nothing but fragments of the table's structure: pieces of merged label
   * cells, header words and captions, as converters scatter them (`本`, `（三）不`, `他处理`).
   */
  isFragment(norm: string): boolean;
  /**
   * The row a text names when its label stands among such fragments (`本 2.其他法律行政法规禁止公开`,
   * `（四）无1.本机关不掌握相关政府信息`), with the fragments before and after it.
   */
  matchRowAmong(norm: string): (LabelMatch<RowTarget> & { readonly before: string }) | undefined;
  /**
   * Where the beginning of a row label starts in a text that ends with one after fragments
   * (`（五）不5.要求行政机关确认或重新出` → 4), or -1.
   */
  labelPrefixStart(norm: string): number;
  /** The table 4 groups a text names (行政复议, 未经复议直接起诉, 复议后起诉), by index. */
  groupsIn(norm: string): number[];
}

/**
 * The text without one trailing parenthetical (`规章(设区的市…)` → `规章`), or `undefined` when it
 * has none. Scans once from the end, so it is linear.
 * @internal
 */
export function withoutTrailingNote(norm: string): string | undefined {
  if (!norm.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = norm.length - 1; i >= 0; i--) {
    const c = norm[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) return i > 0 ? norm.slice(0, i) : undefined;
  }
  return undefined;
}

class Vocabulary<T> {
  private readonly exact = new Map<string, LabelMatch<T>>();
  private readonly short = new Map<string, LabelMatch<T>>();

  add(target: T, official: string, aliases: readonly string[] = []): void {
    const norm = normalizeLabel(official);
    if (!this.exact.has(norm)) this.exact.set(norm, { target, official, variant: false });
    for (const alias of aliases) {
      const a = normalizeLabel(alias);
      if (!this.exact.has(a)) this.exact.set(a, { target, official, variant: true });
    }
    const core = withoutTrailingNote(norm);
    if (core && !this.short.has(core)) this.short.set(core, { target, official, variant: true });
  }

  match(norm: string): LabelMatch<T> | undefined {
    const hit = this.exact.get(norm) ?? this.short.get(norm);
    if (hit) return hit;
    const core = withoutTrailingNote(norm);
    if (core === undefined) return undefined;
    const inner = this.exact.get(core) ?? this.short.get(core);
    return inner && { ...inner, variant: true };
  }

  keys(): IterableIterator<string> {
    return this.exact.keys();
  }

  entries(): IterableIterator<[string, LabelMatch<T>]> {
    return this.exact.entries();
  }
}

/** Longest text whose fragments are looked for (labels and their fragments are short). */
const MAX_FRAGMENT_TEXT = 60;
/** Texts whose fragments are remembered at once. */
const MAX_CACHED_TEXTS = 10_000;

/**
 * Which beginnings of `norm` are made of fragments: `reach[j]` is true when `norm.slice(0, j)`
 * splits into pieces each found in the structure's words. Quadratic in a short text only.
 */
function fragmentReach(norm: string, fragments: ReadonlySet<string>): boolean[] {
  const reach = [true];
  for (let j = 1; j <= norm.length; j++) {
    let ok = false;
    for (let i = j - 1; i >= 0 && !ok; i--) ok = reach[i] === true && fragments.has(norm.slice(i, j));
    reach.push(ok);
  }
  return reach;
}

function build(format: FormatDef): LabelIndex {
  const rows = new Vocabulary<RowTarget>();
  const columns = new Vocabulary<string>();
  const structural = new Set<string>(HEADER_WORDS);
  const parents = new Set<string>();
  for (const table of format.tables) {
    structural.add(normalizeLabel(table.title));
    for (const block of table.blocks) {
      if (block.caption) structural.add(normalizeLabel(block.caption));
      for (const column of block.columns) {
        columns.add(column.label, column.label, column.aliases);
        structural.add(normalizeLabel(column.label));
        for (const alias of column.aliases ?? []) structural.add(normalizeLabel(alias));
      }
      for (const row of block.rows) {
        for (const parent of row.parents ?? []) {
          parents.add(normalizeLabel(parent));
          structural.add(normalizeLabel(parent));
        }
        if (table.id === '4') structural.add(normalizeLabel(row.label));
        else rows.add({ table: table.id as '2' | '3', block, row }, row.label, row.aliases);
      }
    }
  }
  const prefixes = new Set<string>();
  for (const key of rows.keys()) {
    const chars = Array.from(key);
    for (let n = 2; n < chars.length; n++) prefixes.add(chars.slice(0, n).join(''));
  }
  const review = normalizeLabel(T4_GROUPS[0].label);
  const litigation = normalizeLabel(T4_GROUPS[1].parents[0]);
  const groups = T4_GROUPS.map((g) => normalizeLabel(g.label));
  // Every piece of every structural word: what converters leave of merged cells and headers.
  const fragments = new Set<string>();
  for (const word of structural) {
    for (let i = 0; i < word.length; i++) for (let j = i + 1; j <= word.length; j++) fragments.add(word.slice(i, j));
  }
  const rowEntries = [...rows.entries()].filter(([key]) => key.length >= 2).sort((a, b) => b[0].length - a[0].length);
  const isFragment = (norm: string): boolean =>
    norm.length > 0 && norm.length <= MAX_FRAGMENT_TEXT && reachOf(norm)[norm.length] === true;
  // Texts repeat within and across documents: each one's reach is computed once (bounded).
  const reaches = new Map<string, boolean[]>();
  function reachOf(norm: string): boolean[] {
    let reach = reaches.get(norm);
    if (!reach) {
      reach = fragmentReach(norm, fragments);
      if (reaches.size >= MAX_CACHED_TEXTS) reaches.clear();
      reaches.set(norm, reach);
    }
    return reach;
  }
  return {
    format,
    matchRow: (norm) => rows.match(norm),
    matchColumn: (norm) => columns.match(norm),
    isRowLabelPrefix: (norm) => prefixes.has(norm),
    isParent: (norm) => parents.has(norm),
    isStructural: (norm) => structural.has(norm) || columns.match(norm) !== undefined,
    // A header line names both; a sentence naming both (an introduction) is longer than any header.
    opensTable4: (norm) => norm === review || (norm.length <= 30 && norm.includes(review) && norm.includes(litigation)),
    isFragment,
    matchRowAmong(norm) {
      if (norm.length > MAX_FRAGMENT_TEXT || structural.has(norm)) return undefined;
      const reach = reachOf(norm);
      for (const [key, match] of rowEntries) {
        for (let at = norm.indexOf(key); at >= 0; at = norm.indexOf(key, at + 1)) {
          const after = norm.slice(at + key.length);
          if (reach[at] === true && (after === '' || isFragment(after))) return { ...match, before: norm.slice(0, at) };
        }
      }
      return undefined;
    },
    labelPrefixStart(norm) {
      if (norm.length > MAX_FRAGMENT_TEXT || structural.has(norm)) return -1;
      const reach = reachOf(norm);
      for (let j = 0; j < norm.length; j++) if (reach[j] === true && prefixes.has(norm.slice(j))) return j;
      return -1;
    },
    groupsIn(norm) {
      const found: number[] = [];
      if (norm.length <= MAX_FRAGMENT_TEXT)
        for (let i = 0; i < groups.length; i++) if (norm.includes(groups[i] as string)) found.push(i);
      return found;
    },
  };
}

const cache = new Map<FormatVersion, LabelIndex>();

/**
 * The label index of a format (built once per version).
 *
 * @example
 * ```ts
 * labelIndex('2021').matchRow(normalizeLabel('规范性文件'))?.official; // '行政规范性文件'
 * ```
 */
export function labelIndex(version: FormatVersion): LabelIndex {
  let index = cache.get(version);
  if (!index) {
    index = build(getFormat(version));
    cache.set(version, index);
  }
  return index;
}

/**
 * The labels that occur in one format only (official labels and aliases of table 2 and of the
 * table 3 rows, and captions), normalised: seeing one of them identifies the format (spec §0).
 * @internal
 */
export function formatDetectors(version: FormatVersion): ReadonlySet<string> {
  let detectors = detectorCache.get(version);
  if (!detectors) {
    const own = vocabularyOf(getFormat(version));
    const other = vocabularyOf(getFormat(version === '2019' ? '2021' : '2019'));
    detectors = new Set([...own].filter((w) => !other.has(w)));
    detectorCache.set(version, detectors);
  }
  return detectors;
}

const detectorCache = new Map<FormatVersion, ReadonlySet<string>>();

function vocabularyOf(format: FormatDef): Set<string> {
  const words = new Set<string>();
  for (const table of format.tables.slice(0, 2)) {
    for (const block of table.blocks) {
      if (block.caption) words.add(normalizeLabel(block.caption));
      for (const c of block.columns) for (const l of [c.label, ...(c.aliases ?? [])]) words.add(normalizeLabel(l));
      for (const r of block.rows) {
        for (const l of [r.label, ...(r.aliases ?? []), ...(r.parents ?? [])]) words.add(normalizeLabel(l));
      }
    }
  }
  return words;
}
