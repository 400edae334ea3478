import {
  addDays, addMonths, compareDates, formatLongDate, toIsoDate, wholeMonthsBetween, type CalendarDate,
} from './calendarDate';
import type { CriterionContext } from './criterionContext';
import { fillTemplate, type PermitReasonKey, type TemplateValues } from './reasonTemplates';
import type { PermitEstimate, PermitLimit, PermitRule } from './types';

function sentence(rule: PermitRule, key: PermitReasonKey, values: TemplateValues): string {
  const template = rule.reasons[key];
  if (template === undefined) throw new Error(`The permit rule has no reason "${key}"`);
  return fillTemplate(template, values);
}

/**
 * The longest permit the rules allow: the country's maximum (or its shorter repeat-participation maximum),
 * never past the passport's expiry, compared with the internship when its dates are known.
 */
export function estimatePermit(rule: PermitRule, context: CriterionContext): PermitEstimate {
  const { internshipStart: start, internshipEnd: end, passportExpiry: expiry } = context.dates;
  const country = context.country;
  const base = { latestEnd: undefined, coversInternship: undefined, source: rule.source };
  if (country === undefined) {
    const months = context.countries.map((row) => row.maxMonths);
    const reason = context.citizenship === undefined
      ? sentence(rule, 'unknownCountry', { minMonths: Math.min(...months), maxMonths: Math.max(...months) })
      : sentence(rule, 'notParticipating', { country: context.countryName });
    return { ...base, months: undefined, limitedBy: undefined, reason };
  }

  const values: TemplateValues = {
    country: context.countryName,
    countryMonths: country.maxMonths,
    start: start && formatLongDate(start),
    end: end && formatLongDate(end),
    expiry: expiry && formatLongDate(expiry),
  };
  let months = country.maxMonths;
  let limitedBy: PermitLimit = 'country-maximum';
  const repeat = country.repeatParticipation;
  const earlier = context.profile.earlierParticipations ?? 0;
  if (repeat !== undefined && earlier > 0 && context.profile.australiaParticipationSince2015 === true) {
    months = repeat.maxMonths;
    limitedBy = 'second-participation';
    values.sinceYear = repeat.sinceYear;
  }
  const say = (key: PermitReasonKey): string => sentence(rule, key, { ...values, months });
  const sentences = [say(limitedBy === 'second-participation' ? 'secondParticipation' : 'countryMaximum')];

  let latestEnd: CalendarDate | undefined;
  if (start !== undefined) {
    latestEnd = addDays(addMonths(start, months), -1);
    if (expiry !== undefined && compareDates(expiry, latestEnd) < 0) {
      latestEnd = expiry;
      months = wholeMonthsBetween(start, addDays(expiry, 1));
      limitedBy = 'passport-expiry';
      sentences.push(say('passportExpiry'));
    } else {
      values.latestEnd = formatLongDate(latestEnd);
      sentences.push(say('latestEnd'));
    }
  } else if (expiry !== undefined) {
    sentences.push(say('passportNote'));
  }
  const coversInternship = latestEnd !== undefined && end !== undefined ? compareDates(end, latestEnd) <= 0 : undefined;
  if (coversInternship !== undefined) sentences.push(say(coversInternship ? 'internshipFits' : 'internshipTooLong'));

  return {
    months,
    limitedBy,
    latestEnd: latestEnd && toIsoDate(latestEnd),
    coversInternship,
    reason: sentences.join(' '),
    source: rule.source,
  };
}
