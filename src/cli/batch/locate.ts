/**
 * Findings placed in their source: each cell a finding involves, looked up in the reader's source
 * map, so that a T3-BALANCE read from a PDF says on which page each of its cells was printed.
 *
 * @module
 */
import type { Finding } from '../../findings/types.js';
import type { SourceLoc } from '../../parse/layout.js';
import type { SourceMap } from '../../parse/read-layout.js';
import type { CellLocation, LocatedFinding } from './result.js';

/** The section a finding's path points into (`['sections', 'overview', …]`), if any. */
function sectionOf(finding: Finding): string | undefined {
  const [head, key] = finding.path ?? [];
  return head === 'sections' && typeof key === 'string' ? key : undefined;
}

/**
 * The findings with `locations`: for each cell of `cells` the reader placed, its key and source
 * location; for a finding about a section, the location of its heading. Findings of reports read
 * from JSON or CSV (no source map) are returned as they are.
 *
 * @example
 * ```ts
 * locateFindings(check(report), sourceMap)[0]?.locations;
 * // [{ key: '3/received/natural', line: 39, column: 19 }, …]
 * ```
 */
export function locateFindings(findings: readonly Finding[], sourceMap: SourceMap | undefined): LocatedFinding[] {
  if (!sourceMap) return findings as LocatedFinding[];
  return findings.map((finding) => {
    const locations: CellLocation[] = [];
    for (const { table, row, column } of finding.cells ?? []) {
      const key = `${table}/${row}/${column}`;
      const loc: SourceLoc | undefined = sourceMap.cells[key];
      if (loc) locations.push({ key, ...loc });
    }
    const section = sectionOf(finding);
    const heading = section ? sourceMap.sections[section as keyof SourceMap['sections']] : undefined;
    if (heading) locations.push({ key: `sections/${section}`, ...heading });
    return locations.length ? { ...finding, locations } : finding;
  });
}
