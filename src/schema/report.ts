/**
 * The zod schemas of a report: the shape of the JSON form that `safeValidateReport` walks (derived
 * from the format definitions, so a row added to a format is in the schema with no edit here),
 * turned into zod. The rules are those of `safeValidateReport` on complete reports; objects are strict.
 *
 * @module
 */
import * as z from 'zod';
import type { FormatVersion } from '../format/grid.js';
import { reportShape, type Shape } from '../model/shape.js';
import type { Report, Report2019, Report2021 } from '../model/types.js';
import { isIsoDate } from '../model/validate.js';
import { cellSchema } from './cells.js';

/** The date rule of the model, as zod says it. */
const date = z.union([
  z.iso
    .date()
    // The model reads dates through `Date.UTC`, which cannot name years 0–99; saying so in a
    // pattern keeps the JSON Schema as strict as the model.
    .regex(/^(?!00)/, 'expected a year from 0100 on')
    .refine(isIsoDate, 'expected a real calendar date'),
  z.null(),
]);

/** The zod schema of a shape of the JSON form: the same shape the model's validator walks. */
function toZod(shape: Shape): z.ZodType {
  switch (shape.type) {
    case 'object': {
      const fields = shape.fields.map((field) => {
        const schema = field.presence === 'optional' ? toZod(field.shape).optional() : toZod(field.shape);
        return [field.key, field.description === undefined ? schema : schema.describe(field.description)] as const;
      });
      const object = z.strictObject(Object.fromEntries(fields));
      return shape.description === undefined ? object : object.describe(shape.description);
    }
    case 'literal':
      return z.literal(shape.value);
    case 'text':
      return shape.filled === 'visible'
        ? z.string().regex(/\S/, `expected ${shape.expected}`)
        : shape.filled === 'any'
          ? z.string().min(1)
          : z.string();
    case 'year':
      return z.number().int().min(shape.min).max(shape.max);
    case 'oneOf':
      return z.enum(shape.values as [string, ...string[]]);
    case 'date':
      return date;
    case 'cell':
      return cellSchema(shape.kind);
  }
}

const reportObject = (version: FormatVersion) => toZod(reportShape(version)) as z.ZodObject;

const report2019Object = reportObject('2019');
const report2021Object = reportObject('2021');

/**
 * A complete report in the 2019 format (国办公开办函〔2019〕60号).
 *
 * @example
 * ```ts
 * import { report2019Schema } from 'zfxxgk/schema';
 * report2019Schema.parse(JSON.parse(json2019)).table2.procurement.amount;
 * ```
 */
export const report2019Schema: z.ZodType<Report2019> = report2019Object as unknown as z.ZodType<Report2019>;

/**
 * A complete report in the 2021 format (国办公开办函〔2021〕30号).
 *
 * @example
 * ```ts
 * import { report2021Schema } from 'zfxxgk/schema';
 * const result = report2021Schema.safeParse(input);
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const report2021Schema: z.ZodType<Report2021> = report2021Object as unknown as z.ZodType<Report2021>;

/**
 * A complete report in either format, discriminated on `format`. Accepts exactly what
 * `safeValidateReport` accepts.
 *
 * @example
 * ```ts
 * import { reportSchema } from 'zfxxgk/schema';
 * const report = reportSchema.parse(JSON.parse(json));
 * if (report.format === '2021') report.table3.received.total;
 * ```
 */
export const reportSchema: z.ZodType<Report> = z.discriminatedUnion('format', [
  report2019Object,
  report2021Object,
]) as unknown as z.ZodType<Report>;
