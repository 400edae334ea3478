import type { CalendarDate } from '../eligibility/calendarDate';
import type { Profile, ProfileField } from '../eligibility/types';
import { assignDates, type AssignedDates } from './assignDates';
import type { CountryResolver } from './countryResolver';
import { readDates, type DateReadings } from './dateMentions';
import { findCountries } from './findCountries';
import { canadianAmount, findCueFacts, findFunds, findParticipations, MINIMUM_FUNDS_CAD, unsettledCue } from './factCues';
import { statementParts } from './isQuestion';
import { findListedAge, findStatedAge, parseAge } from './parseAge';
import { noDateReason } from './parseDate';
import { parseCount } from './parseCount';
import { findTeer, isTeer, parseTeer } from './parseTeer';
import { parseYesNo, startsWithYesOrNo } from './parseYesNo';
import { referenceDate } from './resolveDates';
import { blankOut, maskOut, overlaps, type Span } from './spans';
import type { ExtractedFacts, FactAmbiguity, ParseContext, RejectedFact } from './types';

/** What {@link extractFacts} needs besides the text. */
export interface ExtractContext extends ParseContext {
  resolver: CountryResolver;
  /** The question the bot asked last; a bare answer ("yes", "24", "June to Nov") answers it. */
  expecting?: ProfileField;
}

const DATE_GROUPS: ProfileField[][] = [['dateOfBirth'], ['internshipStart', 'internshipEnd'], ['passportExpiry']];
const YES_NO_FIELDS: ReadonlySet<ProfileField> = new Set<ProfileField>([
  'enrolled', 'hasJobOffer', 'linkedToStudies', 'requiredForStudies', 'hasFunds', 'hasInsurance', 'admissible',
  'hasDepartureTicket', 'hasDependants', 'residentInCitizenshipCountry', 'australiaParticipationSince2015',
]);
const DATE_FIELDS: ReadonlySet<ProfileField> = new Set<ProfileField>(['internshipStart', 'internshipEnd', 'passportExpiry']);

const TEER_TOPIC = /\b(?:teer|noc)\b/i;
/** "Born in 99": a year of birth, never an age. */
const BORN = /\bborn\b/i;

function pick(facts: Partial<Profile>, fields: ProfileField[]): Partial<Profile> {
  const picked: Partial<Profile> = {};
  for (const field of fields) if (facts[field] !== undefined) Object.assign(picked, { [field]: facts[field] });
  return picked;
}

/** Dates of both readings of a message: the first wins, a different second one becomes an ambiguity. */
function datesOf(readings: DateReadings, ref: CalendarDate, expecting: ProfileField | undefined): AssignedDates & { ambiguities: FactAmbiguity[] } {
  const primary = assignDates(readings.primary, ref, expecting);
  const ambiguities: FactAmbiguity[] = [];
  if (readings.alternative === undefined) return { ...primary, ambiguities };
  const alternative = assignDates(readings.alternative, ref, expecting);
  for (const group of DATE_GROUPS) {
    const chosen = pick(primary.facts, group);
    const other = pick(alternative.facts, group);
    if (Object.keys(other).length === 0) continue;
    if (Object.keys(chosen).length === 0) {
      Object.assign(primary.facts, other);
      primary.rejected = primary.rejected.filter((r) => !group.includes(r.field));
    } else if (JSON.stringify(chosen) !== JSON.stringify(other)) {
      ambiguities.push({ chosen, alternatives: [other] });
    }
  }
  return { ...primary, ambiguities };
}

function answerPending(
  field: ProfileField,
  text: string,
  residual: string,
  result: ExtractedFacts,
): void {
  const answeredOther = Object.keys(result.facts).length > 0;
  const reject = (reason: string): void => {
    if (!answeredOther && result.rejected.length === 0) result.rejected.push({ field, reason });
  };
  if (YES_NO_FIELDS.has(field)) {
    if (answeredOther && !startsWithYesOrNo(text)) return;
    if (field === 'hasFunds' && !startsWithYesOrNo(text)) {
      const amount = canadianAmount(text) ?? (/^\$?\d[\d,]*$/.test(residual) ? Number(residual.replace(/[$,]/g, '')) : undefined);
      if (amount !== undefined) {
        result.facts.hasFunds = amount >= MINIMUM_FUNDS_CAD;
        return;
      }
      if (/\d/.test(residual)) {
        reject('Is that at least the equivalent of CAD 2,500? Please answer yes or no.');
        return;
      }
    }
    const answer = parseYesNo(text);
    const unsettled = answer.ok && answer.value ? unsettledCue(field, text) : undefined;
    if (unsettled !== undefined) reject(unsettled);
    else if (answer.ok) Object.assign(result.facts, { [field]: answer.value });
    else reject(answer.reason);
    return;
  }
  switch (field) {
    case 'statedAge':
    case 'dateOfBirth': {
      if (result.facts.dateOfBirth !== undefined || result.facts.statedAge !== undefined) return;
      if (BORN.test(residual)) {
        reject(noDateReason());
        return;
      }
      const age = parseAge(residual);
      if (age.ok) result.facts.statedAge = age.value;
      else reject(field === 'dateOfBirth' && !/^\d+$/.test(residual) ? noDateReason() : age.reason);
      return;
    }
    case 'teer': {
      const teer = parseTeer(residual);
      if (!teer.ok) reject(teer.reason);
      return;
    }
    case 'citizenship':
      reject("I didn't recognise a country there. Which country's passport do you hold, e.g. Germany?");
      return;
    case 'earlierParticipations': {
      if (answeredOther && !startsWithYesOrNo(text)) return;
      const count = parseCount(residual);
      if (count.ok) result.facts.earlierParticipations = count.value;
      else reject(count.reason);
      return;
    }
    default:
      if (DATE_FIELDS.has(field)) reject(noDateReason(field === 'passportExpiry' ? '14 May 2030' : '1 June 2027'));
  }
}

