import { compareDates, formatLongDate, parseCalendarDate, type CalendarDate } from './calendarDate';
import { BOOLEAN_FIELDS, DATE_FIELDS } from './profileFields';
import type { InputError, Profile } from './types';

type DateField = (typeof DATE_FIELDS)[number];

/** A profile whose values can be judged, with its dates parsed and the citizenship in capitals. */
export interface CheckedProfile {
  profile: Profile;
  asOf: CalendarDate;
  dates: Partial<Record<DateField, CalendarDate>>;
  citizenship: string | undefined;
}

const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const OLDEST_AGE = 130;

function isWholeNumber(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function numberErrors(profile: Profile): InputError[] {
  const errors: InputError[] = [];
  if (profile.statedAge !== undefined && !isWholeNumber(profile.statedAge, 0, OLDEST_AGE)) {
    errors.push({ field: 'statedAge', message: `An age must be a whole number of years, not "${String(profile.statedAge)}".` });
  }
  if (profile.teer !== undefined && !isWholeNumber(profile.teer, 0, 5)) {
    errors.push({ field: 'teer', message: `A NOC TEER category is a number from 0 to 5, not "${String(profile.teer)}".` });
  }
  const participations = profile.earlierParticipations;
  if (participations !== undefined && !isWholeNumber(participations, 0, Number.MAX_SAFE_INTEGER)) {
    errors.push({
      field: 'earlierParticipations',
      message: `The number of earlier IEC participations must be a whole number, not "${String(participations)}".`,
    });
  }
  return errors;
}

function orderErrors(dates: CheckedProfile['dates'], asOf: CalendarDate): InputError[] {
  const errors: InputError[] = [];
  const { dateOfBirth, internshipStart, internshipEnd } = dates;
  if (dateOfBirth !== undefined && compareDates(dateOfBirth, asOf) > 0) {
    errors.push({
      field: 'dateOfBirth',
      message: `The date of birth, ${formatLongDate(dateOfBirth)}, is after the application date, ${formatLongDate(asOf)}.`,
    });
  }
  if (internshipStart !== undefined && internshipEnd !== undefined && compareDates(internshipEnd, internshipStart) < 0) {
    errors.push({
      field: 'internshipEnd',
      message: `The internship ends on ${formatLongDate(internshipEnd)}, before it starts on ${formatLongDate(internshipStart)}.`,
    });
  }
  return errors;
}

/** Checks that every known value of the profile can be judged; the errors name the field and say what is wrong. */
export function validateProfile(
  profile: Profile,
  asOfText: string,
): { ok: true; value: CheckedProfile } | { ok: false; errors: InputError[] } {
  const errors: InputError[] = [];
  const asOf = parseCalendarDate(asOfText);
  if (asOf === undefined) errors.push({ field: 'asOf', message: `The application date "${asOfText}" is not a YYYY-MM-DD date.` });

  const dates: CheckedProfile['dates'] = {};
  for (const field of DATE_FIELDS) {
    const value = profile[field];
    if (value === undefined) continue;
    const parsed = typeof value === 'string' ? parseCalendarDate(value) : undefined;
    if (parsed === undefined) errors.push({ field, message: `"${String(value)}" is not a real date written YYYY-MM-DD.` });
    else dates[field] = parsed;
  }
  for (const field of BOOLEAN_FIELDS) {
    const value = profile[field];
    if (value !== undefined && typeof value !== 'boolean') {
      errors.push({ field, message: `The answer must be yes or no, not "${String(value)}".` });
    }
  }
  const citizenship = profile.citizenship;
  if (citizenship !== undefined && !COUNTRY_CODE.test(citizenship)) {
    errors.push({ field: 'citizenship', message: `"${citizenship}" is not a two-letter country code.` });
  }
  errors.push(...numberErrors(profile));
  if (asOf !== undefined) errors.push(...orderErrors(dates, asOf));

  if (asOf === undefined || errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { profile, asOf, dates, citizenship: citizenship?.toUpperCase() } };
}
