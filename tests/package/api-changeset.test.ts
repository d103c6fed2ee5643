/**
 * `npm run api:changeset` in a scratch git repository: a change of an API report needs a changeset
 * that bumps the package by minor or more: on a branch, added on the branch; on main, pending since
 * the last release. With nothing to compare with, it says why and passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
const packageJson = (version: string) => `{\n  "name": "zfxxgk",\n  "version": "${version}"\n}\n`;
/** Adds a declaration to the API report, as a new export does. */
const changeApi = (declaration = 'export function rollup(): void;') =>
  write('etc/zfxxgk.api.md', `${REPORT}\n${declaration}\n`);
const changeset = (bump: string, pkg = 'zfxxgk') => `---\n'${pkg}': ${bump}\n---\n\nWhat users see.\n`;

function check(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** Runs the check and expects its exit status and each text (or pattern) in its output. */
function expectCheck(status: 0 | 1, expected: (string | RegExp)[], args: string[] = []) {
  const { code, out } = check(...args);
  for (const text of expected) expect(out).toMatch(text);
  expect(code, out).toBe(status);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'zfxxgk-changeset-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  write('package.json', packageJson('0.0.0'));
  write('.changeset/README.md', 'Changesets live here.\n');
  write('etc/zfxxgk.api.md', REPORT);
  commit('first');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the API changeset check', () => {
  describe('on a branch', () => {
    beforeEach(() => git('checkout', '-q', '-b', 'feature'));

    it('passes when the API is unchanged, whatever else changed', () => {
      write('src.ts', 'internal change');
      commit('refactor');
      expectCheck(0, [/public API is unchanged since \w+ \(where this branch left main\)/]);
    });

    it('fails on an API change without a changeset', () => {
      changeApi();
      commit('api');
      expectCheck(1, ['etc/zfxxgk.api.md\nbut no changeset was added']);
    });

    it('fails when the changesets added bump only patch, or another package', () => {
      changeApi();
      write('.changeset/fix.md', changeset('patch'));
      write('.changeset/other.md', changeset('minor', 'other-package'));
      commit('api');
      expectCheck(1, ['the changesets added bump less: fix.md (patch), other.md (no zfxxgk)']);
    });

    it('passes when a changeset bumps minor, also uncommitted, also for a new entry point', () => {
      write('etc/zfxxgk-render.api.md', REPORT);
      write('.changeset/render.md', changeset('minor'));
      expectCheck(0, [
        '(where this branch left main)',
        'etc/zfxxgk-render.api.md\nannounced by .changeset/render.md (minor)',
      ]);
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
      expectCheck(1, ['etc/zfxxgk-render.api.md\nbut no changeset was added']);
    });
  });

  describe('on main', () => {
    /** What `npm run version` commits: the version, the changesets consumed. */
    const release = (version: string) => {
      write('package.json', packageJson(version));
      for (const file of readdirSync(join(repo, '.changeset'))) {
        if (file !== 'README.md') rmSync(join(repo, '.changeset', file));
      }
      commit(`Release ${version}`);
    };

    it('skips before the first release', () => {
      changeApi();
      commit('unannounced');
      expectCheck(0, ['skipped: main is not released yet (version 0.0.0)']);
    });

    describe('after a release', () => {
      beforeEach(() => {
        write('.changeset/first.md', changeset('minor'));
        commit('first feature');
        release('0.1.0');
      });

      it('passes on the release itself', () => {
        expectCheck(0, [/public API is unchanged since \w+ \(the release of 0\.1\.0\)/]);
      });

      it('fails on a commit that changes the API with no pending minor changeset', () => {
        changeApi();
        write('.changeset/fix.md', changeset('patch'));
        commit('unannounced');
        expectCheck(1, ['(the release of 0.1.0)', 'bump less: fix.md (patch)']);
      });

      it('passes when a merge brought the change and its changeset, also with the reports regenerated later', () => {
        git('checkout', '-q', '-b', 'feature');
        write('.changeset/rollup.md', changeset('minor'));
        changeApi();
        commit('rollup');
        git('checkout', '-q', 'main');
        git('merge', '-q', '--no-ff', 'feature', '-m', 'merge');
        expect(check().code).toBe(0);
        changeApi('export function rollup(): number;');
        commit('regenerate the reports');
        expectCheck(0, ['announced by .changeset/rollup.md (minor)']);
      });

      it('fails in a detached checkout of main as on main', () => {
        changeApi();
        commit('unannounced');
        git('checkout', '-q', '--detach', 'main');
        expect(check().code).toBe(1);
      });

      it('says there is nothing to compare with in a shallow clone', () => {
        write('later.txt', 'a later commit');
        commit('later');
        const shallow = `${repo}-shallow`;
        execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
        changeApi();
        try {
          const result = spawnSync(process.execPath, [script], { cwd: shallow, encoding: 'utf8' });
          expect(result.status).toBe(0);
          expect(result.stdout).toContain('a shallow clone does not have the release of 0.1.0 to compare with');
        } finally {
          rmSync(shallow, { recursive: true, force: true });
        }
      });
    });

    it('skips a release from before the API reports existed', () => {
      rmSync(join(repo, 'etc'), { recursive: true });
      release('0.1.0');
      changeApi();
      expectCheck(0, ['(the release of 0.1.0) has no API report to compare with']);
    });

    it('takes the base given with --base', () => {
      const first = git('rev-parse', 'HEAD').trim();
      changeApi();
      commit('unannounced');
      expectCheck(1, [`since ${first.slice(0, 12)} (${first})`], ['--base', first]);
    });
  });
});
