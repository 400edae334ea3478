/** A calendar date with no time of day and no time zone. `month` is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict `YYYY-MM-DD` string; undefined when it is not a real calendar date. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The `YYYY-MM-DD` form of a date. */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** A date written for people, e.g. "1 March 2024". */
export function formatLongDate(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date((dayNumber(date) + days) * MS_PER_DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The date `months` months after `date`. A day that the target month lacks moves to the first day of the
 * next month (31 August + 6 months = 1 March), so that the day before it closes a period of whole months.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (date.day <= daysInMonth(year, month)) return { year, month, day: date.day };
  return { year, month: month + 1, day: 1 };
}

/**
 * The `years`th anniversary of `date`. A 29 February date falls on 1 March in years without a 29 February,
 * so someone born on 29 February turns N on 1 March when the year of their Nth birthday is not a leap year.
 */
export function anniversary(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Age in whole years on `on` of a person born on `birth`: N from the Nth birthday to the day before the next. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const years = on.year - birth.year;
  return compareDates(on, anniversary(birth, years)) < 0 ? years - 1 : years;
}

/** Whole months from `from` up to (not including) `to`, counted with {@link addMonths}; 0 when `to` is not later. */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  while (months > 0 && compareDates(addMonths(from, months), to) > 0) months -= 1;
  return Math.max(months, 0);
}
