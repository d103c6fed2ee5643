/**
 * Narrative text of corpus reports, as a reader would hand it over: paragraphs separated by
 * line breaks, tags removed. Only what the narrative tests need; the readers proper live in
 * src/parse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './truth.js';

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

/** The text of an HTML corpus report between two headings, one paragraph per line. */
export function htmlSectionText(file: string, heading: string, nextHeading: string): string {
  const html = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const start = html.indexOf(heading);
  const end = html.indexOf(nextHeading, start + heading.length);
  if (start < 0 || end < 0) throw new Error(`${file}: no text between ${heading} and ${nextHeading}`);
  return html
    .slice(start + heading.length, end)
    .replace(/<\/p>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;/g, (e) => ENTITIES[e] ?? e)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of a plain-text corpus report between two headings (each on its own line). */
export function textSectionText(file: string, heading: string, nextHeading: string): string {
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  const end = text.indexOf(`\n${nextHeading}\n`, start + 1);
  if (start < 0 || end < 0) throw new Error(`${file}: no text between ${heading} and ${nextHeading}`);
  return text.slice(start + heading.length + 2, end).trim();
}
