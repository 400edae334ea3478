import type { CriterionCheck } from './types';

type Kind = CriterionCheck['kind'];

/** The reason variants each kind of criterion needs in `knowledge/criteria.json` (fact criteria add `notMet` or `conditional`). */
export const REASON_KEYS = {
  citizenship: ['met', 'notMet', 'unknown'],
  age: [
    'met', 'metLastDays', 'metStated', 'metStatedBoundary', 'metAnyCountry',
    'notMetTooYoung', 'notMetStatedTooYoung', 'notMetTooOld', 'notMetStatedTooOld', 'notMetTooOldAnyCountry',
    'unknown', 'unknownAnyCountry', 'unknownDependsOnCountry',
  ],
  fact: ['met', 'unknown'],
  teer: ['met', 'conditional', 'notMet', 'unknown'],
  internshipDates: ['met', 'unknown'],
  passport: ['met', 'notMetExpired', 'notMetBeforeStart', 'conditional', 'unknown', 'unknownDates'],
  participations: [
    'met', 'metWithinTotal', 'metRepeatSince', 'metRepeatBefore', 'notMet', 'conditional',
    'unknown', 'unknownSince', 'unknownCountry',
  ],
} as const satisfies Record<Kind, readonly string[]>;

/** The reason variants of the permit estimate. */
export const PERMIT_REASON_KEYS = [
  'countryMaximum', 'secondParticipation', 'passportExpiry', 'passportNote', 'latestEnd',
  'internshipFits', 'internshipTooLong', 'unknownCountry', 'notParticipating',
] as const;

/** Placeholders the engine fills, by kind of criterion. */
export const PLACEHOLDERS = {
  citizenship: ['country'],
  age: [
    'country', 'age', 'asOf', 'minAge', 'maxAge', 'maxAges', 'minAgeBirthday', 'limitBirthday',
    'eligibleFrom', 'lastDay',
  ],
  fact: [],
  teer: ['teer', 'metList', 'conditionalList'],
  internshipDates: ['start', 'end'],
  passport: ['expiry', 'start', 'end'],
  participations: ['country', 'maxParticipations', 'next', 'times', 'sinceYear', 'months', 'repeatMonths'],
  permit: ['country', 'months', 'countryMonths', 'sinceYear', 'expiry', 'start', 'end', 'latestEnd', 'minMonths', 'maxMonths'],
} as const satisfies Record<Kind | 'permit', readonly string[]>;

export type ReasonKey<K extends Kind> = (typeof REASON_KEYS)[K][number];
export type PermitReasonKey = (typeof PERMIT_REASON_KEYS)[number];
/** Values of placeholders; an undefined value fails the filling of a template that uses it. */
export type TemplateValues = Record<string, string | number | undefined>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the `{placeholders}` in a template. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Fills `{name}` placeholders; throws when a value is missing, which is a bug in the engine. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** "1st", "2nd", "3rd", "18th", "31st", "36th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "0", "0 or 1", "0, 1, 2 or 3". */
export function orList(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} or ${texts[texts.length - 1]}`;
}

/** "once", "twice", "3 times". */
export function timesText(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}
