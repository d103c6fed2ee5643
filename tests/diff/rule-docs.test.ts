import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CROSS_YEAR_RULES } from '../../src/diff/index.js';
import { ROLLUP_RULES } from '../../src/rollup/index.js';
import { MESSAGES } from '../../src/check/messages.js';

const DOCS = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const readme = readFileSync(`${DOCS}README.md`, 'utf8');

describe.each([
  ['CROSS_YEAR_RULES', CROSS_YEAR_RULES],
  ['ROLLUP_RULES', ROLLUP_RULES],
] as const)('docs/rules for %s', (_name, rules) => {
  it.each(rules.map((r) => [r.code, r] as const))('%s has its page with every part, and messages', (code, rule) => {
    const path = `${DOCS}${code}.md`;
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${code}\n`)).toBe(true);
    for (const heading of ['## Why', '## Invalid', '## Valid', '## Turning it off']) expect(page).toContain(`\n${heading}\n`);
    expect(page).toContain(`'${code}': 'off'`);
    expect(page).toMatch(/spec §\d/);
    expect(page).toContain(`Default severity: **${rule.severity}**`);
    expect(MESSAGES[code]).toBeTypeOf('function');
  });

  it('the README lists every code, in order, with its default severity', () => {
    const rows = [...readme.matchAll(/^\| \[([A-Z0-9-]+)\]\(\1\.md\) \| [^|]+ \| ([a-z /]+) \|/gm)].map((m) => [m[1], m[2]]);
    const listed = rows.filter(([code]) => rules.some((r) => r.code === code));
    expect(listed).toEqual(rules.map((r) => [r.code, r.severity]));
  });
});
