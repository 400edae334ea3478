import { expect } from 'chai';
import { parseDateOfBirth, parseSingleDate } from '../../src/understanding/parseDate';
import type { ParseContext } from '../../src/understanding/types';

const us: ParseContext = { locale: 'en-US', refDate: '2026-01-15' };
const gb: ParseContext = { locale: 'en-GB', refDate: '2026-01-15' };

describe('parseDateOfBirth', () => {
  const readable: [string, string][] = [
    ['born 12 March 1999', '1999-03-12'],
    ['12 March 1999', '1999-03-12'],
    ['March 12, 1999', '1999-03-12'],
    ['12th of March, 1999', '1999-03-12'],
    ['I was born on the 3rd of April 1999', '1999-04-03'],
    ['1999-03-04', '1999-03-04'],
    ['dob: 1999-3-4', '1999-03-04'],
    ['25/12/1999', '1999-12-25'],
    ['12/25/1999', '1999-12-25'],
    ['12.03.1999', '1999-03-12'],
    ['12 Mar 99', '1999-03-12'],
    ['12/12/1999', '1999-12-12'],
    ['29 Feb 2000', '2000-02-29'],
    ['my birthday is 15 January 2016', '2016-01-15'],
  ];
  for (const [text, iso] of readable) {
    it(`reads "${text}" as ${iso} in any English locale`, () => {
      expect(parseDateOfBirth(text, us)).to.deep.equal({ ok: true, value: iso });
      expect(parseDateOfBirth(text, gb)).to.deep.equal({ ok: true, value: iso });
    });
  }

  it('reads 03/04/1999 month first in en-US and asks to confirm', () => {
    expect(parseDateOfBirth('03/04/1999', us)).to.deep.equal({ ok: true, value: '1999-03-04', ambiguous: { alternative: '1999-04-03' } });
  });
  it('reads 03/04/1999 day first in en-GB and asks to confirm', () => {
    expect(parseDateOfBirth('03/04/1999', gb)).to.deep.equal({ ok: true, value: '1999-04-03', ambiguous: { alternative: '1999-03-04' } });
  });
  it('reads day first in other locales (en-CA, fr-FR, de-DE) and month first without a locale', () => {
    for (const locale of ['en-CA', 'fr-FR', 'de-DE']) {
      expect(parseDateOfBirth('born 3/4/99', { locale, refDate: '2026-01-15' })).to.deep.include({ value: '1999-04-03' });
    }
    expect(parseDateOfBirth('3/4/99', { refDate: '2026-01-15' })).to.deep.include({ value: '1999-03-04' });
  });
  it('keeps one reading when only one of them is a possible date of birth', () => {
    expect(parseDateOfBirth('01/05/2016', { locale: 'en-GB', refDate: '2026-01-05' })).to.deep.equal({ ok: true, value: '2016-01-05' });
  });

  const rejected: [string, RegExp][] = [
    ['born 3 April 2030', /in the future/],
    ['1 January 1900', /over 100/],
    ['born 1 May 2020', /would make you 5/],
    ['born in 1999', /full date of birth/],
    ['March 1999', /full date of birth/],
    ['12 March', /add the year/],
    ['30 Feb 2000', /There is no 30 February 2000/],
    ['31/04/2000', /There is no 31 April 2000/],
    ['24', /couldn't read a date/],
    ['no idea', /couldn't read a date/],
  ];
  for (const [text, reason] of rejected) {
    it(`rejects "${text}" with a hint`, () => {
      const result = parseDateOfBirth(text, gb);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }
  it('accepts 100 years old and rejects 101 on the reference date', () => {
    expect(parseDateOfBirth('16 January 1925', gb)).to.deep.equal({ ok: true, value: '1925-01-16' });
    expect(parseDateOfBirth('15 January 1925', gb).ok).to.equal(false);
  });
});

describe('parseSingleDate', () => {
  const exact: [string, string][] = [
    ['14 May 2030', '2030-05-14'],
    ['my passport expires on 14 May 2030', '2030-05-14'],
    ['valid till 2031-02-01', '2031-02-01'],
    ['it starts on 1 June 2027', '2027-06-01'],
    ['14/05/2030', '2030-05-14'],
    ['June 1st', '2026-06-01'],
    ['January 10', '2027-01-10'],
    ['January 15', '2026-01-15'],
  ];
  for (const [text, iso] of exact) {
    it(`reads "${text}" as ${iso}`, () => {
      expect(parseSingleDate(text, us)).to.deep.equal({ ok: true, value: iso });
    });
  }
  it('completes a month with its first or last day when told to', () => {
    expect(parseSingleDate('June 2027', { ...us, monthOnly: 'first-day' })).to.deep.equal({ ok: true, value: '2027-06-01' });
    expect(parseSingleDate('November 2027', { ...us, monthOnly: 'last-day' })).to.deep.equal({ ok: true, value: '2027-11-30' });
    expect(parseSingleDate('February 2028', { ...us, monthOnly: 'last-day' })).to.deep.equal({ ok: true, value: '2028-02-29' });
    expect(parseSingleDate('in November', { ...us, monthOnly: 'last-day' })).to.deep.equal({ ok: true, value: '2026-11-30' });
  });
  it('needs the day for an exact date such as a passport expiry', () => {
    expect(parseSingleDate('May 2030', us)).to.deep.equal({ ok: false, reason: 'I need the exact date, with day, month and year, e.g. 14 May 2030.' });
  });
  it('flags 05/06/2030 as ambiguous', () => {
    expect(parseSingleDate('05/06/2030', gb)).to.deep.equal({ ok: true, value: '2030-06-05', ambiguous: { alternative: '2030-05-06' } });
  });
  it('says so when it finds no date or a period', () => {
    expect(parseSingleDate('soon', us).ok).to.equal(false);
    const range = parseSingleDate('from June to November 2027', us);
    expect(range.ok).to.equal(false);
    if (!range.ok) expect(range.reason).to.match(/single date/);
  });
});
