// Writes schema/report.schema.json from the built zod schemas (run by `npm run build`, after tsup).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../dist/schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'report.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
