/**
 * Telling the format version of a document from its labels: each version has labels the other
 * lacks (spec §0), and the version whose labels are printed more often is the document's.
 *
 * @module
 */
import type { FormatVersion } from '../format/grid.js';
import { formatDetectors } from './labels.js';
import type { Lines } from './lines.js';

/** The version the labels tell (none when they do not), and how many labels of each were seen. */
export interface DetectedFormat {
  readonly version?: FormatVersion;
  readonly n2019: number;
  readonly n2021: number;
}

/**
 * Detects the format from the labels only found in one version (spec §0).
 *
 * @example
 * ```ts
 * detectFormat(new BlockLines(textLayout('第二十条第（五）项\n本年新制作数量'))); // { version: '2019', n2019: 1, n2021: 0 }
 * ```
 */
export function detectFormat(lines: Lines): DetectedFormat {
  // Each distinct printed label counts once (only labels that count are remembered).
  const counted = new Set<string>();
  let n2019 = 0;
  let n2021 = 0;
  for (let i = 0; i < lines.length; i++) {
    for (const c of lines.line(i).cells) {
      if (c.empty || c.value || c.norm === '' || counted.has(c.norm)) continue;
      const tells = formatsOf(c.norm);
      if (tells === 0) continue;
      counted.add(c.norm);
      if (tells & IN_2019) n2019++;
      if (tells & IN_2021) n2021++;
    }
  }
  const version = n2019 === n2021 ? undefined : n2019 > n2021 ? '2019' : '2021';
  return version ? { version, n2019, n2021 } : { n2019, n2021 };
}

const IN_2019 = 1;
const IN_2021 = 2;
/** What each normalised label met tells ({@link IN_2019}, {@link IN_2021}, both or neither), bounded. */
const told = new Map<string, number>();
const MAX_TOLD = 10_000;

/** Which versions' own labels a normalised label is, worked out once per label: one lookup a cell. */
function formatsOf(norm: string): number {
  let tells = told.get(norm);
  if (tells === undefined) {
    // A label with an instruction appended (上一年项目数量(指2019年事项数)) counts as the label.
    const paren = norm.indexOf('(');
    const core = paren > 0 ? norm.slice(0, paren) : norm;
    const d2019 = formatDetectors('2019');
    const d2021 = formatDetectors('2021');
    tells = (d2019.has(norm) || d2019.has(core) ? IN_2019 : 0) | (d2021.has(norm) || d2021.has(core) ? IN_2021 : 0);
    if (told.size >= MAX_TOLD) told.clear();
    told.set(norm, tells);
  }
  return tells;
}
