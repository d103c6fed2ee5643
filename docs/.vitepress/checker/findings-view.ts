/**
 * Findings as the checker shows them: a list (severity, code linked to its rule page, the place
 * in the tables, the message, where in the source), and the marks on the report linked to the
 * rule pages.
 */
import type { LocatedFinding } from '../../../src/cli/batch/result.js';
import type { Finding } from '../../../src/index.js';
import { el } from './dom.js';
import type { Text } from './text.js';

export interface FindingLinks {
  /** The URL of a code's rule page. */
  rule(code: string): string;
}

/** The cells a finding concerns, by source-map key. */
const keysOf = (f: Finding): string[] => (f.cells ?? []).map((c) => `${c.table}/${c.row}/${c.column}`);

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

/**
 * Links the marks the renderer put on the report (each place with findings has their codes in
 * `data-findings`) to the pages of those codes: in the cell, the paragraph, the section's heading
 * or the table's caption. A place with information only (a blank cell counted as 0) keeps its
 * outline and its tooltip, without links, so that the errors and warnings stand out.
 */
export function linkMarks(report: HTMLElement, links: FindingLinks): void {
  for (const marked of Array.from(report.querySelectorAll<HTMLElement>('[data-findings]'))) {
    if (marked.classList.contains('zfxxgk-info')) continue;
    const codes = (marked.dataset.findings ?? '').split(' ').filter(Boolean);
    const into =
      marked.tagName === 'TABLE'
        ? marked.querySelector('caption')
        : marked.tagName === 'SECTION'
          ? marked.querySelector('h2')
          : marked;
    into?.append(
      el(
        'span',
        { class: 'zf-marks' },
        codes.map((code) => el('a', { href: links.rule(code), class: 'zf-mark' }, code)),
      ),
    );
  }
}
