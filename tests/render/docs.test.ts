/**
 * docs/render.md shows what the renderers print: its Markdown of the seed report is
 * renderMarkdown's output, and the images it shows are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/interchange/csv.js';
import { renderMarkdown } from '../../src/render/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const page = readFileSync(join(root, 'docs', 'render.md'), 'utf8');

describe('docs/render.md', () => {
  it("shows the seed report's Markdown as renderMarkdown prints it", () => {
    const seed = readCsv(readFileSync(join(root, 'examples', '2024-beiguan-yjglj.csv'), 'utf8'));
    const block = /<!-- seed-markdown:start -->\n````markdown\n([\s\S]*?)````\n<!-- seed-markdown:end -->/.exec(page);
    expect(block?.[1]).toBe(renderMarkdown(seed));
  });

  it('shows images that are in the docs', () => {
    const images = [...page.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(existsSync(join(root, 'docs', image)), image).toBe(true);
  });
});
