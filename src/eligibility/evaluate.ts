import type { CriterionContext } from './criterionContext';
import { evaluateCriterion } from './evaluateCriterion';
import { estimatePermit } from './permitEstimate';
import { validateProfile } from './validateProfile';
import type {
  CriterionResult, EligibilityRules, EvaluateOptions, EvaluationResult, MissingFact, Profile, ProfileField,
  VerdictStatus,
} from './types';

const TAKES_THE = /^(United |Republic of |Czech Republic$|Dominican Republic$|Central African Republic$|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Vatican City$)|Islands$/;

/** A country's name as it reads after "citizens of": "Germany", "the Czech Republic". */
function inSentence(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** not-eligible if any criterion is not met, else possibly-eligible if any is conditional, else incomplete if any is unknown. */
export function verdictStatus(criteria: readonly Pick<CriterionResult, 'status'>[]): VerdictStatus {
  const has = (status: CriterionResult['status']): boolean => criteria.some((c) => c.status === status);
  if (has('not-met')) return 'not-eligible';
  if (has('conditional')) return 'possibly-eligible';
  if (has('unknown')) return 'incomplete';
  return 'eligible';
}

function missingFacts(rules: EligibilityRules, fields: ReadonlySet<ProfileField>): MissingFact[] {
  return rules.criteria
    .flatMap((rule) => rule.asks)
    .filter((fact) => fields.has(fact.field))
    .map(({ field, label, question }) => ({ field, label, question }));
}

/**
 * Judges every criterion of `rules` against `profile` on the application date `options.asOf` (`YYYY-MM-DD`).
 * Returns `{ ok: false, errors }` when a value cannot be judged (a malformed date, a date of birth after the
 * application date, an internship that ends before it starts ...), else `{ ok: true, verdict }`.
 * When both are known, the date of birth is used and the stated age ignored.
 */
export function evaluate(profile: Profile, rules: EligibilityRules, options: EvaluateOptions): EvaluationResult {
  const checked = validateProfile(profile, options.asOf);
  if (!checked.ok) return checked;
  const { citizenship } = checked.value;
  const country = rules.countries.find((row) => row.code === citizenship);
  const context: CriterionContext = {
    ...checked.value,
    country,
    countryName: citizenship && inSentence(country?.name ?? rules.countryNames[citizenship] ?? citizenship),
    countries: rules.countries,
  };

  const missing = new Set<ProfileField>();
  const criteria = rules.criteria.map((rule): CriterionResult => {
    const outcome = evaluateCriterion(rule, context);
    if (outcome.status === 'unknown') outcome.missing.forEach((field) => missing.add(field));
    return { id: rule.id, status: outcome.status, reason: outcome.reason, source: rule.source };
  });
  const status = verdictStatus(criteria);
  return {
    ok: true,
    verdict: {
      status,
      summary: rules.summaries[status],
      criteria,
      missing: missingFacts(rules, missing),
      permit: estimatePermit(rules.permit, context),
      notes: rules.notes.map((note) => ({ ...note })),
    },
  };
}
