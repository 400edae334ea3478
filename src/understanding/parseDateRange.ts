import { formatLongDate, parseCalendarDate, type CalendarDate } from '../eligibility/calendarDate';
import { readDates, type DateReading } from './dateMentions';
import { completeDate, completeRange, groupDates, referenceDate, resolveReadings } from './resolveDates';
import type { DateRange, ParseContext, ParseResult } from './types';

const NO_RANGE = "I couldn't read the dates there, try e.g. from 1 June to 30 November 2027.";

/** Resolves the period of a reading: a written range, or two dates in a row ("starts ... ends ..."). */
export function rangeOf(reading: DateReading, ref: CalendarDate): ParseResult<DateRange> {
  const items = groupDates(reading);
  const range = items.find((item) => item.kind === 'range');
  if (range !== undefined) return completeRange(range, ref);
  const points = items.filter((item) => item.kind === 'point');
  if (points.length >= 2) {
    return completeRange({ kind: 'range', from: points[0].at, to: points[1].at, index: points[0].index, end: points[1].end }, ref);
  }
  if (points.length === 1) {
    const only = points[0];
    const role = only.marker === 'until' ? 'end' : 'start';
    const date = completeDate(only.at, role, ref);
    if (!date.ok) return date;
    const shown = formatLongDate(parseCalendarDate(date.value) as CalendarDate);
    return {
      ok: false,
      reason: role === 'end'
        ? `I got the end (${shown}), when does it start?`
        : `I got the start (${shown}), when does it end?`,
    };
  }
  return { ok: false, reason: NO_RANGE };
}

/**
 * Reads an internship period: "from June 1 to November 30 2027", "June to November next year",
 * "1/6/2027 - 30/11/2027", "from June 2027 for 6 months". Months alone run from the first day of the
 * first to the last day of the last; a missing year comes from the other end or the next occurrence.
 */
export function parseDateRange(text: string, context: ParseContext): ParseResult<DateRange> {
  const ref = referenceDate(context);
  return resolveReadings(readDates(text, context.locale, ref), (reading) => rangeOf(reading, ref));
}
