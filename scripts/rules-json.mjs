// Writes schema/rules.json, every rule with its metadata, from the built rules entry (run by
// `npm run build`, after tsup). It is shipped as `zfxxgk/rules.json`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesCatalog } from '../dist/rules.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'rules.json');
writeFileSync(target, `${JSON.stringify(rulesCatalog(), null, 2)}\n`);
console.log(`wrote ${target}`);
