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
  const d2019 = formatDetectors('2019');
  const d2021 = formatDetectors('2021');
  // Each distinct printed label counts once (only labels that count are remembered).
  const counted = new Set<string>();
  let n2019 = 0;
  let n2021 = 0;
  for (let i = 0; i < lines.length; i++) {
    for (const c of lines.line(i).cells) {
      if (c.empty || c.value || c.norm === '' || counted.has(c.norm)) continue;
      // A label with an instruction appended (上一年项目数量(指2019年事项数)) counts as the label.
      const paren = c.norm.indexOf('(');
      const core = paren > 0 ? c.norm.slice(0, paren) : c.norm;
      const in2019 = d2019.has(c.norm) || d2019.has(core);
      const in2021 = d2021.has(c.norm) || d2021.has(core);
      if (in2019 || in2021) counted.add(c.norm);
      if (in2019) n2019++;
      if (in2021) n2021++;
    }
  }
  const version = n2019 === n2021 ? undefined : n2019 > n2021 ? '2019' : '2021';
  return version ? { version, n2019, n2021 } : { n2019, n2021 };
}
