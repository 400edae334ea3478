export { evaluate, verdictStatus } from './evaluate';
export { describeVerdict } from './describeVerdict';
export { buildEligibilityRules, loadEligibilityRules } from './loadEligibilityRules';
export { PROFILE_FIELDS } from './profileFields';
export type {
  CriterionResult, CriterionStatus, EligibilityRules, EvaluateOptions, EvaluationResult, InputError, MissingFact,
  PermitEstimate, PermitLimit, Profile, ProfileField, Teer, Verdict, VerdictNote, VerdictStatus,
} from './types';
