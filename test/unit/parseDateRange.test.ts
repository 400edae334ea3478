import { expect } from 'chai';
import { parseDateRange } from '../../src/understanding/parseDateRange';
import type { ParseContext } from '../../src/understanding/types';

const us: ParseContext = { locale: 'en-US', refDate: '2026-01-15' };
const gb: ParseContext = { locale: 'en-GB', refDate: '2026-01-15' };

describe('parseDateRange', () => {
  const readable: [string, string, string][] = [
    ['from June 1 to November 30 2027', '2027-06-01', '2027-11-30'],
    ['June to November next year', '2027-06-01', '2027-11-30'],
    ['between june and november next year', '2027-06-01', '2027-11-30'],
    ['from June to November 2027', '2027-06-01', '2027-11-30'],
    ['June-Nov 2027', '2027-06-01', '2027-11-30'],
    ['June 2027 until November 2027', '2027-06-01', '2027-11-30'],
    ['1/6/2027 - 30/11/2027', '2027-06-01', '2027-11-30'],
    ['6/1/2027 - 11/30/2027', '2027-06-01', '2027-11-30'],
    ['1.6.2027 - 30.11.2027', '2027-06-01', '2027-11-30'],
    ['2027-06-01 to 2027-11-30', '2027-06-01', '2027-11-30'],
    ['Jun 1 - Nov 30, 2027', '2027-06-01', '2027-11-30'],
    ['it starts 1 june 2027 and ends 30 november 2027', '2027-06-01', '2027-11-30'],
    ['from June 2027 for 6 months', '2027-06-01', '2027-11-30'],
    ['for 24 weeks starting 1 June 2027', '2027-06-01', '2027-11-15'],
    ['June to Nov', '2026-06-01', '2026-11-30'],
    ['September to April', '2026-09-01', '2027-04-30'],
    ['November to February 2028', '2027-11-01', '2028-02-29'],
    ['from next month to December', '2026-02-01', '2026-12-31'],
    ['from 01/06 to 30/11', '2026-06-01', '2026-11-30'],
  ];
  for (const [text, start, end] of readable) {
    it(`reads "${text}" as ${start} to ${end}`, () => {
      expect(parseDateRange(text, us)).to.deep.equal({ ok: true, value: { start, end } });
    });
  }

  it('counts "next year" from the reference date, not from today', () => {
    expect(parseDateRange('June to November next year', { locale: 'en-US', refDate: '2030-07-01' }))
      .to.deep.equal({ ok: true, value: { start: '2031-06-01', end: '2031-11-30' } });
  });
  it('flags numeric ranges that read both ways, in the locale order first', () => {
    expect(parseDateRange('01/06/2027 - 01/11/2027', gb)).to.deep.equal({
      ok: true,
      value: { start: '2027-06-01', end: '2027-11-01' },
      ambiguous: { alternative: { start: '2027-01-06', end: '2027-01-11' } },
    });
    expect(parseDateRange('01/06/2027 - 01/11/2027', us)).to.deep.include({
      value: { start: '2027-01-06', end: '2027-01-11' },
    });
  });

  const rejected: [string, RegExp][] = [
    ['nov 2027 to june 2027', /comes before the start/],
    ['from June 2027', /I got the start \(1 June 2027\), when does it end\?/],
    ['until 30 November 2027', /I got the end \(30 November 2027\), when does it start\?/],
    ['2027 to 2028', /month and year/],
    ['sometime', /couldn't read the dates/],
  ];
  for (const [text, reason] of rejected) {
    it(`rejects "${text}" with a hint`, () => {
      const result = parseDateRange(text, us);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }
});
