/**
 * The case register: a body's applications, and its administrative review and litigation cases.
 *
 * @module
 */
import type { FormatOf, KeysWithRole } from '../format/index.js';
import type { FormatVersion, OutcomeRole } from '../format/grid.js';
import type { Table4 } from '../model/types.js';

/**
 * Who applied: a table 3 applicant column key (`natural`, `commercial`, …, `otherOrg`; not `total`).
 *
 * @example
 * ```ts
 * const applicant: ApplicantKey = 'legalService'; // 法律服务机构
 * ```
 */
export type ApplicantKey = KeysWithRole<FormatOf<FormatVersion>['tables'][1]['blocks'][0]['columns'], 'applicant'>;

/**
 * How an application was closed: a table 3 outcome row key of the format (`granted`,
 * `withheldStateSecret`, …; in 2021 `otherNoCorrection`, `otherNoFee`, `otherOther`; in 2019
 * `otherHandling`).
 *
 * @example
 * ```ts
 * const outcome: OutcomeKey<'2021'> = 'unavailableNotHeld'; // （四）无法提供 · 1.本机关不掌握相关政府信息
 * ```
 */
export type OutcomeKey<F extends FormatVersion = FormatVersion> = KeysWithRole<
  FormatOf<F>['tables'][1]['blocks'][0]['rows'],
  OutcomeRole
>;

/**
 * One application for government information. Dates are `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const application: ApplicationCase = { id: 'YSQ-2024-001', received: '2024-03-02', applicant: 'natural', closed: '2024-03-20', outcome: 'granted' };
 * ```
 */
export interface ApplicationCase<F extends FormatVersion = FormatVersion> {
  /** The register's identifier, quoted in errors. */
  id: string;
  received: string;
  applicant: ApplicantKey;
  /** When the reply was made; absent while the application is open. */
  closed?: string;
  /** Required when `closed` is set. */
  outcome?: OutcomeKey<F>;
}

/**
 * The kind of an appeal case: a table 4 group key (`review`, `litigationDirect`, `litigationAfterReview`).
 *
 * @example
 * ```ts
 * const kind: AppealKind = 'litigationDirect'; // 未经复议直接起诉
 * ```
 */
export type AppealKind = keyof Table4;

/**
 * How a review or lawsuit ended: a table 4 outcome column key (`upheld`, `corrected`, `other`).
 *
 * @example
 * ```ts
 * const result: AppealResult = 'corrected'; // 结果纠正
 * ```
 */
export type AppealResult = KeysWithRole<FormatOf<'2021'>['tables'][2]['blocks'][0]['columns'], 'result'>;

/**
 * One administrative review or lawsuit about the body's disclosure work.
 *
 * @example
 * ```ts
 * const appeal: AppealCase = { id: 'FY-2024-01', kind: 'review', filed: '2024-05-01', closed: '2024-07-01', result: 'upheld' };
 * ```
 */
export interface AppealCase {
  id: string;
  kind: AppealKind;
  /** When the review was applied for or the suit filed. */
  filed: string;
  /** When it was decided; absent while pending. */
  closed?: string;
  /** Required when `closed` is set. */
  result?: AppealResult;
}

/**
 * A body's register of cases.
 *
 * @example
 * ```ts
 * const register: CaseRegister = {
 *   applications: [{ id: 'YSQ-2024-002', received: '2024-12-20', applicant: 'commercial' }],
 *   appeals: [{ id: 'FY-2024-01', kind: 'review', filed: '2024-05-01' }],
 * };
 * fromCases(register, { year: 2024, agency: '某县财政局' }).table3.carriedForward.commercial; // 1
 * ```
 */
export interface CaseRegister<F extends FormatVersion = FormatVersion> {
  applications: readonly ApplicationCase<F>[];
  appeals?: readonly AppealCase[];
}
