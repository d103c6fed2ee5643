/**
 * What a damaged page does to the cells read from it. pdf.js reads a damaged PDF as far as it can
 * and says nothing of what it skipped (see pdfjs.ts, which finds out): a page whose font could not
 * be read has lost the text set in it, so a cell read blank there may have held a value; a page
 * whose content is damaged, or that uses data failing its checksum (objects.ts), may also have
 * garbage where text was, so no value read there is certain. Each damaged page becomes one `PARSE-PDF-PAGE-DAMAGED` finding naming those cells.
 *
 * @module
 */
import { PDF } from '../../findings/pdf.js';
import type { Lang, RuleSettings } from '../../findings/types.js';
import { findingWriter } from '../../findings/write.js';
import { formatCells } from '../../format/index.js';
import type { ParseResult } from '../read-layout.js';
import type { ParseFinding } from '../rules.js';
import type { PageDamage } from './geometry.js';

const write = findingWriter(PDF);

/** Cells named in a message at most; `cells` lists them all. */
const NAMED_CELLS = 8;

/**
 * The result with every damaged page accounted for: on a page with damaged content every value
 * read is set blank (it may be garbage; the message quotes it), and each page gets a
 * `PARSE-PDF-PAGE-DAMAGED` finding naming its cells that are blank.
 * @internal
 *
 * @example
 * ```ts
 * withDamagedPages(readLayout(blocks), [{ page: 4, damage: 'font' }], { lang: 'en' }).findings[0]?.code; // 'PARSE-PDF-PAGE-DAMAGED'
 * ```
 */
export function withDamagedPages(
  result: ParseResult,
  damaged: readonly { page: number; damage: PageDamage }[],
  options: { lang?: Lang; rules?: RuleSettings },
): ParseResult {
  const { report, sourceMap } = result;
  if (damaged.length === 0 || !report) return result;
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  const findings: ParseFinding[] = [];
  for (const { page, damage } of damaged) {
    const named: string[] = [];
    const cells = formatCells(report.format).filter((c) => {
      if (sourceMap.cells[`${c.table}/${c.row}/${c.column}`]?.page !== page) return false;
      const row = tables[`table${c.table}`]?.[c.row] as Record<string, number | null>;
      const value = row[c.column] ?? null;
      // Only damaged content may have put garbage where a value was read.
      if (value !== null && damage === 'font') return false;
      row[c.column] = null;
      named.push(`「${c.rowDef.label}」${c.columnDef.label}${value === null ? '' : ` ${value}`}`);
      return true;
    });
    findings.push(
      ...(write(
        [
          {
            code: 'PARSE-PDF-PAGE-DAMAGED',
            messageKey: damage === 'font' ? 'PARSE-PDF-PAGE-DAMAGED' : `PARSE-PDF-PAGE-DAMAGED/${damage}`,
            params: {
              page,
              count: cells.length,
              cells: named.slice(0, NAMED_CELLS).join('、') + (named.length > NAMED_CELLS ? '…' : ''),
            },
            cells: cells.map((c) => ({ table: c.table, row: c.row, column: c.column })),
            loc: { page },
          },
        ],
        options,
      ) as ParseFinding[]),
    );
  }
  return { ...result, findings: [...findings, ...result.findings] };
}
