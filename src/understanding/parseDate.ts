import { ageOn, compareDates, parseCalendarDate, type CalendarDate } from '../eligibility/calendarDate';
import { readDates, type DateReading } from './dateMentions';
import { completeDate, groupDates, referenceDate, resolveReadings, type DateItem } from './resolveDates';
import type { ParseContext, ParseResult } from './types';

/** Youngest and oldest age the parsers accept as plausible. */
export const AGE_RANGE = { min: 10, max: 100 } as const;

/** The hint when a message holds no date, with an example fit for the question. */
export function noDateReason(example = '12 March 1999'): string {
  return `I couldn't read a date there, try e.g. ${example}.`;
}

/** Options of {@link parseSingleDate}. */
export interface SingleDateContext extends ParseContext {
  /**
   * How to complete a month without a day ("June 2027"): its first day (a start), its last day (an end).
   * Unset, the day is required (a passport's expiry).
   */
  monthOnly?: 'first-day' | 'last-day';
}

function firstPoint(items: DateItem[]): Extract<DateItem, { kind: 'point' }> | undefined {
  return items.find((item): item is Extract<DateItem, { kind: 'point' }> => item.kind === 'point');
}

/** Checks that a date of birth gives an age in {@link AGE_RANGE} on the reference date. */
export function checkBirthDate(iso: string, ref: CalendarDate): ParseResult<string> {
  const birth = parseCalendarDate(iso) as CalendarDate;
  if (compareDates(birth, ref) > 0) return { ok: false, reason: 'That date is in the future, could you check the year?' };
  const age = ageOn(birth, ref);
  if (age > AGE_RANGE.max) return { ok: false, reason: 'That would make you over 100, could you check the year?' };
  if (age < AGE_RANGE.min) return { ok: false, reason: `That would make you ${age}, could you check the year?` };
  return { ok: true, value: iso };
}

/** Resolves the first date of a reading as a date of birth. */
export function birthDateOf(reading: DateReading, ref: CalendarDate): ParseResult<string> {
  const point = firstPoint(groupDates(reading));
  if (point === undefined) return { ok: false, reason: noDateReason() };
  const date = completeDate(point.at, 'birth', ref);
  return date.ok ? checkBirthDate(date.value, ref) : date;
}

/**
 * Reads a date of birth ("born 12 March 1999", "03/04/1999", "1999-03-04"). A numeric date that
 * reads both ways in the locale comes back with `ambiguous`. Rejects future dates and ages outside 10-100.
 */
export function parseDateOfBirth(text: string, context: ParseContext): ParseResult<string> {
  const ref = referenceDate(context);
  return resolveReadings(readDates(text, context.locale, ref), (reading) => birthDateOf(reading, ref));
}

/**
 * Reads one date ("14 May 2030", "it starts on 1 June 2027"). A date without a year is its next
 * occurrence from the reference date.
 */
export function parseSingleDate(text: string, context: SingleDateContext): ParseResult<string> {
  const ref = referenceDate(context);
  const role = context.monthOnly === 'first-day' ? 'start' : context.monthOnly === 'last-day' ? 'end' : 'exact';
  return resolveReadings(readDates(text, context.locale, ref), (reading) => {
    const items = groupDates(reading);
    const point = firstPoint(items);
    if (point === undefined) {
      const reason = items.length > 0 ? 'That looks like a period, I need a single date, e.g. 14 May 2030.' : noDateReason('14 May 2030');
      return { ok: false, reason };
    }
    return completeDate(point.at, role, ref);
  });
}
