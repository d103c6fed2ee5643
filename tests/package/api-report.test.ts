/**
 * The API report check (`npm run api:check`) on a copy of the built declarations: it passes on
 * the declarations as built, whatever the hashed names of the shared chunks, and fails when an
 * entry point exports one thing more than its report says. The docx entry stands for all: it is
 * small and imports every shared declaration chunk.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = 'zfxxgk-docx';
let work: string;

/** Runs the report script on the copy in `work`; `--check` compares instead of writing. */
function apiReport(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/api-report.mjs'),
      '--dist',
      join(work, 'dist'),
      '--etc',
      join(work, 'etc'),
      '--entry',
      ENTRY,
      ...args,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

/** Gives every hashed declaration chunk (`types-BCUFp243.d.ts`) another hash, imports included. */
function renameChunks(dist: string) {
  const files = readdirSync(dist).filter((f) => f.endsWith('.d.ts'));
  const chunks = files.map((f) => /^(.+)-([A-Za-z0-9_]{8})\.d\.ts$/.exec(f)).filter((m) => m !== null);
  expect(chunks.length).toBeGreaterThan(0);
  // Each chunk its own new hash: two chunks may share a name (`types-….d.ts` of two modules).
  const renamed = (i: number) => String(i).padStart(8, 'R');
  for (const file of files) {
    let text = readFileSync(join(dist, file), 'utf8');
    chunks.forEach(([, name, hash], i) => {
      text = text.replaceAll(`${name}-${hash}.`, `${name}-${renamed(i)}.`);
    });
    writeFileSync(join(dist, file), text);
  }
  chunks.forEach(([chunk, name], i) => {
    renameSync(join(dist, chunk), join(dist, `${name}-${renamed(i)}.d.ts`));
  });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'docx.d.ts')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-api-'));
  mkdirSync(join(work, 'dist'));
  for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.d.ts'))) {
    cpSync(join(root, 'dist', file), join(work, 'dist', file));
  }
  expect(apiReport().code).toBe(0);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the API report check', () => {
  it('writes a report that names no hashed chunk file', () => {
    const report = readFileSync(join(work, 'etc', `${ENTRY}.api.md`), 'utf8');
    expect(report).toContain('export function parseDocx(');
    expect(report).not.toMatch(/[A-Za-z0-9_]{8}\.(d\.ts|js)/);
  });

  it('passes on the same declarations with other chunk names, as another build gives', () => {
    renameChunks(join(work, 'dist'));
    const { code, out } = apiReport('--check');
    expect(out).toContain(`unchanged ${ENTRY}.api.md`);
    expect(code).toBe(0);
  });

  it('fails, naming the entry and the export, when an export is added without updating the report', () => {
    appendFileSync(join(work, 'dist', 'docx.d.ts'), '\nexport declare const unannounced: number;\n');
    const { code, out } = apiReport('--check');
    expect(code).toBe(1);
    expect(out).toContain(`The public API differs from its report in:\n  ${ENTRY}.api.md (zfxxgk/docx)`);
    expect(out).toContain('+export const unannounced: number;');
    expect(out).toContain('add a changeset');
  });
});
