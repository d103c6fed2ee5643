// Runs every bench/*.bench.ts with tsx, one after another (so they do not compete for the CPU).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'bench';
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .sort()
  : [];
if (files.length === 0) {
  console.error('no bench/*.bench.ts files');
  process.exit(1);
}
for (const file of files) {
  console.log(`# ${file}`);
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
