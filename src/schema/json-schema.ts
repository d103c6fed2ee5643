/**
 * The JSON Schema of the JSON form of a report, generated from the zod schemas.
 *
 * @module
 */
import * as z from 'zod';
import { reportSchema } from './report.js';

/**
 * The version of the documented JSON form of a report (docs/json-form.md); it changes only with a
 * major release.
 *
 * @example
 * ```ts
 * JSON_FORM_VERSION; // 1
 * ```
 */
export const JSON_FORM_VERSION = 1;

/**
 * The JSON Schema (draft 2020-12) of a report's JSON form; the package ships it as
 * `zfxxgk/report.schema.json`. It accepts what {@link reportSchema} and `safeValidateReport` accept,
 * the real-calendar-date rule of `meta.published` included (as a pattern).
 *
 * @example
 * ```ts
 * import { reportJsonSchema } from 'zfxxgk/schema';
 * const schema = reportJsonSchema();
 * schema.oneOf.length; // 2 (the 2019 and the 2021 format)
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> & { oneOf: Record<string, unknown>[] } {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as Record<string, unknown> & {
    oneOf: Record<string, unknown>[];
  };
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `zfxxgk report, JSON form ${JSON_FORM_VERSION}`,
    description:
      'A 政府信息公开工作年度报告 (annual government information disclosure report) as zfxxgk reads and writes it.',
    ...rest,
  };
}
