import type { CountryRule } from '../knowledge/types';

/** A NOC TEER category. */
export type Teer = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * What is known about the applicant. Every field is optional: undefined means "not known yet".
 * Dates are calendar dates written `YYYY-MM-DD`.
 */
export interface Profile {
  /** ISO 3166-1 alpha-2 code of the country of citizenship (passport). */
  citizenship?: string;
  dateOfBirth?: string;
  /** Age in years as the person stated it; used only when `dateOfBirth` is unknown. */
  statedAge?: number;
  /** Registered as a student at a post-secondary institution. */
  enrolled?: boolean;
  /** Has a signed job offer or contract for a work placement or internship in Canada. */
  hasJobOffer?: boolean;
  /** NOC TEER category of the internship. */
  teer?: Teer;
  linkedToStudies?: boolean;
  /** The study program requires the internship to complete the studies. */
  requiredForStudies?: boolean;
  internshipStart?: string;
  /** Last day of the internship. */
  internshipEnd?: string;
  /** Last day the passport is valid. */
  passportExpiry?: string;
  /** Will have the equivalent of at least CAD 2,500 on landing. */
  hasFunds?: boolean;
  /** Can take out health insurance for the whole stay. */
  hasInsurance?: boolean;
  admissible?: boolean;
  /** Has a round-trip ticket or the money to buy a departure ticket. */
  hasDepartureTicket?: boolean;
  /** Will be accompanied by dependants. */
  hasDependants?: boolean;
  residentInCitizenshipCountry?: boolean;
  /** Number of earlier IEC participations, in any category. */
  earlierParticipations?: number;
  /** Australia only: one of the earlier participations was in 2015 or later. */
  australiaParticipationSince2015?: boolean;
}

/** A field of {@link Profile}. */
export type ProfileField = keyof Profile;

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The application date, `YYYY-MM-DD`: ages and passport validity are judged on it. */
  asOf: string;
}

export type CriterionStatus = 'met' | 'not-met' | 'unknown' | 'conditional';
export type VerdictStatus = 'eligible' | 'not-eligible' | 'possibly-eligible' | 'incomplete';

/** The outcome of one criterion. */
export interface CriterionResult {
  id: string;
  status: CriterionStatus;
  /** A sentence the applicant understands. */
  reason: string;
  /** Section of the source document the rule comes from. */
  source: string;
}

/** A fact still to be asked, in the order a conversation should ask for it. */
export interface MissingFact {
  field: ProfileField;
  /** Short noun phrase for lists, e.g. "your date of birth". */
  label: string;
  /** A question that asks for it. */
  question: string;
}

/** What set the permit's length. */
export type PermitLimit = 'country-maximum' | 'second-participation' | 'passport-expiry';

/** How long the permit could be. */
export interface PermitEstimate {
  /** Longest permit in months; undefined while the citizenship is unknown or not in the table. */
  months: number | undefined;
  limitedBy: PermitLimit | undefined;
  /** Last day the permit could cover (`YYYY-MM-DD`); known once the internship start is. */
  latestEnd: string | undefined;
  /** Whether the whole internship fits; undefined until both internship dates are known. */
  coversInternship: boolean | undefined;
  reason: string;
  source: string;
}

/** Information for the applicant that no one can fail, such as the fees. */
export interface VerdictNote {
  id: string;
  text: string;
  source: string;
}

/** The answer of {@link evaluate}: every criterion, what is still missing and the permit length. */
export interface Verdict {
  status: VerdictStatus;
  /** One sentence saying what the status means. */
  summary: string;
  /** Every criterion, in the order of `knowledge/criteria.json`. */
  criteria: CriterionResult[];
  /** Facts still unknown that an unknown criterion needs, in asking order. */
  missing: MissingFact[];
  permit: PermitEstimate;
  notes: VerdictNote[];
}

/** A profile value that cannot be judged (not a verdict). */
export interface InputError {
  field: ProfileField | 'asOf';
  message: string;
}

/** Either a verdict or the input errors that prevent one. */
export type EvaluationResult = { ok: true; verdict: Verdict } | { ok: false; errors: InputError[] };

/** How a criterion is checked; the variants' reason texts live in `knowledge/criteria.json`. */
export type CriterionCheck =
  | { kind: 'citizenship' }
  | { kind: 'age'; lastDayWarningDays: number }
  | { kind: 'fact'; field: ProfileField; expected: boolean; otherwise: 'not-met' | 'conditional' }
  | { kind: 'teer'; met: Teer[]; conditional: Teer[]; notMet: Teer[] }
  | { kind: 'internshipDates' }
  | { kind: 'passport' }
  | { kind: 'participations' };

/** A fact a criterion asks for. */
export interface AskedFact {
  field: ProfileField;
  label: string;
  question: string;
}

/** One criterion of `knowledge/criteria.json`. */
export interface CriterionRule {
  id: string;
  check: CriterionCheck;
  asks: AskedFact[];
  source: string;
  /** Reason templates by variant; `{name}` placeholders are filled by the engine. */
  reasons: Record<string, string>;
  /** How the engine reads the source where it leaves room for interpretation. */
  policy?: string;
}

/** Reason templates of the permit estimate. */
export interface PermitRule {
  source: string;
  reasons: Record<string, string>;
}

/** Everything {@link evaluate} needs, built by {@link loadEligibilityRules}. */
export interface EligibilityRules {
  countries: CountryRule[];
  /** English names of countries by ISO code, for those outside the table. */
  countryNames: Record<string, string>;
  criteria: CriterionRule[];
  permit: PermitRule;
  summaries: Record<VerdictStatus, string>;
  notes: VerdictNote[];
}
