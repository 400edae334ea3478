import { expect } from 'chai';
import fc from 'fast-check';
import { evaluate, loadEligibilityRules, type CriterionResult, type Profile, type Verdict } from '../../src/eligibility';

const rules = loadEligibilityRules();

/** The table of "Who can apply?", as printed in the source. */
const SOURCE_TABLE: [name: string, age: string, months: number][] = [
  ['Australia', '18-30', 24], ['Austria', '18–35', 6], ['Chile', '18-35', 12], ['Costa Rica', '18–35', 12],
  ['Croatia', '18-35', 12], ['Czech Republic', '18-35', 12], ['Estonia', '18-35', 12], ['France', '18-35', 12],
  ['Germany', '18-35', 12], ['Greece', '18-35', 12], ['Ireland', '18-35', 12], ['Italy', '18-35', 24],
  ['Latvia', '18-35', 12], ['Lithuania', '18-35', 12], ['Luxembourg', '18-30', 12], ['Norway', '18-35', 12],
  ['Poland', '18-35', 12], ['Portugal', '18-35', 24], ['Slovakia', '18-35', 12], ['Slovenia', '18-35', 12],
  ['Spain', '18-35', 12], ['Sweden', '18-30', 12], ['Switzerland', '18-35', 18], ['Taiwan', '18-35', 12],
];

/** Meets every criterion but age and citizenship; the internship (6 months) fits every country's permit. */
const BASE: Profile = {
  enrolled: true, hasJobOffer: true, linkedToStudies: true, requiredForStudies: true, teer: 2,
  internshipStart: '2030-09-01', internshipEnd: '2031-02-28', passportExpiry: '2040-01-01', hasFunds: true,
  hasInsurance: true, admissible: true, hasDepartureTicket: true, hasDependants: false,
  residentInCitizenshipCountry: true, earlierParticipations: 0,
};

function verdictOf(profile: Profile, asOf: string): Verdict {
  const result = evaluate(profile, rules, { asOf });
  if (!result.ok) throw new Error(`unexpected input errors: ${JSON.stringify(result.errors)}`);
  return result.verdict;
}

function ageResult(citizenship: string, dateOfBirth: string, asOf: string): CriterionResult {
  const found = verdictOf({ ...BASE, citizenship, dateOfBirth }, asOf).criteria.find((c) => c.id === 'age');
  if (found === undefined) throw new Error('no age criterion');
  return found;
}

/** `YYYY-MM-DD` of a year, month and day, written independently of the engine. */
function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day before the given one, by JavaScript's own calendar. */
function dayBefore(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day - 1));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

