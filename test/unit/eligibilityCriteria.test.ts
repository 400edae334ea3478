import { expect } from 'chai';
import {
  evaluate, loadEligibilityRules, type CriterionResult, type CriterionStatus, type Profile, type Verdict,
} from '../../src/eligibility';

const rules = loadEligibilityRules();
const AS_OF = '2024-05-01';

/** Meets every criterion on 1 May 2024: a 23-year-old German with a 6-month internship. */
const ELIGIBLE: Profile = {
  citizenship: 'DE',
  dateOfBirth: '2000-06-15',
  enrolled: true,
  hasJobOffer: true,
  linkedToStudies: true,
  requiredForStudies: true,
  teer: 1,
  internshipStart: '2024-09-01',
  internshipEnd: '2025-02-28',
  passportExpiry: '2030-01-01',
  hasFunds: true,
  hasInsurance: true,
  admissible: true,
  hasDepartureTicket: true,
  hasDependants: false,
  residentInCitizenshipCountry: true,
  earlierParticipations: 0,
};

/** The profile with `change` applied; an undefined value removes the fact. */
function withChange(change: Partial<Profile>): Profile {
  const profile: Record<string, unknown> = { ...ELIGIBLE, ...change };
  for (const key of Object.keys(profile)) if (profile[key] === undefined) delete profile[key];
  return profile as Profile;
}

function verdictOf(profile: Profile, asOf = AS_OF): Verdict {
  const result = evaluate(profile, rules, { asOf });
  if (!result.ok) throw new Error(`unexpected input errors: ${JSON.stringify(result.errors)}`);
  return result.verdict;
}

function criterion(verdict: Verdict, id: string): CriterionResult {
  const found = verdict.criteria.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no criterion ${id}`);
  return found;
}

/** A regular expression matching any filling of a reason template. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`);
}

function reasonTemplate(id: string, variant: string): string {
  const template = rules.criteria.find((rule) => rule.id === id)?.reasons[variant];
  if (template === undefined) throw new Error(`no reason ${variant} for ${id}`);
  return template;
}

interface Case {
  criterion: string;
  name: string;
  change: Partial<Profile>;
  status: CriterionStatus;
  /** The reason variant of `knowledge/criteria.json` the reason must come from. */
  variant: string;
  /** Words the reason must contain. */
  says?: RegExp;
}

const yesNo = (id: string, field: keyof Profile, good: boolean, otherwise: CriterionStatus): Case[] => [
  { criterion: id, name: `${field} ${String(good)}`, change: { [field]: good }, status: 'met', variant: 'met' },
  {
    criterion: id, name: `${field} ${String(!good)}`, change: { [field]: !good }, status: otherwise,
    variant: otherwise === 'not-met' ? 'notMet' : 'conditional',
  },
  { criterion: id, name: `${field} not known`, change: { [field]: undefined }, status: 'unknown', variant: 'unknown' },
];

