/**
 * A change to the public API comes with a changeset that bumps the package by at least `minor`
 * (`npm run api:changeset`, run in CI after `npm run api:check`).
 *
 * It compares the API reports (`etc/*.api.md`) of a base commit with the working tree, and looks at
 * the changesets (`.changeset/*.md`) added or edited since that base. The base is:
 * - `--base REF` when given;
 * - on a branch, the commit where it left `main` (or `origin/main`): the branch's API change needs
 *   a changeset of the branch, committed or not;
 * - on `main`, the release of the current version (the commit that set it in package.json): the
 *   changes since the release need a pending changeset that makes the next release minor, wherever
 *   on main they came in (a merge, a later commit that regenerated the reports).
 * Nothing to compare with, the check says why and passes: on `main` before the first release
 * (version 0.0.0), in a shallow clone (the release commit is not in it), or when the base has no
 * API report yet. `npm run api:check` still keeps the reports true there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const REPORTS = 'etc';
const CHANGESETS = '.changeset';
const MAIN_REFS = ['main', 'origin/main'];
/** The version of a package that changesets has not released yet. */
const UNRELEASED = '0.0.0';
/** The bumps that announce an API change: pre-1.0, a minor bump is what a user pinning `^0.x` notices. */
const API_BUMPS = new Set(['minor', 'major']);

const { values: args } = parseArgs({ options: { base: { type: 'string' } } });

/** The output of a git command, or `undefined` when it fails (an unknown ref, no history). */
function git(...gitArgs) {
  try {
    return execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function commitOf(ref) {
  return git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
}

/** The commit to compare with and why it was chosen, or why there is none (`skip`). */
function findBase(version) {
  if (args.base) {
    const commit = commitOf(args.base);
    if (!commit) throw new Error(`--base ${args.base} is not a commit`);
    return { commit, why: args.base };
  }
  const branch = git('symbolic-ref', '--quiet', '--short', 'HEAD');
  const mainRef = MAIN_REFS.find((ref) => commitOf(ref));
  if (branch !== 'main' && mainRef) {
    const mergeBase = git('merge-base', 'HEAD', mainRef);
    // A detached HEAD on main's line (a CI checkout of main) counts as main.
    const onMain = branch === undefined && mergeBase === commitOf('HEAD');
    if (mergeBase && !onMain) return { commit: mergeBase, why: `where this branch left ${mainRef}` };
  }
  if (version === UNRELEASED) return { skip: `main is not released yet (version ${UNRELEASED})` };
  // In a shallow clone the oldest commit present seems to add every file, the version included.
  if (git('rev-parse', '--is-shallow-repository') === 'true') {
    return { skip: `a shallow clone does not have the release of ${version} to compare with` };
  }
  const release = git('log', '-1', '--format=%H', '-S', `"version": "${version}"`, '--', 'package.json');
  if (!release) return { skip: `no commit sets the version ${version} in package.json` };
  return { commit: release, why: `the release of ${version}` };
}

/** The `.md` files of a folder, name to text, at a commit or (without one) in the working tree. */
function markdownFiles(folder, commit) {
  const files = new Map();
  if (commit) {
    const names = git('ls-tree', '--name-only', `${commit}:${folder}`);
    for (const name of names ? names.split('\n') : []) {
      if (name.endsWith('.md')) files.set(name, git('show', `${commit}:${folder}/${name}`) ?? '');
    }
  } else if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (name.endsWith('.md')) files.set(name, readFileSync(join(folder, name), 'utf8'));
    }
  }
  return files;
}

const normalized = (text) => text.replaceAll('\r\n', '\n').trim();

/** The names of files added, removed or changed between two snapshots of a folder. */
function changedFiles(before, after) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => normalized(before.get(name) ?? '') !== normalized(after.get(name) ?? '')).sort();
}

/** The bump a changeset gives the package, from its front matter (`'zfxxgk': minor`), if any. */
function bumpOf(changeset, packageName) {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(changeset)?.[1] ?? '';
  for (const line of frontMatter.split(/\r?\n/)) {
    const entry = /^\s*(['"]?)([^'"]+)\1\s*:\s*(\w+)\s*$/.exec(line);
    if (entry?.[2] === packageName) return entry[3];
  }
  return undefined;
}

function main() {
  const root = git('rev-parse', '--show-toplevel');
  if (!root) throw new Error('not in a git repository');
  process.chdir(root);
  const { name: packageName, version } = JSON.parse(readFileSync('package.json', 'utf8'));

  const base = findBase(version);
  if (base.skip) {
    console.log(`API changeset check skipped: ${base.skip}.`);
    return;
  }
  const short = base.commit.slice(0, 12);
  const reportsBefore = markdownFiles(REPORTS, base.commit);
  if (reportsBefore.size === 0) {
    console.log(`API changeset check skipped: the base ${short} (${base.why}) has no API report to compare with.`);
    return;
  }
  const changedReports = changedFiles(reportsBefore, markdownFiles(REPORTS));
  if (changedReports.length === 0) {
    console.log(`The public API is unchanged since ${short} (${base.why}).`);
    return;
  }

  const changesetsNow = markdownFiles(CHANGESETS);
  const newChangesets = changedFiles(markdownFiles(CHANGESETS, base.commit), changesetsNow)
    .filter((name) => name !== 'README.md' && changesetsNow.has(name))
    .map((name) => ({ name, bump: bumpOf(changesetsNow.get(name), packageName) }));
  const announcing = newChangesets.filter((c) => API_BUMPS.has(c.bump));

  const reportList = changedReports.map((name) => `  ${REPORTS}/${name}`).join('\n');
  if (announcing.length > 0) {
    const list = announcing.map((c) => `${CHANGESETS}/${c.name} (${c.bump})`).join(', ');
    console.log(`The public API changed since ${short} (${base.why}):\n${reportList}\nannounced by ${list}.`);
    return;
  }
  const found =
    newChangesets.length === 0
      ? 'no changeset was added'
      : `the changesets added bump less: ${newChangesets.map((c) => `${c.name} (${c.bump ?? `no ${packageName}`})`).join(', ')}`;
  console.error(
    `The public API changed since ${short} (${base.why}):\n${reportList}\nbut ${found}.\n` +
      `Add a changeset that bumps '${packageName}' by minor and tells users what changed (\`npx changeset\`); ` +
      'see CONTRIBUTING.md.',
  );
  process.exitCode = 1;
}

main();
