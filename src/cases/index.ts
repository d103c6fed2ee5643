/**
 * Tables 3 and 4 from a body's case register.
 *
 * @module
 */
export { fromCases, CaseInputError, type CaseIssue, type FromCasesOptions } from './from-cases.js';
export type {
  AppealCase,
  AppealKind,
  AppealResult,
  ApplicantKey,
  ApplicationCase,
  CaseRegister,
  OutcomeKey,
} from './types.js';
