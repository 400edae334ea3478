import type { CountryRule } from '../knowledge/types';
import { fillTemplate, type TemplateValues } from './reasonTemplates';
import type { CheckedProfile } from './validateProfile';
import type { CriterionRule, CriterionStatus, ProfileField } from './types';

/** What a criterion is judged on. */
export interface CriterionContext extends CheckedProfile {
  /** The table row of the citizenship; undefined when unknown or not in the table. */
  country: CountryRule | undefined;
  /** The citizenship's name; undefined while the citizenship is unknown. */
  countryName: string | undefined;
  countries: CountryRule[];
}

/** The judgement of one criterion, before the verdict adds its id and source. */
export interface Outcome {
  status: CriterionStatus;
  reason: string;
  /** Unknown facts this criterion needs. */
  missing: ProfileField[];
}

/** An outcome whose reason is the rule's template `key`, filled with `values`. */
export function outcome(
  rule: CriterionRule,
  status: CriterionStatus,
  key: string,
  values: TemplateValues = {},
  missing: ProfileField[] = [],
): Outcome {
  const template = rule.reasons[key];
  if (template === undefined) throw new Error(`Criterion "${rule.id}" has no reason "${key}"`);
  return { status, reason: fillTemplate(template, values), missing };
}
