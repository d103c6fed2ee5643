/** Reports for the command-line tests, as the files a user would have. */
import type { Finding } from '../../src/findings/types.js';
import { writeCsv } from '../../src/interchange/csv.js';
import type { Report } from '../../src/model/types.js';
import { cleanReport, withCells } from '../support/reports.js';

/** A 2021 report with no finding at all. */
export function cleanReport2021(): Report {
  const report = cleanReport('2021');
  report.meta.published = '2025-01-15';
  return report;
}

/** The clean report with 一、本年新收 of 自然人 raised by one: T3-BALANCE and T3-ROW-TOTAL errors. */
export function unbalancedReport(): Report {
  const report = cleanReport2021();
  return withCells(report, { 'table3.received.natural': (report.table3.received.natural as number) + 1 });
}

export const asJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
export const asCsv = (report: Report): string => writeCsv(report);

/** One file's entry of `check --format json`. */
export interface Entry {
  file: string;
  status: string;
  readingFindings: (Finding & { locations?: unknown[] })[];
  checkFindings: (Finding & { locations?: unknown[] })[];
  [key: string]: unknown;
}

/** Every finding of `check --format json` output, each with its file. */
export function findingsOf(stdout: string): ({ file: string } & Finding)[] {
  return (JSON.parse(stdout) as Entry[]).flatMap((e) =>
    [...e.readingFindings, ...e.checkFindings].map((f) => ({ file: e.file, ...f })),
  );
}
