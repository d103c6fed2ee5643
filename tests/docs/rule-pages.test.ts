/**
 * Every finding code of every registry has its page in docs/rules/ with every part, and its row in
 * the table of its group in docs/rules/README.md, in registry order, with its default severity. No
 * page or row is left for a code that no registry has, and every code of check, the cross-year
 * checks and the rollup has its message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_RULES } from '../../src/check/index.js';
import { MESSAGES } from '../../src/check/messages.js';
import type { RuleInfo } from '../../src/check/rules.js';
import { CROSS_YEAR_RULES } from '../../src/diff/index.js';
import { DOCX_RULES } from '../../src/parse/docx/index.js';
import { PARSE_RULES } from '../../src/parse/index.js';
import { PDF_RULES } from '../../src/parse/pdf/index.js';
import { ROLLUP_RULES } from '../../src/rollup/index.js';

const DOCS = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const readme = readFileSync(`${DOCS}README.md`, 'utf8');

interface Group {
  name: string;
  rules: readonly RuleInfo[];
  /** The heading of the README section whose table lists the group (groups may share one). */
  section: string;
  /** What the "run by" column of the group's rows says. */
  runBy: RegExp;
  /** Whether each code has its message in `MESSAGES` (src/check/messages.ts): those of `check` and `rollup`. */
  messages: boolean;
}

const ROLLUP_FUNCTION = '`(?:rollup|rollupTree|compareWithParts)`';
const GROUPS: readonly Group[] = [
  { name: 'REPORT_RULES', rules: REPORT_RULES, section: '## Report checks', runBy: /^`check`$/, messages: true },
  { name: 'PARSE_RULES', rules: PARSE_RULES, section: '## Reading findings', runBy: /^`parse`$/, messages: false },
  {
    name: 'PDF_RULES',
    rules: PDF_RULES,
    section: '## Reading PDF and Word files',
    runBy: /^`parsePdf`$/,
    messages: false,
  },
  {
    name: 'DOCX_RULES',
    rules: DOCX_RULES,
    section: '## Reading PDF and Word files',
    runBy: /^`parseDocx`$/,
    messages: false,
  },
  {
    name: 'CROSS_YEAR_RULES',
    rules: CROSS_YEAR_RULES,
    section: '## Cross-year checks',
    runBy: /^`check\(report, \{ previous \}\)`$/,
    messages: true,
  },
  {
    name: 'ROLLUP_RULES',
    rules: ROLLUP_RULES,
    section: '## Rollup checks',
    runBy: new RegExp(`^${ROLLUP_FUNCTION}(?:, ${ROLLUP_FUNCTION})*$`),
    messages: true,
  },
];

/** Codes whose findings take their message from one key per kind of finding. */
const MESSAGE_KEYS: Readonly<Record<string, readonly string[]>> = {
  'CELL-BLANK': ['CELL-BLANK/total', 'CELL-BLANK/cells'],
};

interface Row {
  code: string;
  runBy: string;
  severity: string;
}

/** The table rows of a piece of the README: a linked code, what runs it, its default severity. */
const rowsOf = (text: string): Row[] =>
  [...text.matchAll(/^\| \[([A-Z0-9-]+)\]\(\1\.md\) \| ([^|]+) \| ([a-z]+) \|/gm)].map((m) => ({
    code: m[1]!,
    runBy: m[2]!.trim(),
    severity: m[3]!,
  }));

/** The README from a heading to the next heading of the same level. */
function sectionOf(heading: string): string {
  const start = readme.indexOf(`\n${heading}`);
  expect(start, heading).toBeGreaterThan(0);
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

const ALL_CODES = GROUPS.flatMap((g) => g.rules.map((r) => r.code));

describe.each(GROUPS.map((g) => [g.name, g] as const))('docs/rules for %s', (_name, group) => {
  it.each(group.rules.map((r) => [r.code, r] as const))('%s has its page with every part', (code, rule) => {
    const path = `${DOCS}${code}.md`;
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${code}\n`)).toBe(true);
    for (const heading of ['## Why', '## Invalid', '## Valid', '## Turning it off'])
      expect(page).toContain(`\n${heading}\n`);
    expect(page).toContain(`'${code}': 'off'`);
    expect(page).toMatch(/spec §\d/);
    expect(page).toContain(`Default severity: **${rule.severity}**`);
  });

  it('the README lists every code, in order, with what runs it and its default severity', () => {
    const expected = group.rules.map((r) => [r.code, r.severity]);
    // In the section of the group, among the codes of the groups that share it ...
    const inSection = rowsOf(sectionOf(group.section)).filter((row) => group.rules.some((r) => r.code === row.code));
    expect(inSection.map((row) => [row.code, row.severity])).toEqual(expected);
    for (const row of inSection) expect(row.runBy).toMatch(group.runBy);
    // ... and once in the whole README.
    const anywhere = rowsOf(readme).filter((row) => group.rules.some((r) => r.code === row.code));
    expect(anywhere.map((row) => [row.code, row.severity])).toEqual(expected);
  });
});

describe.each(GROUPS.filter((g) => g.messages).map((g) => [g.name, g] as const))('messages of %s', (_name, group) => {
  it.each(group.rules.map((r) => r.code))('%s has its message', (code) => {
    for (const key of MESSAGE_KEYS[code] ?? [code]) expect(MESSAGES[key], key).toBeTypeOf('function');
  });
});

describe('docs/rules as a whole', () => {
  it('each README section lists its groups, one after the other, and no other code', () => {
    for (const section of new Set(GROUPS.map((g) => g.section))) {
      const codes = GROUPS.filter((g) => g.section === section).flatMap((g) => g.rules.map((r) => r.code));
      expect(
        rowsOf(sectionOf(section)).map((row) => row.code),
        section,
      ).toEqual(codes);
    }
  });

  it('every table row of the README is well formed and names a code of a registry', () => {
    const linked = [...readme.matchAll(/^\| \[([A-Z0-9-]+)\]\(/gm)].map((m) => m[1]);
    expect(rowsOf(readme).map((row) => row.code)).toEqual(linked);
    expect(linked.filter((code) => !ALL_CODES.includes(code!))).toEqual([]);
  });

  it('has no page for a code that no registry has', () => {
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -'.md'.length));
    expect(pages.filter((code) => !ALL_CODES.includes(code))).toEqual([]);
  });

  it('no code is in two registries', () => {
    expect(ALL_CODES.filter((code, i) => ALL_CODES.indexOf(code) !== i)).toEqual([]);
  });
});
