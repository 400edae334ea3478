import { addDays, ageOn, anniversary, daysBetween, formatLongDate, type CalendarDate } from './calendarDate';
import { outcome, type CriterionContext, type Outcome } from './criterionContext';
import { ordinal, orList, type ReasonKey, type TemplateValues } from './reasonTemplates';
import type { CriterionRule, CriterionStatus, ProfileField } from './types';

interface AgeRange {
  minAge: number;
  maxAge: number;
}

/** The ages some participating country accepts (`widest`) and those every one accepts (`common`). */
function rangesOfAllCountries(context: CriterionContext): { widest: AgeRange; common: AgeRange; maxAges: string } {
  const mins = context.countries.map((country) => country.minAge);
  const maxes = context.countries.map((country) => country.maxAge);
  return {
    widest: { minAge: Math.min(...mins), maxAge: Math.max(...maxes) },
    common: { minAge: Math.max(...mins), maxAge: Math.min(...maxes) },
    maxAges: orList([...new Set(maxes)].sort((a, b) => a - b)),
  };
}

/**
 * Judges the age on the application date against the citizenship's range, inclusive at both ends.
 * With only a stated age it judges on that age; with an unknown citizenship it uses every country's range.
 */
export function evaluateAge(rule: CriterionRule, lastDayWarningDays: number, context: CriterionContext): Outcome {
  const birth = context.dates.dateOfBirth;
  const age = birth !== undefined ? ageOn(birth, context.asOf) : context.profile.statedAge;
  const all = rangesOfAllCountries(context);
  const range = context.country ?? all.widest;
  const values: TemplateValues = {
    asOf: formatLongDate(context.asOf),
    country: context.countryName,
    minAge: range.minAge,
    maxAge: range.maxAge,
    maxAges: all.maxAges,
    minAgeBirthday: ordinal(range.minAge),
    limitBirthday: ordinal(range.maxAge + 1),
  };
  const say = (status: CriterionStatus, key: ReasonKey<'age'>, missing: ProfileField[] = []): Outcome =>
    outcome(rule, status, key, values, missing);

  if (age === undefined) return say('unknown', context.country ? 'unknown' : 'unknownAnyCountry', ['dateOfBirth']);
  values.age = age;

  if (age < range.minAge) {
    if (birth === undefined) return say('not-met', 'notMetStatedTooYoung');
    values.eligibleFrom = formatLongDate(anniversary(birth, range.minAge));
    return say('not-met', 'notMetTooYoung');
  }
  if (context.country === undefined) {
    if (age > range.maxAge) return say('not-met', 'notMetTooOldAnyCountry');
    if (age >= all.common.minAge && age <= all.common.maxAge) return say('met', 'metAnyCountry');
    return say('unknown', 'unknownDependsOnCountry', context.citizenship === undefined ? ['citizenship'] : []);
  }
  if (age > range.maxAge) return say('not-met', birth === undefined ? 'notMetStatedTooOld' : 'notMetTooOld');
  if (birth === undefined) {
    const atEdge = age === range.minAge || age === range.maxAge;
    return say('met', atEdge ? 'metStatedBoundary' : 'metStated');
  }
  const ageingOut: CalendarDate = anniversary(birth, range.maxAge + 1);
  if (daysBetween(context.asOf, ageingOut) <= lastDayWarningDays) {
    values.lastDay = formatLongDate(addDays(ageingOut, -1));
    return say('met', 'metLastDays');
  }
  return say('met', 'met');
}
