/**
 * Every code sample of the docs and of the public API's TSDoc runs against the built package
 * (`npm run build` first), and every `// value` comment holds. See samples.ts for how comments
 * are read, and sample-context.ts for the names a sample may use without defining them.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicEntries, ROOT } from './entries.js';
import { sampleContext } from './sample-context.js';
import { instrument, markdownSamples, runSample, type Sample, tsdocSamples } from './samples.js';

/** The Markdown of the site (its own generated API pages aside) and the README. */
function markdownFiles(dir = 'docs'): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) return d.name === 'api' || d.name.startsWith('.') ? [] : markdownFiles(path);
    return d.name.endsWith('.md') ? [path] : [];
  });
}

const samples: Sample[] = [
  ...['README.md', ...markdownFiles()].flatMap((file) => markdownSamples(file, ROOT)),
  ...tsdocSamples(
    publicEntries().map((e) => e.source),
    ROOT,
  ),
];
const runnable = samples.filter((s) => !s.sketch);

let context: Record<string, unknown>;
beforeAll(async () => {
  context = await sampleContext();
}, 60_000);

describe('code samples', () => {
  it.each(runnable.map((s) => [s.where, s] as const))('%s', async (_where, sample) => {
    expect(await runSample(sample, context)).toEqual([]);
  });

  it('are found in the docs and in the TSDoc, with values to compare, and few are sketches', () => {
    expect(samples.filter((s) => !s.where.includes('.md:')).length).toBeGreaterThan(100);
    expect(samples.filter((s) => s.where.includes('.md:')).length).toBeGreaterThan(50);
    const values = runnable.reduce((n, s) => n + instrument(s.code).checks.length, 0);
    expect(values).toBeGreaterThan(150);
    const sketches = samples.filter((s) => s.sketch).map((s) => s.where);
    expect(sketches.length, sketches.join('\n')).toBeLessThanOrEqual(Math.ceil(samples.length / 20));
  });
});
