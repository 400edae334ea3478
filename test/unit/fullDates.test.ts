import { DateTimeOptions, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { expect } from 'chai';
import fc from 'fast-check';
import { soleFullDate } from '../../src/understanding/fullDates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const noCue = (): boolean => false;
const iso = (at: { year: number; month: number; day: number }): string =>
  `${at.year}-${String(at.month).padStart(2, '0')}-${String(at.day).padStart(2, '0')}`;

const ordinal = (day: number): string => (day >= 11 && day <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'));

/** The date the package's own recognizer reads in a text, as `YYYY-MM-DD`, if it reads exactly one. */
function recognized(text: string): string | undefined {
  const results = recognizeDateTime(text, 'en-gb', DateTimeOptions.None, new Date(2026, 0, 15, 12));
  const timexes = results.map((r) => (r.resolution as { values?: { timex?: string }[] }).values?.[0]?.timex);
  return timexes.length === 1 ? timexes[0] : undefined;
}

const written = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    form: fc.integer({ min: 0, max: 4 }),
    prefix: fc.constantFrom('', 'born ', 'I was born on ', 'my passport expires on ', 'it expires ', 'dob: ', 'expiry date is ', 'passport valid to the '),
    suffix: fc.constantFrom('', '.', ' thanks', '!', ' I think'),
  })
  .map(({ date, form, prefix, suffix }) => {
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const month = MONTHS[m - 1]!;
    const forms = [`${d} ${month} ${y}`, `${month} ${d}, ${y}`, `${d}${ordinal(d)} of ${month}, ${y}`, `${d} ${month.slice(0, 3)} ${y}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`];
    return { text: `${prefix}${forms[form]!}${suffix}`, iso: iso({ year: y, month: m, day: d }) };
  });

describe('soleFullDate', () => {
  it('reads a date written in full exactly as the date-time recognizer does, whenever it reads one', () => {
    let read = 0;
    fc.assert(
      fc.property(written, ({ text, iso: expected }) => {
        const found = soleFullDate(text, noCue);
        if (found === undefined) return;
        read += 1;
        expect(iso(found.at), text).to.equal(expected);
        expect(recognized(text), text).to.equal(expected);
        expect(text.slice(found.index, found.end)).to.match(/\d{4}/);
      }),
      { numRuns: 300, seed: 20241211 },
    );
    expect(read).to.be.greaterThan(200);
  });

  const left: [string, string][] = [
    ['two dates', 'born 3 March 1999, passport until 14 May 2035'],
    ['a period', 'from 1 June 2027 to 30 November 2027'],
    ['a limit word', 'valid until 14 May 2035'],
    ['an impossible date', '31 February 2030'],
    ['a year out of range', '14 May 1850'],
    ['a wrong ordinal', '31th of December, 1969'],
  ];
  for (const [what, text] of left) {
    it(`leaves ${what} to the recognizer: "${text}"`, () => {
      expect(soleFullDate(text, noCue)).to.equal(undefined);
    });
  }

  it('leaves a message with more of the calendar in it to the recognizer', () => {
    expect(soleFullDate('14 May 2035, a Monday', (rest) => /monday/i.test(rest))).to.equal(undefined);
  });
});
