/**
 * The case register: a body's applications, and its administrative review and litigation cases.
 *
 * @module
 */
import type { FormatVersion } from '../format/grid.js';
import type { Table3, Table4 } from '../model/types.js';

/** Who applied: a table 3 applicant column key (`natural`, `commercial`, …, `otherOrg`; not `total`). */
export type ApplicantKey = Exclude<keyof Table3['received'], 'total'>;

/**
 * How an application was closed: a table 3 outcome row key of the format (`granted`,
 * `withheldStateSecret`, …; in 2021 `otherNoCorrection`, `otherNoFee`, `otherOther`; in 2019
 * `otherHandling`).
 */
export type OutcomeKey<F extends FormatVersion = FormatVersion> = Exclude<
  keyof Table3<F> & string,
  'received' | 'carriedOver' | 'outcomeTotal' | 'carriedForward'
>;

/** One application for government information. Dates are `YYYY-MM-DD`. */
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

/** The kind of an appeal case: a table 4 group key (`review`, `litigationDirect`, `litigationAfterReview`). */
export type AppealKind = keyof Table4;

/** How a review or lawsuit ended: a table 4 outcome column key (`upheld`, `corrected`, `other`). */
export type AppealResult = Exclude<keyof Table4['review'], 'pending' | 'total'>;

/** One administrative review or lawsuit about the body's disclosure work. */
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

/** A body's register of cases. */
export interface CaseRegister<F extends FormatVersion = FormatVersion> {
  applications: readonly ApplicationCase<F>[];
  appeals?: readonly AppealCase[];
}
