/**
 * Rebuilds an example interchange CSV from a corpus report: the tables from its hand-checked
 * `*.truth.json`, the six sections (and the five sub-topics of section 1) as the text reader
 * reads them from its plain text (the sections that hold a table keep only the text around it).
 *
 *   npx tsx scripts/example-from-truth.ts [truth.json] [report.txt] > examples/2024-beiguan-yjglj.csv
 *
 * Without arguments it rebuilds examples/2024-beiguan-yjglj.csv from the seed report.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCsv } from '../src/interchange/csv.js';
import { parseText } from '../src/parse/index.js';
import type { Report } from '../src/model/types.js';
import { truthToReport, type Truth } from '../tests/support/truth.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../tests/corpus');
export const DEFAULT_TRUTH = join(CORPUS, '2024-beiguan-yjglj.txt.truth.json');
/** The seed report of the project, as published (plain text copied from its page). */
export const DEFAULT_TEXT = join(CORPUS, '2024-beiguan-yjglj.txt');

/** The example report: tables from the truth file, narrative as read from the text, a department's meta. */
export function exampleReport(truthPath = DEFAULT_TRUTH, textPath = DEFAULT_TEXT): Report {
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  const report = truthToReport(truth, { level: 'department', scope: 'agency', published: null });
  const read = parseText(readFileSync(textPath, 'utf8')).report;
  if (!read) throw new Error(`${textPath} does not read as a report`);
  report.sections = read.sections;
  report.topics = read.topics;
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(writeCsv(exampleReport(process.argv[2], process.argv[3])));
}
