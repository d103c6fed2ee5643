/**
 * Findings as the checker shows them: a list (severity, code linked to its rule page, the place
 * in the tables, the message, where in the source), and marks on the cells they concern.
 */
import type { LocatedFinding } from '../../../src/cli/batch/result.js';
import type { Finding, Severity } from '../../../src/index.js';
import { cellKey } from '../lib/tables.js';
import { el } from './dom.js';
import type { Text } from './text.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface FindingLinks {
  /** The URL of a code's rule page. */
  rule(code: string): string;
}

/** The cells a finding concerns, by source-map key. */
const keysOf = (f: Finding): string[] => (f.cells ?? []).map((c) => cellKey(c.table, c.row, c.column));

/** The cell of a rendered table, by key. */
const cellIn = (tables: HTMLElement, key: string): HTMLElement | null =>
  tables.querySelector(`td[data-cell="${CSS.escape(key)}"]`);

function flash(cell: HTMLElement): void {
  cell.scrollIntoView({ block: 'center', behavior: 'smooth' });
  cell.classList.remove('zf-flash');
  void cell.offsetWidth; // restart the animation
  cell.classList.add('zf-flash');
}

/** Where a finding is in the source: its own place, or where the first of its cells was read. */
function whereIn(f: LocatedFinding, text: Text): string {
  if (f.loc) return text.loc(f.loc);
  const [first, ...rest] = f.locations ?? [];
  if (!first) return '';
  return rest.length ? text.andMore(text.loc(first), rest.length) : text.loc(first);
}

export function findingList(
  findings: readonly LocatedFinding[],
  kind: 'reading' | 'check',
  text: Text,
  links: FindingLinks,
  tables: HTMLElement | undefined,
): HTMLOListElement {
  return el(
    'ol',
    { class: 'zf-findings', 'data-kind': kind },
    findings.map((f) => {
      const keys = keysOf(f);
      const place = text.place(f.table, f.group, f.row, f.column);
      const where = whereIn(f, text);
      return el(
        'li',
        { class: `zf-finding zf-${f.severity}`, 'data-code': f.code, 'data-severity': f.severity },
        el('span', { class: 'zf-sev' }, text.severity[f.severity]),
        ' ',
        el('a', { href: links.rule(f.code), class: 'zf-code' }, el('code', {}, f.code)),
        place && el('span', { class: 'zf-place' }, place),
        el('span', { class: 'zf-message' }, f.message),
        where && el('span', { class: 'zf-loc' }, where),
        keys.length > 0 &&
          tables &&
          el(
            'button',
            {
              type: 'button',
              class: 'zf-show',
              title: keys.join(' '),
              onclick: () => {
                const cell = keys.map((k) => cellIn(tables, k)).find(Boolean);
                if (cell) flash(cell);
              },
            },
            text.show,
          ),
      );
    }),
  );
}

/** Marks each finding on the cells it concerns: the highest severity colours the cell, each code links. */
export function markCells(tables: HTMLElement, findings: readonly Finding[], links: FindingLinks): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) for (const key of keysOf(f)) byCell.set(key, [...(byCell.get(key) ?? []), f]);
  for (const [key, list] of byCell) {
    const cell = cellIn(tables, key);
    if (!cell) continue;
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    cell.classList.add('zf-marked', `zf-${worst.severity}`);
    cell.title = list.map((f) => `${f.code}: ${f.message}`).join('\n');
    const codes = [...new Set(list.map((f) => f.code))];
    cell.append(
      el(
        'span',
        { class: 'zf-marks' },
        codes.map((code) => el('a', { href: links.rule(code), class: 'zf-mark' }, code)),
      ),
    );
  }
}
