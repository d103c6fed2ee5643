/**
 * A change to the public API comes with a changeset that bumps the package by at least `minor`
 * (`npm run api:changeset`, run in CI after `npm run api:check`).
 *
 * It compares the API reports (`etc/*.api.md`) of a base commit with the working tree, and looks at
 * the changesets (`.changeset/*.md`) added or edited since that base. The base is, in this order:
 * - `--base REF` when given;
 * - on a branch, the commit where it left `main` (or `origin/main`), so the whole branch counts;
 * - on `main` itself (or a branch with no commit of its own), the last commit when the working tree
 *   has uncommitted changes (they are the change under review), else the previous commit `HEAD~1`,
 *   which for a merge is main before it: the merged change and its changeset are both compared;
 * - none in a clone without history (a shallow clone, a first commit): the check says so and passes,
 *   since there is nothing to compare (the API report check still runs).
 * A base with no API report at all (before the reports existed) is skipped in the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const REPORTS = 'etc';
const CHANGESETS = '.changeset';
const MAIN_REFS = ['main', 'origin/main'];
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

/** The commit to compare with and why it was chosen, or `undefined` when there is none. */
function findBase() {
  if (args.base) {
    const commit = commitOf(args.base);
    if (!commit) throw new Error(`--base ${args.base} is not a commit`);
    return { commit, why: args.base };
  }
  const head = commitOf('HEAD');
  for (const ref of MAIN_REFS) {
    if (!commitOf(ref)) continue;
    const mergeBase = git('merge-base', 'HEAD', ref);
    if (mergeBase && mergeBase !== head) return { commit: mergeBase, why: `where this branch left ${ref}` };
    break;
  }
  if (git('status', '--porcelain')) return { commit: head, why: 'the last commit, as the change is not committed' };
  const previous = commitOf('HEAD~1');
  return previous ? { commit: previous, why: 'the previous commit' } : undefined;
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
  const packageName = JSON.parse(readFileSync('package.json', 'utf8')).name;

  const base = findBase();
  if (!base) {
    console.log('API changeset check skipped: no earlier commit to compare with (a clone without history).');
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
