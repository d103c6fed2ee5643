/**
 * The English locale's copy of every shared page (the guides, the rule pages, the API reference):
 * the same Markdown served under /en/, at the same places relative to each other, so that their
 * relative links hold in both locales.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeOf, SRC_DIR, sharedPages } from '../.vitepress/pages.js';

export default {
  paths: () =>
    sharedPages().map((file) => ({
      params: { page: routeOf(file) },
      content: readFileSync(join(SRC_DIR, file), 'utf8'),
    })),
};