describe('eligibility by country', () => {
  it('has exactly the rows of the source table', () => {
    const rows = rules.countries.map((c): [string, string, number] => [c.name, c.table.age, c.maxMonths]);
    expect(rows).to.deep.equal(SOURCE_TABLE);
  });

  for (const country of rules.countries) {
    describe(`${country.name} (${country.minAge}-${country.maxAge}, ${country.maxMonths} months)`, () => {
      const birthYear = 2000;
      const youngest = birthYear + country.minAge;
      const tooOld = birthYear + country.maxAge + 1;
      const dob = iso(birthYear, 6, 15);
      const cases: [string, string, CriterionResult['status']][] = [
        [`the day before the ${country.minAge}th birthday`, iso(youngest, 6, 14), 'not-met'],
        [`the ${country.minAge}th birthday`, iso(youngest, 6, 15), 'met'],
        [`the day after the ${country.minAge}th birthday`, iso(youngest, 6, 16), 'met'],
        [`the ${country.maxAge}th birthday`, iso(birthYear + country.maxAge, 6, 15), 'met'],
        [`the day before the ${country.maxAge + 1}th birthday`, iso(tooOld, 6, 14), 'met'],
        [`the ${country.maxAge + 1}th birthday`, iso(tooOld, 6, 15), 'not-met'],
        [`the day after the ${country.maxAge + 1}th birthday`, iso(tooOld, 6, 16), 'not-met'],
      ];
      for (const [when, asOf, status] of cases) {
        it(`age is ${status} on ${when} (${asOf})`, () => {
          expect(ageResult(country.code, dob, asOf).status).to.equal(status);
        });
      }

      it('judges a stated age at both edges and one beyond', () => {
        const stated = (statedAge: number): string => {
          const found = verdictOf({ ...BASE, citizenship: country.code, statedAge }, '2030-01-01').criteria.find((c) => c.id === 'age');
          return found?.status ?? 'missing';
        };
        expect([country.minAge - 1, country.minAge, country.maxAge, country.maxAge + 1].map(stated))
          .to.deep.equal(['not-met', 'met', 'met', 'not-met']);
      });

      it(`gives a permit of up to ${country.maxMonths} months, as the table says`, () => {
        expect(country.table.validity).to.match(new RegExp(`^${country.maxMonths} months`));
        const verdict = verdictOf({ ...BASE, citizenship: country.code, dateOfBirth: dob }, iso(youngest + 5, 1, 1));
        expect(verdict.status).to.equal('eligible');
        expect(verdict.permit.months).to.equal(country.maxMonths);
        expect(verdict.permit.limitedBy).to.equal('country-maximum');
        expect(verdict.permit.latestEnd).to.equal(dayBefore(2030, 9 + country.maxMonths, 1));
        expect(verdict.permit.reason).to.include(`up to ${country.maxMonths} months`);
      });
    });
  }

  describe('special cases of the table', () => {
    const adult = { ...BASE, dateOfBirth: '2005-06-15' };
    const asOf = '2030-01-01';
    const withRepeat = rules.countries.filter((c) => c.repeatParticipation !== undefined);
    const withTotal = rules.countries.filter((c) => c.maxParticipations !== undefined);

    it('finds the repeat rules of the source in the data', () => {
      expect(withRepeat.map((c) => [c.code, c.repeatParticipation])).to.deep.equal([['AU', { sinceYear: 2015, maxMonths: 12 }]]);
      expect(withTotal.map((c) => [c.code, c.maxParticipations])).to.deep.equal([['IT', 2], ['CH', 2]]);
    });

    it('limits Australia to 12 months for a second participation since 2015', () => {
      const again = verdictOf({ ...adult, citizenship: 'AU', earlierParticipations: 1, australiaParticipationSince2015: true }, asOf);
      expect(again.permit).to.include({ months: 12, limitedBy: 'second-participation' });
      expect(again.status).to.equal('eligible');
      const before2015 = verdictOf({ ...adult, citizenship: 'AU', earlierParticipations: 1, australiaParticipationSince2015: false }, asOf);
      expect(before2015.permit).to.include({ months: 24, limitedBy: 'country-maximum' });
    });

    for (const country of withTotal) {
      it(`allows citizens of ${country.name} a total of ${country.maxParticipations ?? 0} participations`, () => {
        const total = country.maxParticipations ?? 0;
        const statusWith = (earlier: number): string =>
          verdictOf({ ...adult, citizenship: country.code, earlierParticipations: earlier }, asOf).status;
        expect(statusWith(total - 1)).to.equal('eligible');
        expect(statusWith(total)).to.equal('not-eligible');
      });
    }

    for (const country of rules.countries.filter((c) => !withRepeat.includes(c) && !withTotal.includes(c))) {
      it(`never fails a citizen of ${country.name} on an earlier participation, but asks to check it`, () => {
        const verdict = verdictOf({ ...adult, citizenship: country.code, earlierParticipations: 1 }, asOf);
        expect(verdict.status).to.equal('possibly-eligible');
      });
    }
  });

  describe('29 February birthdays', () => {
    const cases: [string, string, string, CriterionResult['status'], RegExp?][] = [
      ['DE', '2000-02-29', '2018-02-28', 'not-met', /from your 18th birthday, on 1 March 2018/],
      ['DE', '2000-02-29', '2018-03-01', 'met'],
      ['DE', '2000-02-29', '2036-02-28', 'met', /last day you can apply is 28 February 2036/],
      ['DE', '2000-02-29', '2036-02-29', 'not-met'],
      ['AU', '2004-02-29', '2022-02-28', 'not-met', /1 March 2022/],
      ['AU', '2004-02-29', '2022-03-01', 'met'],
      ['AU', '2004-02-29', '2035-02-28', 'met', /last day you can apply is 28 February 2035/],
      ['AU', '2004-02-29', '2035-03-01', 'not-met'],
      ['SE', '1996-02-29', '2027-02-28', 'met', /28 February 2027/],
      ['SE', '1996-02-29', '2027-03-01', 'not-met'],
      ['FR', '1999-03-01', '2035-02-28', 'met', /28 February 2035/],
      ['FR', '1992-03-01', '2028-02-29', 'met', /29 February 2028/],
      ['FR', '1992-03-01', '2028-03-01', 'not-met'],
    ];
    for (const [code, dob, asOf, status, says] of cases) {
      it(`born ${dob}, ${code}: ${status} on ${asOf}`, () => {
        const result = ageResult(code, dob, asOf);
        expect(result.status).to.equal(status);
        if (says) expect(result.reason).to.match(says);
      });
    }
  });

  it('agrees with the calendar definition of age for random dates, in every country', () => {
    const day = fc.date({ min: new Date(Date.UTC(1960, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true });
    const toIso = (d: Date): string => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    fc.assert(
      fc.property(fc.constantFrom(...rules.countries), day, day, (country, a, b) => {
        const [birth, asOf] = a <= b ? [a, b] : [b, a];
        let age = asOf.getUTCFullYear() - birth.getUTCFullYear();
        const birthday = Date.UTC(asOf.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate());
        if (birthday > asOf.getTime()) age -= 1;
        const expected = age >= country.minAge && age <= country.maxAge ? 'met' : 'not-met';
        return ageResult(country.code, toIso(birth), toIso(asOf)).status === expected;
      }),
      { numRuns: 1000 },
    );
  });
});