const CASES: Case[] = [
  { criterion: 'citizenship', name: 'German', change: {}, status: 'met', variant: 'met', says: /Germany/ },
  { criterion: 'citizenship', name: 'lowercase code', change: { citizenship: 'cz' }, status: 'met', variant: 'met', says: /the Czech Republic/ },
  {
    criterion: 'citizenship', name: 'American', change: { citizenship: 'US' }, status: 'not-met', variant: 'notMet',
    says: /not open to citizens of the United States/,
  },
  { criterion: 'citizenship', name: 'Brazilian', change: { citizenship: 'BR' }, status: 'not-met', variant: 'notMet', says: /citizens of Brazil/ },
  { criterion: 'citizenship', name: 'not known', change: { citizenship: undefined }, status: 'unknown', variant: 'unknown' },

  { criterion: 'age', name: '23 by date of birth', change: {}, status: 'met', variant: 'met', says: /You are 23 on 1 May 2024.*18 to 35.*Germany/ },
  {
    criterion: 'age', name: '17, with the date they become eligible', change: { dateOfBirth: '2006-11-20' },
    status: 'not-met', variant: 'notMetTooYoung', says: /at least 18.*You can apply from your 18th birthday, on 20 November 2024/,
  },
  {
    criterion: 'age', name: '36', change: { dateOfBirth: '1988-04-30' }, status: 'not-met', variant: 'notMetTooOld',
    says: /day before their 36th birthday.*you are 36/,
  },
  {
    criterion: 'age', name: '35, ageing out within 90 days', change: { dateOfBirth: '1988-07-30' }, status: 'met',
    variant: 'metLastDays', says: /last day you can apply is 29 July 2024/,
  },
  { criterion: 'age', name: '35, ageing out in 91 days', change: { dateOfBirth: '1988-07-31' }, status: 'met', variant: 'met' },
  { criterion: 'age', name: 'stated 24', change: { dateOfBirth: undefined, statedAge: 24 }, status: 'met', variant: 'metStated' },
  {
    criterion: 'age', name: 'stated 35, at the upper edge', change: { dateOfBirth: undefined, statedAge: 35 }, status: 'met',
    variant: 'metStatedBoundary', says: /date of birth decides.*day before your 36th birthday/,
  },
  { criterion: 'age', name: 'stated 18, at the lower edge', change: { dateOfBirth: undefined, statedAge: 18 }, status: 'met', variant: 'metStatedBoundary' },
  {
    criterion: 'age', name: 'stated 17', change: { dateOfBirth: undefined, statedAge: 17 }, status: 'not-met',
    variant: 'notMetStatedTooYoung', says: /from your 18th birthday/,
  },
  { criterion: 'age', name: 'stated 36', change: { dateOfBirth: undefined, statedAge: 36 }, status: 'not-met', variant: 'notMetStatedTooOld' },
  {
    criterion: 'age', name: 'stated 31 for Sweden (18-30)', change: { citizenship: 'SE', dateOfBirth: undefined, statedAge: 31 },
    status: 'not-met', variant: 'notMetStatedTooOld', says: /Sweden can apply from age 18 to 30/,
  },
  { criterion: 'age', name: 'date of birth wins over a stated age', change: { statedAge: 40 }, status: 'met', variant: 'met', says: /23/ },
  {
    criterion: 'age', name: 'no age known', change: { dateOfBirth: undefined }, status: 'unknown', variant: 'unknown',
    says: /Germany must be between 18 and 35/,
  },
  {
    criterion: 'age', name: 'no age nor citizenship', change: { dateOfBirth: undefined, citizenship: undefined }, status: 'unknown',
    variant: 'unknownAnyCountry', says: /between 18 and 30 or 35/,
  },
  { criterion: 'age', name: '23, citizenship unknown', change: { citizenship: undefined }, status: 'met', variant: 'metAnyCountry' },
  {
    criterion: 'age', name: '33, citizenship unknown', change: { citizenship: undefined, dateOfBirth: '1990-06-15' }, status: 'unknown',
    variant: 'unknownDependsOnCountry', says: /upper limit is 30 or 35/,
  },
  {
    criterion: 'age', name: '40, citizenship unknown', change: { citizenship: undefined, dateOfBirth: '1983-06-15' }, status: 'not-met',
    variant: 'notMetTooOldAnyCountry', says: /highest is 35/,
  },
  {
    criterion: 'age', name: '16, citizenship unknown', change: { citizenship: undefined, dateOfBirth: '2008-01-10' }, status: 'not-met',
    variant: 'notMetTooYoung', says: /10 January 2026/,
  },

  ...yesNo('enrolled', 'enrolled', true, 'not-met'),
  ...yesNo('jobOffer', 'hasJobOffer', true, 'not-met'),
  ...yesNo('linkedToStudies', 'linkedToStudies', true, 'not-met'),
  ...yesNo('requiredForStudies', 'requiredForStudies', true, 'not-met'),
  ...yesNo('funds', 'hasFunds', true, 'not-met'),
  ...yesNo('insurance', 'hasInsurance', true, 'not-met'),
  ...yesNo('admissible', 'admissible', true, 'not-met'),
  ...yesNo('departureTicket', 'hasDepartureTicket', true, 'not-met'),
  ...yesNo('dependants', 'hasDependants', false, 'not-met'),
  ...yesNo('residence', 'residentInCitizenshipCountry', true, 'conditional'),

  ...([0, 1, 2, 3] as const).map((teer): Case => ({
    criterion: 'teer', name: `TEER ${teer}`, change: { teer }, status: 'met', variant: 'met', says: new RegExp(`category ${teer}`),
  })),
  { criterion: 'teer', name: 'TEER 4', change: { teer: 4 }, status: 'conditional', variant: 'conditional', says: /certain circumstances/ },
  { criterion: 'teer', name: 'TEER 5', change: { teer: 5 }, status: 'not-met', variant: 'notMet', says: /0, 1, 2 or 3.*category 5/ },
  { criterion: 'teer', name: 'not known', change: { teer: undefined }, status: 'unknown', variant: 'unknown' },

  { criterion: 'internshipDates', name: 'both known', change: {}, status: 'met', variant: 'met', says: /1 September 2024 to 28 February 2025/ },
  { criterion: 'internshipDates', name: 'end not known', change: { internshipEnd: undefined }, status: 'unknown', variant: 'unknown' },
  { criterion: 'internshipDates', name: 'start not known', change: { internshipStart: undefined }, status: 'unknown', variant: 'unknown' },

  { criterion: 'passport', name: 'valid past the internship', change: {}, status: 'met', variant: 'met', says: /1 January 2030/ },
  { criterion: 'passport', name: 'valid until the last day', change: { passportExpiry: '2025-02-28' }, status: 'met', variant: 'met' },
  { criterion: 'passport', name: 'expired', change: { passportExpiry: '2024-04-30' }, status: 'not-met', variant: 'notMetExpired' },
  { criterion: 'passport', name: 'expiring on the application date', change: { passportExpiry: '2024-05-01' }, status: 'not-met', variant: 'notMetBeforeStart' },
  {
    criterion: 'passport', name: 'expiring before the internship starts', change: { passportExpiry: '2024-08-31' },
    status: 'not-met', variant: 'notMetBeforeStart',
  },
  {
    criterion: 'passport', name: 'expiring during the internship', change: { passportExpiry: '2024-12-31' }, status: 'conditional',
    variant: 'conditional', says: /will not be longer than your passport/,
  },
  { criterion: 'passport', name: 'not known', change: { passportExpiry: undefined }, status: 'unknown', variant: 'unknown' },
  { criterion: 'passport', name: 'internship end not known', change: { internshipEnd: undefined }, status: 'unknown', variant: 'unknownDates' },

  { criterion: 'participations', name: 'first participation', change: {}, status: 'met', variant: 'met' },
  { criterion: 'participations', name: 'not known', change: { earlierParticipations: undefined }, status: 'unknown', variant: 'unknown' },
  {
    criterion: 'participations', name: 'Italian, second of two', change: { citizenship: 'IT', earlierParticipations: 1 }, status: 'met',
    variant: 'metWithinTotal', says: /up to 2 times in total.*number 2/,
  },
  {
    criterion: 'participations', name: 'Swiss, third', change: { citizenship: 'CH', earlierParticipations: 2 }, status: 'not-met',
    variant: 'notMet', says: /Switzerland.*already taken part twice/,
  },
  {
    criterion: 'participations', name: 'Australian, again since 2015', status: 'met', variant: 'metRepeatSince', says: /12 months/,
    change: { citizenship: 'AU', dateOfBirth: '2000-06-15', earlierParticipations: 1, australiaParticipationSince2015: true },
  },
  {
    criterion: 'participations', name: 'Australian, earlier one before 2015', status: 'met', variant: 'metRepeatBefore', says: /24 months/,
    change: { citizenship: 'AU', earlierParticipations: 1, australiaParticipationSince2015: false },
  },
  {
    criterion: 'participations', name: 'Australian, not known since when', status: 'unknown', variant: 'unknownSince',
    change: { citizenship: 'AU', earlierParticipations: 1 },
  },
  {
    criterion: 'participations', name: 'German, second participation', change: { earlierParticipations: 1 }, status: 'conditional',
    variant: 'conditional', says: /Young Professionals or International Co-op.*Germany/,
  },
  {
    criterion: 'participations', name: 'repeat, citizenship not known', change: { citizenship: undefined, earlierParticipations: 1 },
    status: 'unknown', variant: 'unknownCountry',
  },
];

