/**
 * `zfxxgk/schema`: zod schemas of a report, derived from the format definitions, and the JSON
 * Schema generated from them. Kept out of the main entry so that `import { check } from 'zfxxgk'`
 * does not load zod.
 *
 * @example
 * ```ts
 * import { reportSchema } from 'zfxxgk/schema';
 * const report = reportSchema.parse(JSON.parse(json));
 * ```
 *
 * @module zfxxgk/schema
 */
export { cellSchema } from './cells.js';
export { report2019Schema, report2021Schema, reportSchema } from './report.js';
export { JSON_FORM_VERSION, reportJsonSchema } from './json-schema.js';
