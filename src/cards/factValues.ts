import { formatLongDate, parseCalendarDate } from '../eligibility/calendarDate';
import type { Profile, ProfileField } from '../eligibility/types';

/** Short titles of the facts, in the order a conversation asks for them. */
export const FACT_TITLES: Readonly<Record<ProfileField, string>> = {
  citizenship: 'Citizenship',
  dateOfBirth: 'Date of birth',
  statedAge: 'Age',
  enrolled: 'Registered at a post-secondary institution',
  hasJobOffer: 'Signed job offer for an internship in Canada',
  linkedToStudies: 'Internship linked to your field of study',
  requiredForStudies: 'Internship required by your program',
  teer: 'NOC TEER category',
  internshipStart: 'Internship starts',
  internshipEnd: 'Internship ends',
  passportExpiry: 'Passport valid until',
  hasFunds: 'At least CAD 2,500 on landing',
  hasInsurance: 'Health insurance for the whole stay',
  admissible: 'Admissible to Canada',
  hasDepartureTicket: 'Return ticket or the money for one',
  hasDependants: 'Dependants coming with you',
  residentInCitizenshipCountry: 'Living in your country of citizenship',
  earlierParticipations: 'Earlier IEC participations',
  australiaParticipationSince2015: 'Earlier participation in 2015 or later',
};

/** Fields in asking order. */
export const FACTS_IN_ORDER = Object.keys(FACT_TITLES) as ProfileField[];

/** The English name of a country from its ISO code. */
export type CountryNamer = (code: string) => string;

function longDate(iso: string): string {
  const date = parseCalendarDate(iso);
  return date === undefined ? iso : formatLongDate(date);
}

function times(count: number): string {
  if (count === 0) return 'none';
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

/** A known fact written for people ("Germany", "3 April 1999", "yes", "TEER 2"); undefined when unknown. */
export function factValue(profile: Profile, field: ProfileField, countryName: CountryNamer): string | undefined {
  const value = profile[field];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (field) {
    case 'citizenship':
      return countryName(String(value));
    case 'dateOfBirth':
    case 'internshipStart':
    case 'internshipEnd':
    case 'passportExpiry':
      return longDate(String(value));
    case 'teer':
      return `TEER ${String(value)}`;
    case 'earlierParticipations':
      return times(Number(value));
    default:
      return String(value);
  }
}

/** One line of a summary: a fact's title and its value. */
export interface FactLine {
  field: ProfileField;
  title: string;
  value: string;
}

/**
 * The known facts in asking order, plus those the person chose to skip ("not given").
 * A stated age is left out when the date of birth is known, as the date of birth decides.
 */
export function factLines(profile: Profile, skipped: readonly ProfileField[], countryName: CountryNamer): FactLine[] {
  const lines: FactLine[] = [];
  for (const field of FACTS_IN_ORDER) {
    if (field === 'statedAge' && profile.dateOfBirth !== undefined) continue;
    const value = factValue(profile, field, countryName) ?? (skipped.includes(field) ? 'not given' : undefined);
    if (value !== undefined) lines.push({ field, title: FACT_TITLES[field], value });
  }
  return lines;
}
