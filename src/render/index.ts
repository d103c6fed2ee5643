/**
 * `zfxxgk/render`: a report in the official layout of its format, as HTML (with the findings
 * marked where they are), Markdown and plain text. Pure: no Node built-ins, it runs in browsers.
 * The layout is derived from the format definitions, so every format version renders the same
 * way. The Word writer is its own entry, `zfxxgk/render/docx`.
 *
 * @example
 * ```ts
 * import { check } from 'zfxxgk';
 * import { renderHtml, renderMarkdown, renderText } from 'zfxxgk/render';
 * const page = renderHtml(report, { findings: check(report) });
 * const markdown = renderMarkdown(report);
 * const text = renderText(report);
 * ```
 *
 * @module zfxxgk/render
 */
export { renderHtml, REPORT_CSS, type HtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
export { displayWidth, renderText } from './text.js';
export { printedReport, reportTitle, valuePrinter, type PrintedReport, type PrintedSection } from './document.js';
export {
  columnWeights,
  tableGrids,
  type GridCell,
  type GridCellKind,
  type GridRow,
  type TableGrid,
} from './layout.js';
