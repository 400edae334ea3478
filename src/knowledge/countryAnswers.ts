import type { CountryRule, MatchResult } from './types';

/** Section of the source that the country table comes from. */
export const COUNTRY_SOURCE = 'Who can apply?';

type Answer = Extract<MatchResult, { kind: 'answer' }>;

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The answer for a participating country: its age range, maximum permit length and special case. */
export function countryAnswer(rule: CountryRule, season: number): Answer {
  const lines = [
    `${rule.name}: the figures published for the ${season} season.`,
    `- Age: ${rule.minAge} to ${rule.maxAge} inclusive, at the time of application.`,
    `- Maximum permit length: ${rule.maxMonths} months (never longer than your passport is valid).`,
  ];
  const repeat = rule.repeatParticipation;
  if (repeat !== undefined) {
    lines.push(`- A second participation since ${repeat.sinceYear} gets up to ${repeat.maxMonths} months.`);
  }
  if (rule.maxParticipations !== undefined) {
    lines.push(`- A total of up to ${numberWord(rule.maxParticipations)} IEC participations.`);
  }
  lines.push('Figures can change from one season to the next, so check IRCC for the current season.');
  return { kind: 'answer', id: `country:${rule.code}`, title: rule.name, text: lines.join('\n'), source: COUNTRY_SOURCE };
}

/** The answer for a country that is not in the table, with the list of the participating ones. */
export function notParticipatingAnswer(
  code: string,
  name: string,
  participating: readonly CountryRule[],
  season: number,
): Answer {
  const names = participating.map((rule) => rule.name);
  const text =
    `${name} is not a participating country for the International Co-op category ` +
    `(as published for the ${season} season). Citizens of these ${names.length} countries can apply: ` +
    `${listNames(names)}.`;
  return { kind: 'answer', id: `not-participating:${code}`, title: name, text, source: COUNTRY_SOURCE };
}

function numberWord(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four'][n] ?? String(n);
}
