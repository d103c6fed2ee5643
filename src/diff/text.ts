/**
 * Plain-text rendering of a diff, for the command line and for logs.
 *
 * @module
 */
import type { Lang } from '../findings/types.js';
import type { CellChange, ReportDiff } from './diff.js';

/**
 * Options of {@link diffToText}.
 *
 * @example
 * ```ts
 * console.log(diffToText(diff(report2023, report2024), { lang: 'en', all: true }));
 * ```
 */
export interface DiffTextOptions {
  lang?: Lang;
  /** List unchanged and blank-in-both cells too (default: only cells that changed). */
  all?: boolean;
}

const show = (v: number | null, lang: Lang): string => (v === null ? (lang === 'zh' ? '空白' : 'blank') : String(v));

function describeChange(c: CellChange, lang: Lang): string {
  const place = [c.labels.caption, c.labels.row, c.labels.column].filter(Boolean).join(' · ');
  const values = `${show(c.from, lang)} → ${show(c.to, lang)}`;
  let detail = '';
  if (c.absolute !== null && c.absolute !== 0) {
    const sign = c.absolute > 0 ? '+' : '';
    const pct = c.relative === null ? '' : `, ${sign}${(c.relative * 100).toFixed(1)}%`;
    detail = ` (${sign}${c.absolute}${pct})`;
  } else if (c.kind === 'unitsDiffer') {
    detail = lang === 'zh' ? '（单位不同，不作比较）' : ' (different units, not compared)';
  }
  const derived = c.derivedFrom ? (lang === 'zh' ? ' [含派生合计]' : ' [derived sum]') : '';
  return `  ${place}: ${values}${detail}${derived}`;
}

/** A table's name in the language of the text: 表2, Table 2. */
const tableName = (table: string, lang: Lang): string => (lang === 'zh' ? `表${table}` : `Table ${table}`);

/**
 * Renders a diff as text: a heading, then per table the cells that changed (or all with
 * `{ all: true }`), then the cells that are not comparable across formats.
 *
 * @example
 * ```ts
 * import { diff, diffToText } from 'zfxxgk';
 * console.log(diffToText(diff(report2023, report2024), { lang: 'en' }));
 * // 北关区应急管理局 2023 (2021) → 北关区应急管理局 2024 (2021): 3 changed, …
 * ```
 */
export function diffToText(d: ReportDiff, options: DiffTextOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const c = d.counts;
  const side = (s: ReportDiff['from']) => `${s.agency} ${s.year} (${s.format})`;
  const summary =
    lang === 'zh'
      ? `变化 ${c.changed}，不变 ${c.unchanged}，由空白变为数字 ${c.fromBlank}，由数字变为空白 ${c.toBlank}，两者皆空白 ${c.blank}${c.unitsDiffer ? `，单位不同 ${c.unitsDiffer}` : ''}`
      : `${c.changed} changed, ${c.unchanged} unchanged, ${c.fromBlank} from blank, ${c.toBlank} to blank, ${c.blank} blank in both${c.unitsDiffer ? `, ${c.unitsDiffer} in different units` : ''}`;
  const lines = [`${side(d.from)} → ${side(d.to)}: ${summary}`];
  for (const table of d.tables) {
    const shown = table.cells.filter((cell) => options.all || (cell.kind !== 'unchanged' && cell.kind !== 'blank'));
    if (shown.length === 0) continue;
    lines.push('', `${tableName(table.table, lang)} ${table.title}`);
    for (const cell of shown) lines.push(describeChange(cell, lang));
  }
  if (d.notComparable.length > 0) {
    lines.push(
      '',
      lang === 'zh'
        ? `不可比（${d.from.format} 版与 ${d.to.format} 版格式无对应）：`
        : `Not comparable (no counterpart between the ${d.from.format} and ${d.to.format} formats):`,
    );
    for (const n of d.notComparable) {
      const which = n.side === 'from' ? side(d.from) : side(d.to);
      lines.push(
        `  ${which} · ${tableName(n.table, lang)} · ${[n.labels.caption, n.labels.row, n.labels.column].filter(Boolean).join(' · ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
