import { evaluateAge } from './ageCriterion';
import { compareDates, formatLongDate } from './calendarDate';
import { outcome, type CriterionContext, type Outcome } from './criterionContext';
import { orList, timesText, type ReasonKey, type TemplateValues } from './reasonTemplates';
import type { CriterionCheck, CriterionRule, CriterionStatus, ProfileField } from './types';

type Check<K extends CriterionCheck['kind']> = Extract<CriterionCheck, { kind: K }>;

function sayer<K extends CriterionCheck['kind']>(rule: CriterionRule, values: TemplateValues = {}) {
  return (status: CriterionStatus, key: ReasonKey<K>, missing: ProfileField[] = []): Outcome =>
    outcome(rule, status, key, values, missing);
}

function citizenship(rule: CriterionRule, context: CriterionContext): Outcome {
  const say = sayer<'citizenship'>(rule, { country: context.countryName });
  if (context.citizenship === undefined) return say('unknown', 'unknown', ['citizenship']);
  return context.country !== undefined ? say('met', 'met') : say('not-met', 'notMet');
}

function fact(rule: CriterionRule, check: Check<'fact'>, context: CriterionContext): Outcome {
  const value = context.profile[check.field];
  if (value === undefined) return outcome(rule, 'unknown', 'unknown', {}, [check.field]);
  if (value === check.expected) return outcome(rule, 'met', 'met');
  return outcome(rule, check.otherwise, check.otherwise === 'not-met' ? 'notMet' : 'conditional');
}

function teer(rule: CriterionRule, check: Check<'teer'>, context: CriterionContext): Outcome {
  const category = context.profile.teer;
  const say = sayer<'teer'>(rule, {
    teer: category,
    metList: orList(check.met),
    conditionalList: orList(check.conditional),
  });
  if (category === undefined) return say('unknown', 'unknown', ['teer']);
  if (check.met.includes(category)) return say('met', 'met');
  if (check.conditional.includes(category)) return say('conditional', 'conditional');
  return say('not-met', 'notMet');
}

function internshipDates(rule: CriterionRule, context: CriterionContext): Outcome {
  const { internshipStart: start, internshipEnd: end } = context.dates;
  if (start !== undefined && end !== undefined) {
    return outcome(rule, 'met', 'met', { start: formatLongDate(start), end: formatLongDate(end) });
  }
  const missing: ProfileField[] = [];
  if (start === undefined) missing.push('internshipStart');
  if (end === undefined) missing.push('internshipEnd');
  return outcome(rule, 'unknown', 'unknown', {}, missing);
}

function passport(rule: CriterionRule, context: CriterionContext): Outcome {
  const { passportExpiry: expiry, internshipStart: start, internshipEnd: end } = context.dates;
  const say = sayer<'passport'>(rule, {
    expiry: expiry && formatLongDate(expiry),
    start: start && formatLongDate(start),
    end: end && formatLongDate(end),
  });
  if (expiry === undefined) return say('unknown', 'unknown', ['passportExpiry']);
  if (compareDates(expiry, context.asOf) < 0) return say('not-met', 'notMetExpired');
  if (start !== undefined && compareDates(expiry, start) < 0) return say('not-met', 'notMetBeforeStart');
  if (end === undefined) return say('unknown', 'unknownDates', ['internshipEnd']);
  return compareDates(expiry, end) < 0 ? say('conditional', 'conditional') : say('met', 'met');
}

function participations(rule: CriterionRule, context: CriterionContext): Outcome {
  const count = context.profile.earlierParticipations;
  const country = context.country;
  const say = sayer<'participations'>(rule, {
    country: context.countryName,
    maxParticipations: country?.maxParticipations,
    next: count === undefined ? undefined : count + 1,
    times: count === undefined ? undefined : timesText(count),
    sinceYear: country?.repeatParticipation?.sinceYear,
    months: country?.maxMonths,
    repeatMonths: country?.repeatParticipation?.maxMonths,
  });
  if (count === undefined) return say('unknown', 'unknown', ['earlierParticipations']);
  if (count === 0) return say('met', 'met');
  if (context.citizenship === undefined) return say('unknown', 'unknownCountry', ['citizenship']);
  if (country?.maxParticipations !== undefined) {
    return count >= country.maxParticipations ? say('not-met', 'notMet') : say('met', 'metWithinTotal');
  }
  if (country?.repeatParticipation !== undefined) {
    const since = context.profile.australiaParticipationSince2015;
    if (since === undefined) return say('unknown', 'unknownSince', ['australiaParticipationSince2015']);
    return say('met', since ? 'metRepeatSince' : 'metRepeatBefore');
  }
  return say('conditional', 'conditional');
}

/** Judges one criterion of the rules against the profile. */
export function evaluateCriterion(rule: CriterionRule, context: CriterionContext): Outcome {
  const check = rule.check;
  switch (check.kind) {
    case 'citizenship':
      return citizenship(rule, context);
    case 'age':
      return evaluateAge(rule, check.lastDayWarningDays, context);
    case 'fact':
      return fact(rule, check, context);
    case 'teer':
      return teer(rule, check, context);
    case 'internshipDates':
      return internshipDates(rule, context);
    case 'passport':
      return passport(rule, context);
    case 'participations':
      return participations(rule, context);
  }
}
