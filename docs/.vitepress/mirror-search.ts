/**
 * The search index of the English locale's copies of the shared pages. VitePress's local search
 * reads each page's file from disk, and a page of a dynamic route has none: for those, the page
 * is rendered from its source file. Every page is split at its headings as VitePress's own
 * splitter does. They are rendered as the site renders them (its anchors, each rule's lines).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createMarkdownRenderer } from 'vitepress';
import { MARKDOWN } from './markdown.js';
import { routeOf, SRC_DIR, sharedPages } from './pages.js';

interface Section {
  anchor: string;
  titles: string[];
  text: string;
}

const HEADING = /<h(\d)[^>]*>(.*?)<\/h\1>/gi;
const ANCHOR = /<a[^>]*href="#([^"]*)"[^>]*>.*?<\/a>/i;
const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '');

/** Sections of a rendered page: each heading with its anchor, the headings above it, and its text. */
export function sectionsOf(html: string): Section[] {
  const parts = html.split(HEADING);
  const sections: Section[] = [];
  const parents: string[] = [];
  for (let i = 1; i < parts.length; i += 3) {
    const level = Number(parts[i]) - 1;
    const heading = parts[i + 1] ?? '';
    const title = stripTags(heading.replace(ANCHOR, '')).trim();
    const text = stripTags(parts[i + 2] ?? '');
    parents.length = level;
    if (title && text.trim())
      sections.push({ anchor: ANCHOR.exec(heading)?.[1] ?? '', titles: [...parents.filter(Boolean), title], text });
    parents[level] = title;
  }
  return sections;
}

const SOURCES = new Map(sharedPages().map((file) => [`en/${routeOf(file)}.md`, file]));

/** `_splitIntoSections` of the local search: every page's sections, the English copies' from their source. */
export async function pageSections(file: string, html: string): Promise<Section[]> {
  const source = html ? undefined : SOURCES.get(relative(SRC_DIR, file).split('\\').join('/'));
  if (!source) return sectionsOf(html);
  const md = await createMarkdownRenderer(SRC_DIR, MARKDOWN);
  const page = `en/${routeOf(source)}.md`;
  const rendered = md.render(readFileSync(join(SRC_DIR, source), 'utf8'), {
    path: join(SRC_DIR, page),
    relativePath: page,
  });
  return sectionsOf(rendered);
}
