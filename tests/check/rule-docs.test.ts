import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_RULES } from '../../src/check/index.js';

const DOCS = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const readme = readFileSync(`${DOCS}README.md`, 'utf8');

describe('docs/rules', () => {
  it.each(REPORT_RULES.map((r) => [r.code, r] as const))('%s has its page with every part', (code, rule) => {
    const path = `${DOCS}${code}.md`;
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${code}\n`)).toBe(true);
    for (const heading of ['## Why', '## Invalid', '## Valid', '## Turning it off']) expect(page).toContain(`\n${heading}\n`);
    expect(page).toContain(`'${code}': 'off'`);
    expect(page).toMatch(/spec §\d/);
    expect(page.toLowerCase()).toContain(rule.severity);
  });

  it('the README lists every code of REPORT_RULES, in order, with its default severity', () => {
    // Other groups of codes (readers, cross-year checks, rollup) have sections of their own below.
    const start = readme.indexOf('## Report checks');
    const next = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, next < 0 ? undefined : next);
    expect(start).toBeGreaterThan(0);
    const rows = [...section.matchAll(/^\| \[([A-Z0-9-]+)\]\(\1\.md\) \| ([a-z /]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows.map(([code]) => code)).toEqual(REPORT_RULES.map((r) => r.code));
    for (const rule of REPORT_RULES) expect(rows.find(([code]) => code === rule.code)?.[1]).toContain(rule.severity);
  });
});
