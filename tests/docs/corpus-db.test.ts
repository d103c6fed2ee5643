/**
 * docs/corpus-db.md is the contract of the corpus database and shows real output: every table and
 * column of the schema is documented with its type (and nothing else is), every view is; every
 * console example of scan and query (there, in docs/cli.md and in the README) gives the output
 * shown when run on a checkout's `tests/corpus/` and `examples/`; every SQL example runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, VIEWS } from '../../src/cli/scan/schema.js';
import { cliPath, ensureBuilt, root } from '../cli/scan/helpers.js';

const page = readFileSync(join(root, 'docs/corpus-db.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const cliPage = readFileSync(join(root, 'docs/cli.md'), 'utf8');

/** The section of the page under a heading, up to the next heading of any level. */
function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const rest = text.slice(start + heading.length + 2);
  return rest.slice(0, rest.search(/\n#{1,6} |$/));
}

/** The documented columns of a table: every backquoted name of a row's first cell, with the row's type. */
function documentedColumns(table: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of sectionOf(page, `### \`${table}\``).split('\n')) {
    const cells = line.split(' | ');
    if (!line.startsWith('| `') || cells.length < 3) continue;
    for (const [, name] of (cells[0] as string).matchAll(/`([^`]+)`/g))
      out.push([name as string, (cells[1] as string).trim()]);
  }
  return out;
}

describe('docs/corpus-db.md', () => {
  it.each(Object.keys(TABLES))('documents every column of %s with its type, and no other', (table) => {
    const columns = (TABLES[table as keyof typeof TABLES] as readonly { name: string; type: string }[]).map((c) => [
      c.name,
      c.type,
    ]);
    expect(documentedColumns(table)).toEqual(columns);
  });

  it('documents every view', () => {
    const views = [...sectionOf(page, '## The views').matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(views).toEqual(Object.keys(VIEWS));
  });
});

/** The console examples of a text: each command (after `$ `) with the lines it printed. */
function examples(text: string): { command: string; output: string[] }[] {
  const out: { command: string; output: string[] }[] = [];
  for (const [, block] of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    if (!/\$ zfxxgk (scan|query)/.test(block as string)) continue;
    for (const line of (block as string).trimEnd().split('\n')) {
      if (line.startsWith('$ ')) out.push({ command: line.slice(2), output: [] });
      else if (line !== '' || out.at(-1)?.output.length) out.at(-1)?.output.push(line);
    }
  }
  return out.map((e) => ({
    ...e,
    output: e.output
      .join('\n')
      .trimEnd()
      .split('\n')
      .filter((l, i, all) => l !== '' || i < all.length - 1),
  }));
}

/** A line of the docs as a pattern: `…` stands for what varies from run to run (times). */
const pattern = (line: string) => new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('…', '.*')}$`);

describe('the console examples', () => {
  let work: string;
  beforeAll(() => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'zfxxgk-docs-'));
    mkdirSync(join(work, 'bin'));
    writeFileSync(join(work, 'bin/zfxxgk'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
    chmodSync(join(work, 'bin/zfxxgk'), 0o755);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['docs/corpus-db.md', page],
    ['README.md', readme],
    ['docs/cli.md', cliPage],
  ])(
    'of %s print what they show',
    (name, text) => {
      const dir = join(work, name.replace('/', '-'));
      cpSync(join(root, 'tests/corpus'), join(dir, 'tests/corpus'), { recursive: true });
      cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
      const runs = examples(text);
      expect(runs.length).toBeGreaterThanOrEqual(name === 'docs/corpus-db.md' ? 9 : 2);
      for (const { command, output } of runs) {
        const run = spawnSync('sh', ['-c', command], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', PATH: `${join(work, 'bin')}:${process.env.PATH}` },
        });
        expect(run.status, `${command}\n${run.stderr}`).toBe(0);
        const printed = run.stdout.trimEnd() === '' ? [] : run.stdout.trimEnd().split('\n');
        expect(printed.length, command).toBe(output.length);
        for (const [i, line] of printed.entries()) expect(line, command).toMatch(pattern(output[i] as string));
      }
      // And the SQL examples of the page run on the database the examples built.
      if (name === 'docs/corpus-db.md') {
        const sql = [...page.matchAll(/```sql\n([\s\S]*?)```/g)][0]?.[1] ?? '';
        const statements = sql
          .split(';')
          .map((s) => s.replace(/--.*$/gm, '').trim())
          .filter(Boolean);
        expect(statements).toHaveLength(3);
        for (const statement of statements) {
          const run = spawnSync(process.execPath, [cliPath, 'query', 'corpus.duckdb', statement], {
            cwd: dir,
            encoding: 'utf8',
          });
          expect(run.status, `${statement}\n${run.stderr}`).toBe(0);
        }
      }
    },
    240_000,
  );
});