describe('eligibility criteria', () => {
  const produced = new Set<string>();

  for (const c of CASES) {
    it(`${c.criterion}: ${c.name} -> ${c.status}`, () => {
      const result = criterion(verdictOf(withChange(c.change)), c.criterion);
      expect(result.status).to.equal(c.status);
      expect(result.reason).to.match(templatePattern(reasonTemplate(c.criterion, c.variant)));
      expect(result.reason).not.to.match(/[{}]/);
      if (c.says) expect(result.reason).to.match(c.says);
      produced.add(`${c.criterion}.${c.variant}`);
    });
  }

  it('has a case for every reason of every criterion', () => {
    const all = rules.criteria.flatMap((rule) => Object.keys(rule.reasons).map((key) => `${rule.id}.${key}`));
    expect(all.filter((key) => !produced.has(key))).to.deep.equal([]);
  });

  it('has at least one met, one failing and one unknown case per criterion', () => {
    for (const rule of rules.criteria) {
      const statuses = new Set(CASES.filter((c) => c.criterion === rule.id).map((c) => c.status));
      expect([...statuses], rule.id).to.include.members(['met', 'unknown']);
      if (rule.id !== 'internshipDates') expect(statuses.has('not-met') || statuses.has('conditional'), rule.id).to.equal(true);
    }
  });

  it('cites a section of the source for every criterion', () => {
    const sections = ['Who can apply?', 'Eligibility requirements', 'How to get a work permit', 'What is IEC International Co-Op?'];
    for (const result of verdictOf(ELIGIBLE).criteria) {
      for (const part of result.source.split('; ')) expect(sections, result.id).to.include(part);
    }
  });

  it('evaluates every criterion, in the order of the data, whatever fails', () => {
    const verdict = verdictOf({ citizenship: 'US', enrolled: false, hasJobOffer: false });
    expect(verdict.criteria.map((c) => c.id)).to.deep.equal(rules.criteria.map((rule) => rule.id));
  });
});
