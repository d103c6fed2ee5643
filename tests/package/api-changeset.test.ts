/**
 * `npm run api:changeset` in a scratch git repository: a change of an API report needs a changeset
 * that bumps the package by minor or more, on a branch (against where it left main) as on main
 * (against the previous commit); without history there is nothing to compare and it says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'api-changeset.mjs');
const REPORT = '## API Report File for "zfxxgk"\n\n```ts\nexport function check(report: Report): Finding[];\n```\n';
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
const changeset = (bump: string, pkg = 'zfxxgk') => `---\n'${pkg}': ${bump}\n---\n\nWhat users see.\n`;

function check(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'zfxxgk-changeset-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  write('package.json', '{ "name": "zfxxgk" }\n');
  write('.changeset/README.md', 'Changesets live here.\n');
  write('etc/zfxxgk.api.md', REPORT);
  commit('first');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the API changeset check', () => {
  it('says there is nothing to compare in a clone without history', () => {
    const { code, out } = check();
    expect(code).toBe(0);
    expect(out).toContain('skipped: no earlier commit to compare with');
  });

  describe('on a branch', () => {
    beforeEach(() => git('checkout', '-q', '-b', 'feature'));
    const changeApi = () => write('etc/zfxxgk.api.md', REPORT.replace('Finding[]', 'readonly Finding[]'));

    it('passes when the API is unchanged, whatever else changed', () => {
      write('src.ts', 'internal change');
      commit('refactor');
      const { code, out } = check();
      expect(code).toBe(0);
      expect(out).toMatch(/public API is unchanged since \w+ \(where this branch left main\)/);
    });

    it('fails on an API change without a changeset', () => {
      changeApi();
      commit('api');
      const { code, out } = check();
      expect(code).toBe(1);
      expect(out).toContain('etc/zfxxgk.api.md\nbut no changeset was added');
    });

    it('fails when the changesets added bump only patch, or another package', () => {
      changeApi();
      write('.changeset/fix.md', changeset('patch'));
      write('.changeset/other.md', changeset('minor', 'other-package'));
      commit('api');
      const { code, out } = check();
      expect(code).toBe(1);
      expect(out).toContain('the changesets added bump less: fix.md (patch), other.md (no zfxxgk)');
    });

    it('passes when a changeset bumps minor, also uncommitted, also for a new entry point', () => {
      write('etc/zfxxgk-render.api.md', REPORT);
      write('.changeset/render.md', changeset('minor'));
      const { code, out } = check();
      expect(code).toBe(0);
      expect(out).toContain('(the last commit, as the change is not committed)');
      expect(out).toContain('etc/zfxxgk-render.api.md\nannounced by .changeset/render.md (minor)');
    });

    it('counts a removed report as an API change', () => {
      write('etc/zfxxgk-render.api.md', REPORT);
      write('.changeset/render.md', changeset('minor'));
      commit('render');
      git('checkout', '-q', 'main');
      git('merge', '-q', '--no-ff', 'feature', '-m', 'merge');
      git('checkout', '-q', '-b', 'removal');
      rmSync(join(repo, 'etc/zfxxgk-render.api.md'));
      commit('remove');
      expect(check().code).toBe(1);
    });
  });

  describe('on main', () => {
    it('compares with the previous commit: a merge brings its API change and its changeset', () => {
      git('checkout', '-q', '-b', 'feature');
      write('etc/zfxxgk.api.md', `${REPORT}\nexport function rollup(): void;\n`);
      write('.changeset/rollup.md', changeset('minor'));
      commit('rollup');
      git('checkout', '-q', 'main');
      git('merge', '-q', '--no-ff', 'feature', '-m', 'merge');
      const { code, out } = check();
      expect(code).toBe(0);
      expect(out).toContain('(the previous commit)');
    });

    it('fails on a commit that changes the API alone', () => {
      write('etc/zfxxgk.api.md', `${REPORT}\nexport function rollup(): void;\n`);
      commit('unannounced');
      const { code, out } = check();
      expect(code).toBe(1);
      expect(out).toContain('(the previous commit)');
    });

    it('skips a base from before the API reports existed', () => {
      rmSync(join(repo, 'etc'), { recursive: true });
      commit('no reports');
      write('etc/zfxxgk.api.md', REPORT);
      commit('reports again');
      const { code, out } = check();
      expect(code).toBe(0);
      expect(out).toContain('has no API report to compare with');
    });

    it('takes the base given with --base', () => {
      const first = git('rev-parse', 'HEAD').trim();
      write('etc/zfxxgk.api.md', `${REPORT}\nexport function rollup(): void;\n`);
      commit('unannounced');
      write('unrelated.txt', 'later');
      commit('later');
      expect(check().code).toBe(0);
      const { code, out } = check('--base', first);
      expect(code).toBe(1);
      expect(out).toContain(`since ${first.slice(0, 12)} (${first})`);
    });
  });
});