/**
 * Every fact one message gives: "I'm 24 and German, born 3 March 2001, internship from June to
 * November next year, TEER 2" gives five. Questions give none, except the first-person statements
 * that lead them ("I'm German, can I apply?"); a bare number beside a nationality or "student" is the age
 * ("Sweden, 25, student"). A bare answer answers `expecting`. Numeric dates that
 * read both ways come back in `ambiguities`; facts that could not be used, with a hint, in `rejected`.
 */
export function extractFacts(text: string, context: ExtractContext): ExtractedFacts {
  const ref = referenceDate(context);
  const result: ExtractedFacts = { facts: {}, ambiguities: [], rejected: [] };
  const statement = statementParts(text);
  if (statement === '') return result;

  const readings = readDates(statement, context.locale, ref);
  const work = readings.primary.text;
  const dates = datesOf(readings, ref, context.expecting);
  Object.assign(result.facts, dates.facts);
  result.ambiguities.push(...dates.ambiguities);
  const rejected: RejectedFact[] = [...dates.rejected];
  const taken: Span[] = [...dates.spans];

  const teer = findTeer(work, { category: TEER_TOPIC.test(work) || context.expecting === 'teer', bare: context.expecting === 'teer' });
  if (teer !== undefined && !overlaps(taken, teer)) {
    taken.push(teer);
    if (isTeer(teer.value)) result.facts.teer = teer.value;
    else rejected.push({ field: 'teer', reason: 'TEER categories go from 0 to 5. Which one is the internship?' });
  }

  const age = findStatedAge(maskOut(work, taken));
  if (age !== undefined && !overlaps(taken, age)) {
    taken.push(age);
    result.facts.statedAge = age.value;
  }

  const countries = findCountries(work, context.resolver, context.expecting, taken);
  taken.push(...countries.spans);
  const [citizenship, ...others] = countries.citizenship;
  if (context.expecting === 'citizenship' && citizenship === undefined && countries.residence !== undefined) {
    rejected.push({ field: 'citizenship', reason: "That's where you live. Which country's passport do you hold, e.g. Germany?" });
  }
  if (citizenship !== undefined) {
    result.facts.citizenship = citizenship.code;
    if (others.length > 0) {
      result.ambiguities.push({ chosen: { citizenship: citizenship.code }, alternatives: others.map((o) => ({ citizenship: o.code })) });
    }
  }

  const cues: Partial<Profile> = {
    ...findCueFacts(work),
    hasFunds: findFunds(work),
    earlierParticipations: findParticipations(work),
  };
  if (cues.residentInCitizenshipCountry === undefined && countries.residence !== undefined && citizenship !== undefined) {
    cues.residentInCitizenshipCountry = countries.residence.code === citizenship.code;
  }
  for (const [field, value] of Object.entries(cues)) {
    if (value !== undefined && result.facts[field as ProfileField] === undefined) Object.assign(result.facts, { [field]: value });
  }

  const describesPerson = result.facts.citizenship !== undefined || result.facts.enrolled !== undefined;
  if (describesPerson && result.facts.statedAge === undefined && result.facts.dateOfBirth === undefined) {
    const listed = findListedAge(work, taken);
    if (listed !== undefined) {
      taken.push(listed);
      result.facts.statedAge = listed.value;
    }
  }

  result.rejected = rejected.filter((r, i) => result.facts[r.field] === undefined && rejected.findIndex((o) => o.field === r.field) === i);
  if (context.expecting !== undefined && result.facts[context.expecting] === undefined) {
    answerPending(context.expecting, work, blankOut(work, taken), result);
  }
  return result;
}
