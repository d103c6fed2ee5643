/**
 * Rebuilds an example interchange CSV from a corpus report: the tables from its hand-checked
 * `*.truth.json`, the six sections (and the five sub-topics of section 1) from its plain text,
 * split at the official headings.
 *
 *   npx tsx scripts/example-from-truth.ts [truth.json] [report.txt] > examples/2024-beiguan-yjglj.csv
 *
 * Without arguments it rebuilds examples/2024-beiguan-yjglj.csv from the seed report.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OVERVIEW_TOPICS, SECTIONS } from '../src/format/index.js';
import { writeCsv } from '../src/interchange/csv.js';
import type { Report } from '../src/model/types.js';
import { truthToReport, type Truth } from '../tests/support/truth.js';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../shared');
export const DEFAULT_TRUTH = join(SHARED, 'corpus/2024-beiguan-yjglj.txt.truth.json');
export const DEFAULT_TEXT = join(SHARED, 'seeds/000_a80394a9bf3e5815.txt');

/** A sub-topic paragraph of section 1: `(一) 主动公开方面。…`, enumerated 一 to 五. */
const TOPIC = /^[(（]([一二三四五])[)）]\s*/;
const ENUMERATORS = '一二三四五';

/** The sections of a plain-text report, split at lines that are an official heading (or a known variant). */
export function splitSections(text: string): Report['sections'] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections: Report['sections'] = {};
  let current: { key: (typeof SECTIONS)[number]['key']; heading: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) sections[current.key] = { heading: current.heading, text: current.lines.join('\n').trim() };
  };
  for (const line of lines) {
    const heading = line.trim();
    const def = SECTIONS.find((s) => s.heading === heading || ('aliases' in s && (s.aliases as readonly string[]).includes(heading)));
    if (def) {
      flush();
      current = { key: def.key, heading, lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  flush();
  return sections;
}

/** The five sub-topics of section 1, by their enumerator (一 主动公开 … 五 监督保障), as printed. */
export function splitTopics(overview: string): Report['topics'] {
  const topics: Report['topics'] = {};
  for (const paragraph of overview.split('\n')) {
    const m = TOPIC.exec(paragraph.trim());
    const topic = m ? OVERVIEW_TOPICS[ENUMERATORS.indexOf(m[1] as string)] : undefined;
    if (topic) topics[topic.key] = paragraph.trim();
  }
  return topics;
}

/** The example report: tables from the truth file, narrative from the text, a department's meta. */
export function exampleReport(truthPath = DEFAULT_TRUTH, textPath = DEFAULT_TEXT): Report {
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  const report = truthToReport(truth, { level: 'department', scope: 'agency', published: null });
  report.sections = splitSections(readFileSync(textPath, 'utf8'));
  report.topics = splitTopics(report.sections.overview?.text ?? '');
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(writeCsv(exampleReport(process.argv[2], process.argv[3])));
}
