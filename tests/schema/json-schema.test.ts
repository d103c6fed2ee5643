import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, getTable } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import { safeValidateReport } from '../../src/model/validate.js';
import { reportJsonSchema } from '../../src/schema/index.js';
import { anyValidReport, brokenReport } from './arbitraries.js';
import { validates } from './json-schema-subset.js';

type Schema = Record<string, any>;
const shipped: Schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));

describe('schema/report.schema.json', () => {
  it('is what the zod schemas generate (rebuild with npm run build after a format change)', () => {
    expect(shipped).toEqual(reportJsonSchema());
  });

  it('discriminates on format: one branch per format version, each with its const', () => {
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const branches: Schema[] = shipped.oneOf;
    expect(branches.map((b) => b.properties.format.const).sort()).toEqual([...FORMAT_VERSIONS].sort());
    for (const branch of branches) {
      expect(branch.required).toEqual(['format', 'meta', 'sections', 'topics', 'table2', 'table3', 'table4', 'units']);
      expect(branch.additionalProperties).toBe(false);
    }
  });

  it('names every row and column of tables 3 and 4, all required, with the official labels', () => {
    for (const branch of shipped.oneOf as Schema[]) {
      const version = branch.properties.format.const;
      for (const id of ['3', '4'] as const) {
        const table: Schema = branch.properties[`table${id}`];
        const [block] = getTable(version, id).blocks;
        if (!block) throw new Error(`table ${id} has no block`);
        expect(Object.keys(table.properties)).toEqual(block.rows.map((r) => r.key));
        expect(table.required).toEqual(block.rows.map((r) => r.key));
        for (const row of block.rows) {
          const rowSchema: Schema = table.properties[row.key];
          expect(rowSchema.description).toBe(row.label);
          expect(rowSchema.required).toEqual(block.columns.map((c) => c.key));
          expect(block.columns.map((c) => rowSchema.properties[c.key].description)).toEqual(
            block.columns.map((c) => c.label),
          );
        }
      }
    }
  });

  it('accepts every valid report', () => {
    fc.assert(
      fc.property(anyValidReport, (input) => void expect(validates(shipped, input)).toBe(true)),
      { numRuns: 100 },
    );
  });

  it('gives the verdict safeValidateReport gives on JSON with one thing changed', () => {
    fc.assert(
      fc.property(brokenReport, (broken) => {
        // What JSON can carry: NaN and Infinity become null, undefined members vanish.
        const input: unknown = JSON.parse(JSON.stringify(broken));
        expect(validates(shipped, input), JSON.stringify(safeValidateReport(input))).toBe(
          safeValidateReport(input).success,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('rejects a fractional count, a negative fee and an impossible date', () => {
    const base = () => JSON.parse(JSON.stringify(emptyReport({ format: '2021', agency: '某县财政局', year: 2024 })));
    expect(validates(shipped, base())).toBe(true);
    const fractional = base();
    fractional.table3.received.natural = 0.5;
    const negativeFee = base();
    negativeFee.table2.fees.feeAmount = -1;
    const badDate = base();
    badDate.meta.published = '2023-02-29';
    for (const input of [fractional, negativeFee, badDate]) expect(validates(shipped, input)).toBe(false);
  });
});
