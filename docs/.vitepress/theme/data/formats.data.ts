/**
 * Both format versions as the format reference shows them, computed at build time from the format
 * definitions: an empty report in the official layout (rendered by the library, as the checker
 * renders the reports it reads), the sections, and every relation with the official labels of its
 * cells.
 */
import {
  cellLabels,
  emptyReport,
  FORMAT_VERSIONS,
  getFormat,
  type Bilingual,
  type CellRef,
  type FormatVersion,
  type RelationInstance,
  type Report,
  type Severity,
} from '../../../../src/index.js';
import { renderHtml } from '../../../../src/render/index.js';
import { ruleOf } from '../../rule-groups.js';

export interface RelationView {
  code: string;
  severity: Severity;
  description: Bilingual;
  /** One line per instance: what it is about (a column, a row or a group), and both sides' cells. */
  instances: { along: string; left: string[]; right: string[] }[];
}

export interface FormatView {
  version: FormatVersion;
  name: string;
  notice: string;
  years: { from: number; to?: number };
  sections: { heading: string; aliases: string[] }[];
  /** An empty report of the format in its official layout: title, sections and tables. */
  html: string;
  relations: RelationView[];
}

/** An instance's cells named by what varies along it: the rows of a column, the columns of a row. */
function instanceView(version: FormatVersion, instance: RelationInstance): RelationView['instances'][number] {
  const labels = (ref: CellRef) => cellLabels(version, ref);
  const first = instance.left[0] as CellRef;
  const byRow = instance.axis === 'column';
  const name = (ref: CellRef) => (byRow ? labels(ref).row : labels(ref).column);
  return {
    along: byRow ? labels(first).column : labels(first).row,
    left: instance.left.map(name),
    right: instance.right.map(name),
  };
}

export function formatViews(): FormatView[] {
  return FORMAT_VERSIONS.map((version) => {
    const format = getFormat(version);
    const year = format.years.from;
    return {
      version,
      name: format.name,
      notice: format.notice,
      years: { ...format.years },
      sections: format.sections.map((s) => ({ heading: s.heading, aliases: [...(s.aliases ?? [])] })),
      html: renderHtml(emptyReport({ format: version, agency: '（机关名称）', year }) as Report, { fragment: true }),
      relations: format.relations.map((r) => ({
        code: r.code,
        severity: ruleOf(r.code)?.severity ?? 'error',
        description: ruleOf(r.code)?.title ?? { zh: r.code, en: r.code },
        instances: r.instances.map((i) => instanceView(version, i)),
      })),
    };
  });
}

declare const data: FormatView[];
export { data };

export default {
  load: formatViews,
};
