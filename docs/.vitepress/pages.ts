/**
 * The pages of the site, found on disk at build time, so that a guide or a rule page added to
 * docs/ appears in the sidebar and in both locales without an edit here.
 *
 * The guides, the rule pages and the API reference are written once (bilingual: English prose
 * with Chinese titles and summaries). The Chinese locale, the site's root, serves those files
 * where they are; the English locale serves the same files under /en/ through one dynamic route
 * (docs/en/[page].md). The landing pages, the checker and the format reference are written for
 * each locale, in docs/zh/ (served at the root) and docs/en/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's source folder (docs/). */
export const SRC_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Folders of docs/ that hold the locale pages or the site's machinery, not shared content. */
const OWN = new Set(['.vitepress', 'zh', 'en', 'public']);

/** The route of a shared page: docs/index.md, the guide, cannot be the home page, so it is `guide`. */
export const routeOf = (file: string): string => (file === 'index.md' ? 'guide' : file.replace(/\.md$/, ''));

/** Every shared Markdown page, as a path relative to docs/ (`parse.md`, `rules/T3-BALANCE.md`, `api/…`). */
export function sharedPages(dir = SRC_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (dir === SRC_DIR && OWN.has(name)) continue;
    if (statSync(path).isDirectory()) out.push(...sharedPages(path));
    else if (name.endsWith('.md')) out.push(relative(SRC_DIR, path).split('\\').join('/'));
  }
  return out;
}

/**
 * Guides the docs link to before they are written (`reliability`: the reliability model, linked
 * from the rule pages of the reading limits). Links to them are not dead links until then; a test
 * fails once a page here exists, so that it leaves this list.
 */
export const PAGES_BEING_WRITTEN: readonly string[] = ['reliability'];

/** The first heading of a page, without Markdown code marks. */
export function headingOf(file: string): string {
  const text = readFileSync(join(SRC_DIR, file), 'utf8');
  const match = /^# (.+)$/m.exec(text);
  return (match?.[1] ?? routeOf(file)).replace(/`/g, '');
}

/**
 * A title in one language: the guides are titled `English · 中文`; a title without ` · ` is the
 * same in both.
 */
export function titleIn(heading: string, lang: 'zh' | 'en'): string {
  const at = heading.lastIndexOf(' · ');
  if (at < 0) return heading;
  return lang === 'zh' ? heading.slice(at + 3) : heading.slice(0, at);
}

/** The order of the guides in the sidebar, from the general guide to the reference; others follow. */
const GUIDE_ORDER = [
  'index.md',
  'parse.md',
  'pdf-docx.md',
  'rollup-diff.md',
  'worked-example.md',
  'cli.md',
  'json-form.md',
];

/** The guides: the shared pages at the top of docs/. */
export function guidePages(): string[] {
  const top = sharedPages().filter((f) => !f.includes('/'));
  const rank = (f: string) => (GUIDE_ORDER.includes(f) ? GUIDE_ORDER.indexOf(f) : GUIDE_ORDER.length);
  return top.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The generated API reference's sidebar (typedoc-vitepress-theme), or none before `typedoc` ran. */
export function apiSidebar(): { text: string; link?: string; items?: unknown[] }[] {
  const file = join(SRC_DIR, 'api/typedoc-sidebar.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}
