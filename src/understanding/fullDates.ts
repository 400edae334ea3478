import type { PartialDate } from './dateMentions';

/** A date written out in full, found without the recognizer, and where it is: `[index, end)`. */
export interface FullDate {
  at: Required<PartialDate>;
  index: number;
  end: number;
}

/** The months' names, January first. */
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(\d{1,2})(st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
/** "14 May 2035", "14th of May, 2035", "May 14, 2035", "2035-05-14". */
const FULL_DATE = new RegExp(
  String.raw`(?<![\w/.:-])(?:${DAY}(?:\s+of)?\s+${MONTH}\.?,?\s+${YEAR}|${MONTH}\.?\s+${DAY},?\s+${YEAR}|${YEAR}-(\d\d)-(\d\d))(?![\w/.:-]|\.\d)`,
  'gi',
);
/** Words that make a date part of a period or a limit ("from", "until 2030"): the recognizer reads those. */
const PERIOD_WORD = /\b(?:from|to|until|till|til|through|thru|between|since|after|before|by|starting|ending|onwards?)\b|[–—-]\s*$/i;

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** The suffix English writes after a day: 1st, 2nd, 3rd, 11th, 21st... */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The one date a message writes out in full ("my passport expires on 14 May 2035"), when that is all
 * of the calendar in it: `hasOtherCue` is asked about the rest of the message, and a date in a period
 * or after a limit word is left to the recognizer, as are two dates, impossible dates and years
 * outside 1900-2099. Reading these common answers directly spares the date-time recognizer, by far
 * the slowest part of a turn.
 */
export function soleFullDate(text: string, hasOtherCue: (rest: string) => boolean): FullDate | undefined {
  const found = [...text.matchAll(FULL_DATE)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const [year, month, day, suffix] =
    m[1] !== undefined ? [Number(m[4]), monthNumber(m[3]!), Number(m[1]), m[2]]
    : m[5] !== undefined ? [Number(m[8]), monthNumber(m[5]), Number(m[6]), m[7]]
    : [Number(m[9]), Number(m[10]), Number(m[11]), undefined];
  if (!isCalendarDate(year, month, day)) return undefined;
  if (suffix !== undefined && suffix.toLowerCase() !== ordinalSuffix(day)) return undefined;
  const index = m.index;
  const end = index + m[0].length;
  const before = text.slice(0, index);
  if (PERIOD_WORD.test(before) || PERIOD_WORD.test(text.slice(end)) || hasOtherCue(`${before} ${text.slice(end)}`)) return undefined;
  return { at: { year, month, day }, index, end };
}
