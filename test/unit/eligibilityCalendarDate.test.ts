import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays, addMonths, ageOn, anniversary, compareDates, daysBetween, formatLongDate, parseCalendarDate, toIsoDate,
  wholeMonthsBetween, type CalendarDate,
} from '../../src/eligibility/calendarDate';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

/** Calendar dates from 1900 to 2100, read from a UTC timestamp. */
const calendarDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d): CalendarDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

/** The calendar definition, by JavaScript's own overflow: the Nth birthday of 29 February is 1 March in a common year. */
function referenceAge(birth: CalendarDate, on: CalendarDate): number {
  const onTime = Date.UTC(on.year, on.month - 1, on.day);
  let age = on.year - birth.year;
  if (Date.UTC(birth.year + age, birth.month - 1, birth.day) > onTime) age -= 1;
  return age;
}

describe('calendarDate', () => {
  describe('parseCalendarDate', () => {
    const cases: [string, string | undefined][] = [
      ['2024-02-29', '2024-02-29'],
      ['2023-02-29', undefined],
      ['2024-04-31', undefined],
      ['2024-13-01', undefined],
      ['2024-00-10', undefined],
      ['2024-1-5', undefined],
      ['05/01/2024', undefined],
      ['2024-05-01T00:00:00Z', undefined],
      ['1900-02-29', undefined],
      ['2000-02-29', '2000-02-29'],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}" as ${expected ?? 'not a date'}`, () => {
        const parsed = parseCalendarDate(text);
        expect(parsed && toIsoDate(parsed)).to.equal(expected);
      });
    }
  });

  it('writes dates for people', () => {
    expect(formatLongDate(date('2024-03-01'))).to.equal('1 March 2024');
    expect(formatLongDate(date('1999-12-31'))).to.equal('31 December 1999');
  });

  describe('addMonths', () => {
    const cases: [string, number, string][] = [
      ['2024-09-01', 12, '2025-09-01'],
      ['2024-09-01', 6, '2025-03-01'],
      ['2024-08-31', 6, '2025-03-01'],
      ['2024-01-31', 1, '2024-03-01'],
      ['2023-01-29', 1, '2023-03-01'],
      ['2024-01-29', 1, '2024-02-29'],
      ['2024-11-30', 3, '2025-03-01'],
      ['2024-03-31', -1, '2024-03-01'],
      ['2024-12-15', 1, '2025-01-15'],
    ];
    for (const [from, months, expected] of cases) {
      it(`${from} plus ${months} month(s) is ${expected}`, () => {
        expect(toIsoDate(addMonths(date(from), months))).to.equal(expected);
      });
    }
  });

  describe('anniversary', () => {
    const cases: [string, number, string][] = [
      ['2000-02-29', 18, '2018-03-01'],
      ['2000-02-29', 36, '2036-02-29'],
      ['2000-02-29', 100, '2100-03-01'],
      ['1999-03-01', 1, '2000-03-01'],
      ['1999-02-28', 1, '2000-02-28'],
      ['2000-06-15', 18, '2018-06-15'],
    ];
    for (const [birth, years, expected] of cases) {
      it(`${birth} plus ${years} years is ${expected}`, () => {
        expect(toIsoDate(anniversary(date(birth), years))).to.equal(expected);
      });
    }
  });

  describe('ageOn', () => {
    const cases: [string, string, number][] = [
      ['2000-06-15', '2018-06-14', 17],
      ['2000-06-15', '2018-06-15', 18],
      ['2000-06-15', '2018-06-16', 18],
      ['2000-02-29', '2018-02-28', 17],
      ['2000-02-29', '2018-03-01', 18],
      ['2000-02-29', '2020-02-28', 19],
      ['2000-02-29', '2020-02-29', 20],
      ['1999-03-01', '2020-02-29', 20],
      ['1999-03-01', '2020-03-01', 21],
      ['2000-01-01', '2000-01-01', 0],
    ];
    for (const [birth, on, age] of cases) {
      it(`someone born on ${birth} is ${age} on ${on}`, () => {
        expect(ageOn(date(birth), date(on))).to.equal(age);
      });
    }

    it('agrees with the calendar definition for random dates', () => {
      fc.assert(
        fc.property(calendarDates, calendarDates, (a, b) => {
          const [birth, on] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
          return ageOn(birth, on) === referenceAge(birth, on);
        }),
        { numRuns: 2000 },
      );
    });

    it('agrees with the calendar definition for 29 February birthdays', () => {
      const leapBirths = fc.integer({ min: 1904, max: 2096 }).map((y) => ({ year: y - (y % 4), month: 2, day: 29 }));
      fc.assert(
        fc.property(leapBirths, fc.integer({ min: 0, max: 40 * 366 }), (birth, offset) => {
          const on = addDays(birth, offset);
          return ageOn(birth, on) === referenceAge(birth, on);
        }),
        { numRuns: 2000 },
      );
    });

    it('grows by one exactly on each birthday and never otherwise', () => {
      fc.assert(
        fc.property(calendarDates, fc.integer({ min: 0, max: 60 * 366 }), (birth, offset) => {
          const day = addDays(birth, offset);
          const next = addDays(day, 1);
          const step = ageOn(birth, next) - ageOn(birth, day);
          const isBirthday = compareDates(next, anniversary(birth, ageOn(birth, next))) === 0;
          return step === (isBirthday ? 1 : 0);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('day arithmetic', () => {
    it('addDays and daysBetween undo each other', () => {
      fc.assert(
        fc.property(calendarDates, fc.integer({ min: -20000, max: 20000 }), (from, days) =>
          daysBetween(from, addDays(from, days)) === days),
      );
    });

    it('counts whole months up to a date', () => {
      expect(wholeMonthsBetween(date('2024-09-01'), date('2025-03-16'))).to.equal(6);
      expect(wholeMonthsBetween(date('2024-09-01'), date('2025-03-01'))).to.equal(6);
      expect(wholeMonthsBetween(date('2024-09-01'), date('2025-02-28'))).to.equal(5);
      expect(wholeMonthsBetween(date('2024-09-01'), date('2024-08-01'))).to.equal(0);
    });

    it('counts the whole months that addMonths adds', () => {
      fc.assert(
        fc.property(calendarDates, fc.integer({ min: 0, max: 48 }), (from, months) =>
          wholeMonthsBetween(from, addMonths(from, months)) === months),
      );
    });
  });
});
