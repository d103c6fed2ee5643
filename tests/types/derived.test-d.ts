/**
 * The types derived from the definitions: the finding codes from the rules, the report's tables
 * from the format, the case register's keys from the roles, and read-only inputs.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { AppealResult, ApplicantKey, OutcomeKey } from '../../src/cases/types.js';
import { check } from '../../src/check/index.js';
import { diff } from '../../src/diff/index.js';
import type { RuleCode } from '../../src/findings/catalog.js';
import type { Finding, RuleSettings } from '../../src/findings/types.js';
import type { FormatOf, KeysWithRole } from '../../src/format/index.js';
import type {
  DeepReadonly,
  ReadonlyReport,
  Report,
  Report2019,
  Report2021,
  Table3,
  Table4,
} from '../../src/model/types.js';
import { rollup } from '../../src/rollup/index.js';

describe('RuleCode', () => {
  it('is the union of the codes written in src/findings, and types every finding', () => {
    expectTypeOf<'T3-BALANCE'>().toExtend<RuleCode>();
    expectTypeOf<'PARSE-PDF-NO-TEXT'>().toExtend<RuleCode>();
    expectTypeOf<'X-STOCK'>().toExtend<RuleCode>();
    expectTypeOf<'ROLLUP-BELOW-PARTS'>().toExtend<RuleCode>();
    expectTypeOf<'T3-BALANSE'>().not.toExtend<RuleCode>();
    expectTypeOf<string>().not.toExtend<RuleCode>();
    expectTypeOf<Finding['code']>().toEqualTypeOf<RuleCode>();
  });

  it('types the rules option: a misspelt code or setting is an error', () => {
    expectTypeOf<{ 'SECTION-MISSING': 'off' }>().toExtend<RuleSettings>();
    expectTypeOf<{ 'SECTION-MISING': 'off' }>().not.toExtend<RuleSettings>();
    expectTypeOf<{ 'SECTION-MISSING': 'fatal' }>().not.toExtend<RuleSettings>();
  });
});

describe('the report types derived from the format definitions', () => {
  it('has the rows of each format’s table 3, and no other', () => {
    expectTypeOf<keyof Table3<'2021'>>().toEqualTypeOf<
      | 'received'
      | 'carriedOver'
      | 'granted'
      | 'partlyGranted'
      | 'withheldStateSecret'
      | 'withheldProhibitedByLaw'
      | 'withheldSecurity'
      | 'withheldThirdParty'
      | 'withheldInternal'
      | 'withheldProcess'
      | 'withheldEnforcement'
      | 'withheldQuery'
      | 'unavailableNotHeld'
      | 'unavailableNeedsCreation'
      | 'unavailableUnclear'
      | 'notProcessedComplaint'
      | 'notProcessedRepeated'
      | 'notProcessedPublication'
      | 'notProcessedExcessive'
      | 'notProcessedConfirmation'
      | 'otherNoCorrection'
      | 'otherNoFee'
      | 'otherOther'
      | 'outcomeTotal'
      | 'carriedForward'
    >();
    expectTypeOf<Exclude<keyof Table3<'2019'>, keyof Table3<'2021'>>>().toEqualTypeOf<'otherHandling'>();
    expectTypeOf<Table3<'2021'>['received']>().toEqualTypeOf<{
      natural: number | null;
      commercial: number | null;
      research: number | null;
      publicInterest: number | null;
      legalService: number | null;
      otherOrg: number | null;
      total: number | null;
    }>();
    expectTypeOf<keyof Table4>().toEqualTypeOf<'review' | 'litigationDirect' | 'litigationAfterReview'>();
  });

  it('has each format’s table 2 columns, narrowed on format', () => {
    expectTypeOf<keyof Report2021['table2']['rules']>().toEqualTypeOf<'issued' | 'repealed' | 'inForce'>();
    expectTypeOf<keyof Report2019['table2']['rules']>().toEqualTypeOf<
      'newlyMade' | 'newlyPublished' | 'totalPublished'
    >();
    expectTypeOf<keyof Report2019['table2']['procurement']>().toEqualTypeOf<'projects' | 'amount'>();
    expectTypeOf<Report['format']>().toEqualTypeOf<'2019' | '2021'>();
  });

  it('gives the case register the keys of the rows and columns with their roles', () => {
    expectTypeOf<ApplicantKey>().toEqualTypeOf<
      'natural' | 'commercial' | 'research' | 'publicInterest' | 'legalService' | 'otherOrg'
    >();
    expectTypeOf<AppealResult>().toEqualTypeOf<'upheld' | 'corrected' | 'other'>();
    expectTypeOf<Exclude<OutcomeKey<'2021'>, OutcomeKey<'2019'>>>().toEqualTypeOf<
      'otherNoCorrection' | 'otherNoFee' | 'otherOther'
    >();
    expectTypeOf<'received' | 'outcomeTotal'>().not.toExtend<OutcomeKey>();
    expectTypeOf<
      KeysWithRole<FormatOf<'2021'>['tables'][2]['blocks'][0]['columns'], 'pending'>
    >().toEqualTypeOf<'pending'>();
  });
});

describe('read-only inputs', () => {
  it('the functions that only read a report take it read-only', () => {
    expectTypeOf(check).parameter(0).toEqualTypeOf<ReadonlyReport>();
    expectTypeOf(diff).parameter(0).toEqualTypeOf<ReadonlyReport>();
    expectTypeOf<Report>().toExtend<ReadonlyReport>();
  });

  it('a deep-frozen report can be checked, diffed and rolled up, and not written', () => {
    const frozen = {} as DeepReadonly<Report2021>;
    expectTypeOf(check(frozen)).toEqualTypeOf<Finding[]>();
    expectTypeOf(diff(frozen, frozen).tables).toBeArray();
    // The format of read-only inputs still narrows the total's type.
    expectTypeOf(rollup([frozen], { agency: '合计' }).report).toEqualTypeOf<Report2021>();
    // @ts-expect-error a read-only report's cells cannot be written
    frozen.table3.received.natural = 1;
    // @ts-expect-error nor its meta
    frozen.meta.year = 2025;
  });
});
