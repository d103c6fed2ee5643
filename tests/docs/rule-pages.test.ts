/**
 * Every rule (`RULES`, the one list every registry derives from) has its page in docs/rules/ with
 * every part, its row in the table of its category in docs/rules/README.md, in order, with its
 * default severity, and its messages in both languages. No page or row is left for a code that is
 * not a rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleCategory, type RuleDefinition } from '../../src/findings/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = `${ROOT}docs/rules/`;
const readme = readFileSync(`${DOCS}README.md`, 'utf8');

/** Where the README lists the rules of a category, and what its "run by" column says. */
interface Listing {
  /** The heading of the README section whose table lists the category (categories may share one). */
  section: string;
  runBy: RegExp;
}

const ROLLUP_FUNCTION = '`(?:rollup|rollupTree|compareWithParts)`';
const LISTINGS: Readonly<Record<RuleCategory, Listing>> = {
  report: { section: '## Report checks', runBy: /^`check`$/ },
  reading: { section: '## Reading findings', runBy: /^`parse`$/ },
  pdf: { section: '## Reading PDF and Word files', runBy: /^`parsePdf`$/ },
  docx: { section: '## Reading PDF and Word files', runBy: /^`parseDocx`$/ },
  'cross-year': { section: '## Cross-year checks', runBy: /^`check\(report, \{ previous \}\)`$/ },
  rollup: { section: '## Rollup checks', runBy: new RegExp(`^${ROLLUP_FUNCTION}(?:, ${ROLLUP_FUNCTION})*$`) },
};

const CATEGORIES = [...new Set(RULES.map((r) => r.category))];
const rulesOf = (category: RuleCategory): RuleDefinition[] => RULES.filter((r) => r.category === category);
const ALL_CODES: string[] = RULES.map((r) => r.code);

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

describe.each(CATEGORIES)('docs/rules for the %s rules', (category) => {
  const rules = rulesOf(category);
  const listing = LISTINGS[category];

  it.each(rules.map((r) => [r.code, r] as const))('%s has its page with every part', (code, rule) => {
    const path = `${ROOT}${rule.docs}`;
    expect(rule.docs).toBe(`docs/rules/${code}.md`);
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
    const expected = rules.map((r) => [r.code, r.severity]);
    // In the section of the category, among the codes of the categories that share it ...
    const inSection = rowsOf(sectionOf(listing.section)).filter((row) => rules.some((r) => r.code === row.code));
    expect(inSection.map((row) => [row.code, row.severity])).toEqual(expected);
    for (const row of inSection) expect(row.runBy).toMatch(listing.runBy);
    // ... and once in the whole README.
    const anywhere = rowsOf(readme).filter((row) => rules.some((r) => r.code === row.code));
    expect(anywhere.map((row) => [row.code, row.severity])).toEqual(expected);
  });

  it.each(rules.map((r) => [r.code, r] as const))('%s has its messages in both languages', (_code, rule) => {
    for (const template of [rule.message, ...Object.values(rule.variants ?? {})]) {
      const message = template({});
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/^[\x20-\x7e]{7}/);
    }
  });
});

describe('docs/rules as a whole', () => {
  it('each README section lists its categories, one after the other, and no other code', () => {
    for (const section of new Set(Object.values(LISTINGS).map((l) => l.section))) {
      const codes = CATEGORIES.filter((c) => LISTINGS[c].section === section).flatMap((c) =>
        rulesOf(c).map((r) => r.code),
      );
      expect(
        rowsOf(sectionOf(section)).map((row) => row.code),
        section,
      ).toEqual(codes);
    }
  });

  it('every table row of the README is well formed and names a rule', () => {
    const linked = [...readme.matchAll(/^\| \[([A-Z0-9-]+)\]\(/gm)].map((m) => m[1]);
    expect(rowsOf(readme).map((row) => row.code)).toEqual(linked);
    expect(linked.filter((code) => !ALL_CODES.includes(code!))).toEqual([]);
  });

  it('has no page for a code that is not a rule', () => {
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -'.md'.length));
    expect(pages.filter((code) => !ALL_CODES.includes(code))).toEqual([]);
  });
});
