import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSE_RULES } from '../../src/parse/index.js';

const DOCS = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

describe('docs/rules for the reading findings', () => {
  it.each(PARSE_RULES.map((r) => [r.code, r] as const))('%s has its page with every part', (code, rule) => {
    const path = `${DOCS}${code}.md`;
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${code}\n`)).toBe(true);
    for (const heading of ['## Why', '## Invalid', '## Valid', '## Turning it off']) expect(page).toContain(`\n${heading}\n`);
    expect(page).toContain(`'${code}': 'off'`);
    expect(page).toMatch(/spec §\d/);
    expect(page).toContain(`Default severity: **${rule.severity}**`);
  });

  it('the README lists every code of PARSE_RULES, in order, with its default severity', () => {
    const readme = readFileSync(`${DOCS}README.md`, 'utf8');
    const rows = [...readme.matchAll(/^\| \[(PARSE-[A-Z-]+)\]\(\1\.md\) \| `parse` \| ([a-z]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(PARSE_RULES.map((r) => [r.code, r.severity]));
  });
});
