import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import criteriaJson from '../../knowledge/criteria.json';
import {
  buildEligibilityRules, describeVerdict, evaluate, loadEligibilityRules, verdictStatus, type CriterionStatus, type Profile,
  type Verdict,
} from '../../src/eligibility';

const rules = loadEligibilityRules();
const AS_OF = '2024-05-01';

const ELIGIBLE: Profile = {
  citizenship: 'DE', dateOfBirth: '2000-06-15', enrolled: true, hasJobOffer: true, linkedToStudies: true,
  requiredForStudies: true, teer: 1, internshipStart: '2024-09-01', internshipEnd: '2025-02-28',
  passportExpiry: '2030-01-01', hasFunds: true, hasInsurance: true, admissible: true, hasDepartureTicket: true,
  hasDependants: false, residentInCitizenshipCountry: true, earlierParticipations: 0,
};

function verdictOf(profile: Profile, asOf = AS_OF): Verdict {
  const result = evaluate(profile, rules, { asOf });
  if (!result.ok) throw new Error(`unexpected input errors: ${JSON.stringify(result.errors)}`);
  return result.verdict;
}

describe('eligibility verdict', () => {
  describe('status precedence', () => {
    const cases: [CriterionStatus[], string][] = [
      [['met', 'met'], 'eligible'],
      [['met', 'unknown'], 'incomplete'],
      [['conditional', 'unknown'], 'possibly-eligible'],
      [['met', 'conditional'], 'possibly-eligible'],
      [['not-met', 'conditional', 'unknown'], 'not-eligible'],
      [['unknown', 'not-met'], 'not-eligible'],
      [[], 'eligible'],
    ];
    for (const [statuses, expected] of cases) {
      it(`[${statuses.join(', ')}] -> ${expected}`, () => {
        expect(verdictStatus(statuses.map((status) => ({ status })))).to.equal(expected);
      });
    }

    const profiles: [string, Profile, string][] = [
      ['every fact met', ELIGIBLE, 'eligible'],
      ['one fact unknown', { ...ELIGIBLE, hasFunds: undefined }, 'incomplete'],
      ['TEER 4 and a fact unknown', { ...ELIGIBLE, teer: 4, hasFunds: undefined }, 'possibly-eligible'],
      ['not resident, TEER 4, unknown funds, no job offer', { ...ELIGIBLE, residentInCitizenshipCountry: false, teer: 4, hasFunds: undefined, hasJobOffer: false }, 'not-eligible'],
      ['nothing known', {}, 'incomplete'],
    ];
    for (const [name, profile, expected] of profiles) {
      it(`${name}: ${expected}, with its summary`, () => {
        const verdict = verdictOf(profile);
        expect(verdict.status).to.equal(expected);
        expect(verdict.summary).to.equal(rules.summaries[verdict.status]);
      });
    }
  });

  describe('missing facts', () => {
    it('lists every fact in the order a conversation asks, citizenship first', () => {
      expect(verdictOf({}).missing.map((fact) => fact.field)).to.deep.equal([
        'citizenship', 'dateOfBirth', 'enrolled', 'hasJobOffer', 'linkedToStudies', 'requiredForStudies', 'teer',
        'internshipStart', 'internshipEnd', 'passportExpiry', 'hasFunds', 'hasInsurance', 'admissible',
        'hasDepartureTicket', 'hasDependants', 'residentInCitizenshipCountry', 'earlierParticipations',
      ]);
    });

    it('gives each missing fact a label and a question', () => {
      for (const fact of verdictOf({}).missing) {
        expect(fact.label, fact.field).to.have.length.above(5);
        expect(fact.question, fact.field).to.match(/\?$/);
      }
    });

    it('lists nothing once everything is known', () => {
      expect(verdictOf(ELIGIBLE).missing).to.deep.equal([]);
    });

    it('does not ask for the date of birth once an age is stated', () => {
      const fields = verdictOf({ citizenship: 'FR', statedAge: 24 }).missing.map((fact) => fact.field);
      expect(fields).not.to.include('dateOfBirth');
      expect(fields[0]).to.equal('enrolled');
    });

    it('asks whether an earlier Australian participation was since 2015 only when it matters', () => {
      const ask = (profile: Profile): boolean =>
        verdictOf(profile).missing.some((fact) => fact.field === 'australiaParticipationSince2015');
      expect(ask({ ...ELIGIBLE, citizenship: 'AU', earlierParticipations: 1 })).to.equal(true);
      expect(ask({ ...ELIGIBLE, citizenship: 'AU', earlierParticipations: 0 })).to.equal(false);
      expect(ask({ ...ELIGIBLE, earlierParticipations: 1 })).to.equal(false);
    });

    it('asks for the citizenship when the age alone cannot decide', () => {
      const verdict = verdictOf({ dateOfBirth: '1990-06-15' });
      expect(verdict.criteria.find((c) => c.id === 'age')?.status).to.equal('unknown');
      expect(verdict.missing[0]?.field).to.equal('citizenship');
    });

    it('still lists what is unknown when a criterion already fails', () => {
      const verdict = verdictOf({ citizenship: 'US' });
      expect(verdict.status).to.equal('not-eligible');
      expect(verdict.missing.map((fact) => fact.field)).to.include.members(['dateOfBirth', 'enrolled']);
    });
  });

  describe('permit length', () => {
    const cases: [string, Profile, { months: number | undefined; limitedBy: string | undefined; latestEnd?: string; coversInternship?: boolean }, RegExp][] = [
      ['citizenship unknown', { ...ELIGIBLE, citizenship: undefined }, { months: undefined, limitedBy: undefined }, /from 6 to 24 months/],
      ['citizenship outside the table', { ...ELIGIBLE, citizenship: 'JP' }, { months: undefined, limitedBy: undefined }, /citizens of Japan cannot apply/],
      ['no dates known', { citizenship: 'DE' }, { months: 12, limitedBy: 'country-maximum', latestEnd: undefined, coversInternship: undefined }, /up to 12 months\.$/],
      ['internship within it', ELIGIBLE, { months: 12, limitedBy: 'country-maximum', latestEnd: '2025-08-31', coversInternship: true }, /until 31 August 2025.*fits/],
      ['internship of exactly 12 months', { ...ELIGIBLE, internshipEnd: '2025-08-31' }, { months: 12, limitedBy: 'country-maximum', coversInternship: true }, /fits/],
      ['internship one day too long', { ...ELIGIBLE, internshipEnd: '2025-09-01' }, { months: 12, limitedBy: 'country-maximum', coversInternship: false }, /longer than the permit can be/],
      ['Austria, 6 months from 31 August', { ...ELIGIBLE, citizenship: 'AT', internshipStart: '2024-08-31', internshipEnd: '2025-02-28' }, { months: 6, limitedBy: 'country-maximum', latestEnd: '2025-02-28', coversInternship: true }, /Austria/],
      ['passport expiring before the maximum', { ...ELIGIBLE, passportExpiry: '2025-03-15' }, { months: 6, limitedBy: 'passport-expiry', latestEnd: '2025-03-15', coversInternship: true }, /passport, which expires on 15 March 2025.*6 full months/],
      ['passport expiring on the last day of the maximum', { ...ELIGIBLE, passportExpiry: '2025-08-31' }, { months: 12, limitedBy: 'country-maximum', latestEnd: '2025-08-31' }, /12 months/],
      ['passport expiring during the internship', { ...ELIGIBLE, passportExpiry: '2024-12-31' }, { months: 4, limitedBy: 'passport-expiry', latestEnd: '2024-12-31', coversInternship: false }, /longer than the permit can be/],
      ['passport known, internship start unknown', { ...ELIGIBLE, internshipStart: undefined, passportExpiry: '2025-03-15' }, { months: 12, limitedBy: 'country-maximum', latestEnd: undefined }, /not be longer than your passport's validity \(until 15 March 2025\)/],
      ['Australia, second since 2015', { ...ELIGIBLE, citizenship: 'AU', earlierParticipations: 1, australiaParticipationSince2015: true, internshipEnd: '2025-12-31' }, { months: 12, limitedBy: 'second-participation', latestEnd: '2025-08-31', coversInternship: false }, /second IEC participation since 2015.*12 months \(instead of 24\)/],
      ['Australia, second since 2015 and a short passport', { ...ELIGIBLE, citizenship: 'AU', earlierParticipations: 1, australiaParticipationSince2015: true, passportExpiry: '2025-01-31' }, { months: 5, limitedBy: 'passport-expiry' }, /31 January 2025/],
      ['Australia, first participation', { ...ELIGIBLE, citizenship: 'AU', australiaParticipationSince2015: true }, { months: 24, limitedBy: 'country-maximum', latestEnd: '2026-08-31' }, /24 months/],
      ['Switzerland', { ...ELIGIBLE, citizenship: 'CH', earlierParticipations: 1 }, { months: 18, limitedBy: 'country-maximum', latestEnd: '2026-02-28' }, /18 months/],
    ];
    for (const [name, profile, expected, says] of cases) {
      it(name, () => {
        const permit = verdictOf(profile).permit;
        expect(permit).to.include(expected);
        expect(permit.reason).to.match(says);
        expect(permit.reason).not.to.match(/[{}]/);
        expect(permit.source).to.include('Who can apply?');
      });
    }
  });

  describe('input errors', () => {
    const cases: [string, Profile, string, string, RegExp][] = [
      ['a date of birth in the future', { dateOfBirth: '2024-05-02' }, AS_OF, 'dateOfBirth', /after the application date/],
      ['an internship ending before it starts', { internshipStart: '2024-09-01', internshipEnd: '2024-08-31' }, AS_OF, 'internshipEnd', /ends on 31 August 2024, before it starts on 1 September 2024/],
      ['a date that does not exist', { passportExpiry: '2025-02-29' }, AS_OF, 'passportExpiry', /not a real date/],
      ['a date in another format', { internshipStart: '01/09/2024' }, AS_OF, 'internshipStart', /YYYY-MM-DD/],
      ['a TEER category of 6', { teer: 6 as unknown as Profile['teer'] }, AS_OF, 'teer', /0 to 5/],
      ['a negative age', { statedAge: -1 }, AS_OF, 'statedAge', /whole number/],
      ['a fractional age', { statedAge: 24.5 }, AS_OF, 'statedAge', /whole number/],
      ['a negative number of participations', { earlierParticipations: -1 }, AS_OF, 'earlierParticipations', /whole number/],
      ['a country name instead of a code', { citizenship: 'Germany' }, AS_OF, 'citizenship', /two-letter/],
      ['a yes/no answer given as text', { hasFunds: 'yes' as unknown as boolean }, AS_OF, 'hasFunds', /yes or no/],
      ['an application date that is not a date', {}, '1 May 2024', 'asOf', /YYYY-MM-DD/],
    ];
    for (const [name, profile, asOf, field, says] of cases) {
      it(`rejects ${name}`, () => {
        const result = evaluate(profile, rules, { asOf });
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        expect(result.errors.map((e) => e.field)).to.deep.equal([field]);
        expect(result.errors[0]?.message).to.match(says);
      });
    }

    it('reports every error at once', () => {
      const result = evaluate({ dateOfBirth: '2030-01-01', teer: 9 as unknown as Profile['teer'] }, rules, { asOf: AS_OF });
      expect(result.ok ? [] : result.errors.map((e) => e.field)).to.have.members(['dateOfBirth', 'teer']);
    });

    it('accepts a birth on the application date and a one-day internship', () => {
      const result = evaluate({ dateOfBirth: AS_OF, internshipStart: '2024-09-01', internshipEnd: '2024-09-01' }, rules, { asOf: AS_OF });
      expect(result.ok).to.equal(true);
    });
  });

  describe('plain text', () => {
    it('gives the summary, what fails, what to check, what is unknown, the permit, what is needed and the fees', () => {
      const text = describeVerdict(verdictOf({ ...ELIGIBLE, hasJobOffer: false, teer: 4, hasFunds: undefined }));
      expect(text).to.match(/^You do not meet at least one requirement/);
      expect(text).to.match(/Not met:\n- You need a signed job offer/);
      expect(text).to.match(/To check:\n- Your internship is in NOC TEER category 4/);
      expect(text).to.match(/Not known yet:\n- You need the equivalent of at least CAD 2,500/);
      expect(text).to.match(/Permit length: Citizens of Germany can get a permit of up to 12 months/);
      expect(text).to.match(/Still needed: whether you will have CAD 2,500 on landing\./);
      expect(text).to.match(/CAD 172.*CAD 230.*2024/);
      expect(text).not.to.include('You are a student registered');
    });

    it('says only the good news, the permit and the fees when eligible', () => {
      const text = describeVerdict(verdictOf(ELIGIBLE));
      expect(text).not.to.match(/Not met|To check|Not known yet|Still needed/);
      expect(text).to.match(/look eligible/);
    });
  });

  describe('rules data', () => {
    const mutate = (change: (data: { criteria: Record<string, unknown>[] } & Record<string, unknown>) => void): unknown => {
      const data = structuredClone(criteriaJson) as unknown as { criteria: Record<string, unknown>[] } & Record<string, unknown>;
      change(data);
      return data;
    };
    const reasonsOf = (data: { criteria: Record<string, unknown>[] }, index: number): Record<string, unknown> =>
      data.criteria[index]?.reasons as Record<string, unknown>;

    it('accepts knowledge/criteria.json', () => {
      expect(() => buildEligibilityRules(rules.countries, criteriaJson)).not.to.throw();
    });

    const broken: [string, unknown, RegExp][] = [
      ['a missing reason', mutate((d) => { delete reasonsOf(d, 0).unknown; }), /criterion "citizenship".reasons.unknown: must be a non-empty string/],
      ['an extra reason', mutate((d) => { reasonsOf(d, 0).maybe = 'x'; }), /unexpected reason "maybe"/],
      ['an unknown placeholder', mutate((d) => { reasonsOf(d, 0).met = 'You are from {nation}.'; }), /unknown placeholder \{nation\}/],
      ['an unknown kind', mutate((d) => { (d.criteria[2] as { check: unknown }).check = { kind: 'vibes' }; }), /unknown kind "vibes"/],
      ['a field asked twice', mutate((d) => { (d.criteria[3] as { asks: unknown[] }).asks.push({ field: 'enrolled', label: 'x', question: 'x?' }); }), /"enrolled" is already asked/],
      ['a field nobody asks', mutate((d) => { d.criteria.splice(9, 1); }), /no criterion asks for "hasFunds"/],
      ['a field that is not in the profile', mutate((d) => { (d.criteria[2] as { asks: { field: string }[] }).asks[0]!.field = 'isStudent'; }), /"isStudent" is not a profile field/],
      ['a TEER category in two lists', mutate((d) => { (d.criteria[6] as { check: { met: number[] } }).check.met.push(4); }), /exactly once/],
      ['a duplicate criterion', mutate((d) => { d.criteria.push(d.criteria[0]!); }), /duplicate id|already asked/],
      ['a missing summary', mutate((d) => { delete (d.summaries as Record<string, unknown>).incomplete; }), /summaries.incomplete/],
    ];
    for (const [name, data, message] of broken) {
      it(`rejects ${name}, naming the file and the place`, () => {
        expect(() => buildEligibilityRules(rules.countries, data)).to.throw(/^knowledge\/criteria\.json: /).with.property('message').that.matches(message);
      });
    }

    it('states how 29 February birthdays and stated ages are read', () => {
      expect(rules.criteria.find((rule) => rule.id === 'age')?.policy).to.match(/29 February.*1 March.*stated age/s);
    });
  });

  it('reads no clock: the engine never builds a date from the current time', () => {
    const dir = join(__dirname, '../../src/eligibility');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.to.match(/Date\.now\(|new Date\(\s*\)|botbuilder/);
    }
  });
});
