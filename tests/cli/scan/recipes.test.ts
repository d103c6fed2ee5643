/**
 * The recipes for many machines shipped in examples/scan/ run: their commands, with the shard
 * number each machine gets (a Kubernetes completion index, a CI matrix value) and the paths of this
 * machine, give together the database of one run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, contents, ensureBuilt, root, withDatabase, writeGenerated, zfxxgk } from './helpers.js';

let work: string;
let reference: Map<string, string>;

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-recipes-'));
  writeGenerated(join(work, 'reports'), 6, 4);
  expect(zfxxgk(['scan', 'reports', '--db', 'one.duckdb'], work).code).toBe(0);
  reference = await withDatabase(join(work, 'one.duckdb'), contents);
  // `npx --yes zfxxgk@0` of the recipes is this checkout's build.
  mkdirSync(join(work, 'bin'));
  writeFileSync(join(work, 'bin/npx'), `#!/bin/sh\nshift 2\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
  chmodSync(join(work, 'bin/npx'), 0o755);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a recipe's shell command in a folder with some environment. */
function sh(command: string, cwd: string, env: Record<string, string>) {
  expect(command).toMatch(/^npx --yes zfxxgk@0 /);
  const run = spawnSync('sh', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${join(work, 'bin')}:${process.env.PATH}` },
  });
  expect(run.status, `${command}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

describe('examples/scan', () => {
  it('kubernetes-indexed-job.yaml: each completion index scans its shard into the shared volume; the merge gives one run', async () => {
    const text = readFileSync(join(root, 'examples/scan/kubernetes-indexed-job.yaml'), 'utf8');
    const job = parse(text);
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    const container = job.spec.template.spec.containers[0];
    const shards = Number(container.env.find((e: { name: string }) => e.name === 'SHARDS').value);
    expect(shards).toBe(job.spec.completions);
    expect(container.command).toEqual(['sh', '-c']);
    expect(container.volumeMounts[0].mountPath).toBe('/data');
    // The shared volume is a folder here; the reports are at /data/reports.
    const volume = join(work, 'k8s');
    cpSync(join(work, 'reports'), join(volume, 'reports'), { recursive: true });
    const local = (command: string) => command.replaceAll('/data', volume);
    for (let index = 0; index < shards; index++) {
      sh(local(container.args[0]), work, { JOB_COMPLETION_INDEX: String(index), SHARDS: String(shards) });
    }
    const merge = /^#\s+(npx --yes zfxxgk@0 scan --merge .*)$/m.exec(text)?.[1] as string;
    sh(local(merge), work, {});
    // One run over the same paths (documents keep the path they were found at).
    expect(zfxxgk(['scan', join(volume, 'reports'), '--db', 'k8s-one.duckdb'], work).code).toBe(0);
    expect(await withDatabase(join(volume, 'corpus.duckdb'), contents)).toEqual(
      await withDatabase(join(work, 'k8s-one.duckdb'), contents),
    );
  }, 240_000);

  it('github-actions.yml: the matrix jobs scan their shards, the last job merges their artifacts into one run', async () => {
    const workflow = parse(readFileSync(join(root, 'examples/scan/github-actions.yml'), 'utf8'));
    const shards = Number(workflow.env.SHARDS);
    const { scan, merge } = workflow.jobs;
    expect(scan.strategy.matrix.shard).toEqual(Array.from({ length: shards }, (_, k) => k));
    expect(merge.needs).toBe('scan');
    const runs = (job: { steps: { run?: string }[] }) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
    const matrixShard = `\${{ matrix.shard }}`;
    // Each matrix job on a runner of its own, with the repository checked out.
    const merged = join(work, 'gha-merge', 'corpus');
    for (const shard of scan.strategy.matrix.shard as number[]) {
      const runner = join(work, `gha-${shard}`);
      cpSync(join(work, 'reports'), join(runner, 'reports'), { recursive: true });
      for (const command of runs(scan))
        sh(command.replaceAll(matrixShard, String(shard)), runner, { SHARDS: String(shards) });
      // upload-artifact, then download-artifact with merge-multiple: every shard's files in one folder.
      cpSync(join(runner, 'corpus'), merged, { recursive: true });
    }
    const [mergeCommand, queryCommand] = runs(merge) as [string, string];
    sh(mergeCommand, join(work, 'gha-merge'), {});
    expect(await withDatabase(join(work, 'gha-merge', 'corpus.duckdb'), contents)).toEqual(reference);
    expect(sh(queryCommand, join(work, 'gha-merge'), {})).toContain('checked');
  }, 240_000);
});
