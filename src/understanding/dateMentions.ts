import { DateTimeOptions, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import type { CalendarDate } from '../eligibility/calendarDate';
import { MONTH_NAMES, soleFullDate } from './fullDates';
import { dateCulture, localeDateOrder, recognizerDate, type DateOrder } from './recognizers';

/** A date as written: "June" has only a month, "2030" only a year, "12 March" no year. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/** Where a mention sits in {@link DateReading.text}: `[index, end)`. */
interface Span {
  index: number;
  end: number;
}

/** A date, a period or a length of time found in a message. */
export type DateMention =
  | (Span & { kind: 'point'; at: PartialDate; marker?: 'since' | 'until' })
  | (Span & { kind: 'range'; from: PartialDate; to: PartialDate })
  | (Span & { kind: 'duration'; months: number; days: number });

/** One reading of a message: numeric dates rewritten with month names, and what was found in it. */
export interface DateReading {
  text: string;
  mentions: DateMention[];
}

/** The reading to use and, when a numeric date could be read both ways, the other one. */
export interface DateReadings {
  primary: DateReading;
  alternative?: DateReading;
}

const NUMERIC_DATE = /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/-]|\.\d)/g;
const TIMEX_DATE = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$/;
const TIMEX_RANGE = /^\(([^,]+),([^,]+),[^)]*\)$/;
const TIMEX_DURATION = /^P(\d+)([YMWD])$/;

interface NumericDate {
  first: number;
  second: number;
  dotted: boolean;
}

function numericDates(text: string): NumericDate[] {
  const found: NumericDate[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (m[4] === undefined && m[2] !== '/') continue;
    found.push({ first: Number(m[1]), second: Number(m[3]), dotted: m[2] === '.' });
  }
  return found;
}

/** The order the message itself shows (a 25/12 can only be day first), if it shows one. */
function evidentOrder(dates: NumericDate[]): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  for (const d of dates) {
    if (d.dotted) continue;
    if (d.first > 12 && d.second <= 12) seen.add('dmy');
    if (d.second > 12 && d.first <= 12) seen.add('mdy');
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

function expandYear(twoDigits: number, refYear: number): number {
  return 2000 + twoDigits <= refYear + 20 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Writes every numeric date with a month name, read in `order`, so the recognizer cannot misread it. */
function rewriteNumericDates(text: string, order: DateOrder, refYear: number): string {
  return text.replace(NUMERIC_DATE, (whole, a: string, sep: string, b: string, y: string | undefined) => {
    if (y === undefined && sep !== '/') return whole;
    const first = Number(a);
    const second = Number(b);
    let dayFirst = sep === '.' || order === 'dmy';
    if (first > 12) dayFirst = true;
    else if (second > 12) dayFirst = false;
    const day = dayFirst ? first : second;
    const month = dayFirst ? second : first;
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    const year = y === undefined ? '' : ` ${y.length === 2 ? expandYear(Number(y), refYear) : Number(y)}`;
    return `${day} ${MONTH_NAMES[month - 1]}${year}`;
  });
}

/** The date of a timex; undefined for one the recognizer could not resolve ("2026-12-00" for "25 next month"). */
function timexDate(timex: string): PartialDate | undefined {
  const m = TIMEX_DATE.exec(timex);
  if (m === null) return undefined;
  const date: PartialDate = {};
  if (m[1] !== 'XXXX') date.year = Number(m[1]);
  if (m[2] !== undefined) date.month = Number(m[2]);
  if (m[3] !== undefined) date.day = Number(m[3]);
  if (date.month === 0 || date.day === 0) return undefined;
  return date;
}

interface TimexValue {
  timex?: string;
  Mod?: string;
}

function toMention(typeName: string, values: TimexValue[], span: Span): DateMention | undefined {
  const value = values[0];
  const timex = value?.timex;
  if (timex === undefined) return undefined;
  const range = TIMEX_RANGE.exec(timex);
  if (range !== null) {
    const from = timexDate(range[1]);
    const to = timexDate(range[2]);
    return from && to ? { kind: 'range', from, to, ...span } : undefined;
  }
  if (typeName === 'datetimeV2.duration') {
    const d = TIMEX_DURATION.exec(timex);
    if (d === null) return undefined;
    const n = Number(d[1]);
    const unit = d[2];
    return { kind: 'duration', months: unit === 'Y' ? 12 * n : unit === 'M' ? n : 0, days: unit === 'W' ? 7 * n : unit === 'D' ? n : 0, ...span };
  }
  if (typeName !== 'datetimeV2.date' && typeName !== 'datetimeV2.daterange') return undefined;
  const at = timexDate(timex);
  if (at === undefined) return undefined;
  const marker = value.Mod === 'before' ? 'until' : value.Mod === 'since' || value.Mod === 'after' ? 'since' : undefined;
  return marker === undefined ? { kind: 'point', at, ...span } : { kind: 'point', at, marker, ...span };
}

/**
 * What no date, period or length of time can be written without: a year or a longer number, an
 * ordinal, digits joined by a separator (12/03, 10:30, 2027-06), a year as '99, or a word of the
 * calendar. A short number alone ("I'm 24", "TEER 1") is no date, so the recognizer is spared it.
 */
const DATE_CUE =
  /\d{3}|\d(?:st|nd|rd|th)\b|\d\s*[/.:-]\s*\d|'\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|weekend|fortnight|decade|spring|summer|autumn|fall|winter|christmas|easter|thanksgiving)\b|\b(?:year|month|week|day)s?\b|\b(?:yrs?|mos?|wks?)\b|\b(?:nineteen|twenty|thousand)\b/i;

function read(text: string, order: DateOrder, ref: CalendarDate): DateReading {
  const rewritten = rewriteNumericDates(text, order, ref.year);
  if (!DATE_CUE.test(rewritten)) return { text: rewritten, mentions: [] };
  const full = soleFullDate(rewritten, (rest) => DATE_CUE.test(rest));
  if (full !== undefined) return { text: rewritten, mentions: [{ kind: 'point', at: full.at, index: full.index, end: full.end }] };
  const results = recognizeDateTime(rewritten, dateCulture(order), DateTimeOptions.None, recognizerDate(ref.year, ref.month, ref.day));
  const mentions: DateMention[] = [];
  for (const r of results) {
    const values = (r.resolution as { values?: TimexValue[] } | undefined)?.values ?? [];
    const mention = toMention(r.typeName, values, { index: r.start, end: r.end + 1 });
    if (mention !== undefined) mentions.push(mention);
  }
  return { text: rewritten, mentions };
}

/**
 * Finds the dates in a message. Numeric dates are read in the order the message shows, else the
 * locale's; when one could be read both ways (03/04/1999) the other reading comes too.
 */
export function readDates(text: string, locale: string | undefined, ref: CalendarDate): DateReadings {
  const dates = numericDates(text);
  const order = evidentOrder(dates) ?? localeDateOrder(locale);
  const primary = read(text, order, ref);
  const ambiguous = evidentOrder(dates) === undefined
    && dates.some((d) => !d.dotted && d.first <= 12 && d.second <= 12 && d.first !== d.second);
  if (!ambiguous) return { primary };
  return { primary, alternative: read(text, order === 'mdy' ? 'dmy' : 'mdy', ref) };
}
