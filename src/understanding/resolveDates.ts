import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  formatLongDate,
  parseCalendarDate,
  toIsoDate,
  type CalendarDate,
} from '../eligibility/calendarDate';
import type { DateMention, DateReading, PartialDate } from './dateMentions';
import type { DateRange, ParseContext, ParseResult } from './types';

/** What a date is for, which decides how a date with parts missing is completed. */
export type DateRole = 'birth' | 'start' | 'end' | 'exact';

/** A date or a period in a message, after joining "June" + "to" + "November" into one period. */
export type DateItem =
  | { kind: 'point'; at: PartialDate; marker?: 'since' | 'until'; index: number; end: number }
  | { kind: 'range'; from: PartialDate; to?: PartialDate; duration?: { months: number; days: number }; index: number; end: number };

const RANGE_JOINER = /^\s*(?:-|–|—|to|till|til|until|through|thru|up to)?\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;
const DURATION_AFTER_START = /^\s*(?:,|for|lasting)?\s*(?:a|an)?\s*$/i;
const START_AFTER_DURATION = /^\s*(?:,|from|starting|beginning)?\s*$/i;

/** The conversation's reference date; a malformed one is a programming error. */
export function referenceDate(context: ParseContext): CalendarDate {
  const ref = parseCalendarDate(context.refDate);
  if (ref === undefined) throw new Error(`refDate must be a YYYY-MM-DD date, got "${context.refDate}"`);
  return ref;
}

/** Joins mentions that belong together: two dates around "to", "between ... and", a start and a length. */
export function groupDates(reading: DateReading): DateItem[] {
  const items: DateItem[] = [];
  const { text, mentions } = reading;
  for (let i = 0; i < mentions.length; i += 1) {
    const a = mentions[i];
    const b: DateMention | undefined = mentions[i + 1];
    if (a.kind === 'range') {
      items.push({ kind: 'range', from: a.from, to: a.to, index: a.index, end: a.end });
      continue;
    }
    const gap = b === undefined ? '' : text.slice(a.end, b.index);
    if (a.kind === 'point' && b?.kind === 'point') {
      const joined = RANGE_JOINER.test(gap) || (/^\s*and\s*$/i.test(gap) && BETWEEN_BEFORE.test(text.slice(0, a.index)));
      if (joined && a.marker !== 'until' && b.marker !== 'since') {
        items.push({ kind: 'range', from: a.at, to: b.at, index: a.index, end: b.end });
        i += 1;
        continue;
      }
    }
    if (a.kind === 'point' && b?.kind === 'duration' && DURATION_AFTER_START.test(gap)) {
      items.push({ kind: 'range', from: a.at, duration: { months: b.months, days: b.days }, index: a.index, end: b.end });
      i += 1;
      continue;
    }
    if (a.kind === 'duration' && b?.kind === 'point' && START_AFTER_DURATION.test(gap)) {
      items.push({ kind: 'range', from: b.at, duration: { months: a.months, days: a.days }, index: a.index, end: b.end });
      i += 1;
      continue;
    }
    if (a.kind === 'point') items.push(a);
  }
  return items;
}

function missingPartReason(role: DateRole): string {
  switch (role) {
    case 'birth': return 'I need the full date of birth, with day, month and year, e.g. 12 March 1999 (or just tell me your age).';
    case 'exact': return 'I need the exact date, with day, month and year, e.g. 14 May 2030.';
    default: return 'I need at least the month and year, e.g. June 2027 or 1 June 2027.';
  }
}

function sameYearOrder(a: PartialDate, b: PartialDate, bRole: DateRole): number {
  const aMonth = a.month ?? 1;
  const bMonth = b.month ?? 12;
  const bDay = b.day ?? (bRole === 'end' ? 31 : 1);
  return aMonth - bMonth || (a.day ?? 1) - bDay;
}

/**
 * Completes a date with parts missing: a start without a day is the month's first day, an end its last;
 * a date without a year is its next occurrence from the reference date. A birth date needs every part.
 */
export function completeDate(at: PartialDate, role: DateRole, ref: CalendarDate): ParseResult<string> {
  if (at.month === undefined || (at.day === undefined && (role === 'birth' || role === 'exact'))) {
    return { ok: false, reason: missingPartReason(role) };
  }
  let year = at.year;
  if (year === undefined) {
    if (role === 'birth') return { ok: false, reason: 'Please add the year you were born, e.g. 12 March 1999.' };
    const thisYear = at.day === undefined && role === 'end' ? daysInMonth(ref.year, at.month) : at.day ?? 1;
    year = compareDates({ year: ref.year, month: at.month, day: thisYear }, ref) < 0 ? ref.year + 1 : ref.year;
  }
  const day = at.day ?? (role === 'end' ? daysInMonth(year, at.month) : 1);
  if (day > daysInMonth(year, at.month)) {
    return { ok: false, reason: `There is no ${formatLongDate({ year, month: at.month, day })}, could you check the date?` };
  }
  return { ok: true, value: toIsoDate({ year, month: at.month, day }) };
}

/** Completes a period: a missing year is taken from the other end, or the next occurrence of the start. */
export function completeRange(item: Extract<DateItem, { kind: 'range' }>, ref: CalendarDate): ParseResult<DateRange> {
  const from = { ...item.from };
  const to = item.to === undefined ? undefined : { ...item.to };
  if (to !== undefined) {
    if (from.year === undefined && to.year !== undefined) {
      from.year = sameYearOrder(from, to, 'end') <= 0 ? to.year : to.year - 1;
    }
  }
  const start = completeDate(from, 'start', ref);
  if (!start.ok) return start;
  const startDate = parseCalendarDate(start.value) as CalendarDate;
  let endDate: CalendarDate;
  if (to === undefined) {
    const length = item.duration ?? { months: 0, days: 0 };
    endDate = addDays(addDays(addMonths(startDate, length.months), length.days), -1);
  } else {
    if (to.year === undefined) {
      to.year = sameYearOrder({ month: startDate.month, day: startDate.day }, to, 'end') <= 0 ? startDate.year : startDate.year + 1;
    }
    const end = completeDate(to, 'end', ref);
    if (!end.ok) return end;
    endDate = parseCalendarDate(end.value) as CalendarDate;
  }
  if (compareDates(endDate, startDate) < 0) {
    return { ok: false, reason: `The end (${formatLongDate(endDate)}) comes before the start (${formatLongDate(startDate)}), could you check the dates?` };
  }
  return { ok: true, value: { start: toIsoDate(startDate), end: toIsoDate(endDate) } };
}

/**
 * Resolves both readings of a message. When both give a different usable answer the result is
 * ambiguous; when only one does, that one wins.
 */
export function resolveReadings<T>(
  readings: { primary: DateReading; alternative?: DateReading },
  resolve: (reading: DateReading) => ParseResult<T>,
): ParseResult<T> {
  const primary = resolve(readings.primary);
  if (readings.alternative === undefined) return primary;
  const alternative = resolve(readings.alternative);
  if (!alternative.ok) return primary;
  if (!primary.ok) return { ok: true, value: alternative.value };
  if (JSON.stringify(primary.value) === JSON.stringify(alternative.value)) return primary;
  return { ok: true, value: primary.value, ambiguous: { alternative: alternative.value } };
}
