/**
 * How the site renders its Markdown: GitHub's heading anchors, links out of docs/ to GitHub, and
 * each rule page's lines from the rule list. Used by the site and by the search index of the
 * English copies, so that both render a page alike.
 */
import type { MarkdownOptions } from 'vitepress';
import { githubLinks } from './markdown-links.js';
import { ruleMeta } from './rule-meta.js';
import { githubSlug } from './slug.js';

export const MARKDOWN: MarkdownOptions = {
  anchor: { slugify: githubSlug },
  headers: { slugify: githubSlug },
  config: (md) => {
    githubLinks(md);
    ruleMeta(md);
  },
};
