/**
 * Links from the docs to files of the repository outside docs/ (`../README.md`, `../src/…`,
 * `../examples/…`) resolve on GitHub, where they point to on the repository's page; on the site
 * they become links to the file on GitHub instead of dead links. And the English copies of the
 * shared pages show the pictures of their source.
 */
import { posix } from 'node:path';
import type { MarkdownRenderer } from 'vitepress';

export const REPOSITORY = 'https://github.com/zfxxgk/zfxxgk';

/** A relative link target, resolved from a page's path in docs/; `undefined` when it stays in docs/. */
export function outsideDocs(page: string, href: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) return undefined;
  const [path = '', hash = ''] = href.split(/(?=#)/);
  const resolved = posix.normalize(posix.join('docs', posix.dirname(page), path));
  if (resolved.startsWith('docs/') || resolved === 'docs') return undefined;
  return `${REPOSITORY}/blob/main/${resolved}${hash}`;
}

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i;

export function githubLinks(md: MarkdownRenderer): void {
  md.core.ruler.push('zfxxgk-github-links', (state) => {
    // The English locale serves the shared pages under en/, at the same places relative to each
    // other; their pictures stay where they are.
    const path = String(state.env?.relativePath ?? '');
    const english = path.startsWith('en/');
    const page = path.replace(/^en\//, '');
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        const href = token.type === 'link_open' ? token.attrGet('href') : null;
        const target = href && outsideDocs(page, href);
        if (target) token.attrSet('href', target);
        const src = token.type === 'image' ? token.attrGet('src') : null;
        if (english && src && RELATIVE.test(src)) {
          const from = posix.dirname(path);
          token.attrSet('src', posix.relative(from, posix.join(posix.dirname(page), src)));
        }
      }
    }
  });
}
