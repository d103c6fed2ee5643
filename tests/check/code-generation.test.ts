import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { cleanReport, withCells } from '../support/reports.js';

/*
 * `check` writes some of its loops out as code once per format (the cell reader, the test of
 * every relation, the reading of each quantity the narrative states). Where a
 * Content-Security-Policy refuses code generation, it walks the same plans instead: the findings
 * must be the same, key for key.
 */

const NARRATIVE =
  '本年度新收政府信息公开申请25件，上年结转3件；予以公开10件，不予公开2件，因本机关不掌握无法提供4件，不予处理1件。信息公开类行政复议1件，行政诉讼0件。';

/** Reports whose findings go through every generated loop: relations failing, blank totals, figures stated. */
function reports(): Report[] {
  const narrated = (report: Report): Report => {
    const overview = report.sections.overview;
    if (overview) overview.text = `${overview.text}\n${NARRATIVE}`;
    return report;
  };
  return (['2019', '2021'] as const).flatMap((format) => [
    cleanReport(format),
    narrated(cleanReport(format)),
    narrated(withCells(cleanReport(format), { 'table3.received.natural': 30, 'table4.review.upheld': 9 })),
    // Blank totals: their relations infer them, and the quantities read their parts.
    narrated(
      withCells(cleanReport(format), {
        'table3.granted.total': null,
        'table3.unavailableNotHeld.total': null,
        'table4.review.total': null,
      }),
    ),
  ]);
}

/** The findings of `check` from a fresh copy of the library, as JSON. */
async function findingsOfFreshCheck(): Promise<string[]> {
  vi.resetModules();
  const { check } = await import('../../src/check/index.js');
  return reports().map((report) => JSON.stringify(check(report, { lang: 'en' })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('check where code generation is refused', () => {
  it('finds the same findings, key for key, walking the plans it would have written out', async () => {
    const generated = await findingsOfFreshCheck();
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript (Content-Security-Policy)');
    });
    const walked = await findingsOfFreshCheck();
    expect(walked).toEqual(generated);
    // The reports do have findings of the relations, of blank totals and of the narrative.
    const codes = generated.flatMap((json) => (JSON.parse(json) as { code: string }[]).map((f) => f.code));
    expect(new Set(codes)).toEqual(
      new Set(['T3-BALANCE', 'T3-ROW-TOTAL', 'T4-TOTAL', 'CELL-BLANK', 'TEXT-TABLE-MISMATCH']),
    );
  });
});
