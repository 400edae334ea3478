import type { TurnContext } from 'botbuilder';
import { FACTS_IN_ORDER, factValue } from '../src/cards/factValues';
import { verdictCard } from '../src/cards/verdictCard';
import { nextStepsFor } from '../src/cards/nextSteps';
import type { Profile, ProfileField, Verdict } from '../src/eligibility/types';
import type { ExtractedFacts } from '../src/understanding/types';
import type { CheckState } from './checkState';
import type { DialogServices } from './dialogServices';
import { describeUpdates, factUpdates, judge, mergeFacts, updateProfile, verdictChanges, withoutFacts } from './profileUpdate';
import { cardReply } from './replies';
import { todayOf } from './turnReading';

/** The English name of a country code, as the engine names it. */
export function countryNamer(services: DialogServices): (code: string) => string {
  return (code) => services.rules.countries.find((c) => c.code === code)?.name ?? services.rules.countryNames[code] ?? code;
}

/** The verdict on the profile today; the profile is kept valid by {@link recordFacts}, so an error is a bug. */
export function verdictOf(context: TurnContext, services: DialogServices, profile: Profile): Verdict {
  const result = judge(profile, services.rules, todayOf(context, services.clock));
  if (!result.ok) throw new Error(`The profile cannot be judged: ${result.errors.map((e) => e.message).join(' ')}`);
  return result.verdict;
}

/** Sends the verdict on the profile as a card (or text), with the next steps when it may lead to an application. */
export async function sendVerdict(context: TurnContext, services: DialogServices, profile: Profile): Promise<Verdict> {
  const verdict = verdictOf(context, services, profile);
  const card = verdictCard(verdict, {
    asOf: todayOf(context, services.clock),
    season: services.knowledge.season,
    nextSteps: nextStepsFor(verdict, services.knowledge.faq),
  });
  await context.sendActivity(cardReply(context, card));
  return verdict;
}

/** The engine's label of a fact ("your date of birth"); the date of birth's also for the stated age. */
export function factLabel(services: DialogServices, field: ProfileField): string {
  const asked = field === 'statedAge' ? 'dateOfBirth' : field;
  const fact = services.rules.criteria.flatMap((rule) => rule.asks).find((f) => f.field === asked);
  return fact?.label ?? asked;
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Forgets the facts so that the check asks them again, and says so. */
export async function forgetFacts(
  context: TurnContext,
  services: DialogServices,
  check: CheckState,
  fields: readonly ProfileField[],
): Promise<void> {
  check.profile = withoutFacts(check.profile, fields);
  check.skipped = check.skipped.filter((field) => !fields.includes(field));
  check.confirming = undefined;
  const labels = [...new Set(fields.map((field) => factLabel(services, field)))];
  await context.sendActivity(`OK, let's redo that: I'll ask you again for ${andList(labels)}.`);
}

/** A reading's facts in words: "3 April 1999", "1 June 2027 to 30 November 2027". */
export function readingText(facts: Partial<Profile>, namer: (code: string) => string): string {
  return FACTS_IN_ORDER.map((field) => factValue(facts, field, namer)).filter((v) => v !== undefined).join(' to ');
}

/** Fields an answer to a question about `asking` may give. */
export function answeredBy(asking: ProfileField): ProfileField[] {
  switch (asking) {
    case 'dateOfBirth':
    case 'statedAge':
      return ['dateOfBirth', 'statedAge'];
    case 'internshipStart':
    case 'internshipEnd':
      return ['internshipStart', 'internshipEnd'];
    default:
      return [asking];
  }
}

/**
 * Puts the facts of a message into the check and tells the person what it took: facts given besides
 * the answer to `asking`, changed answers and how they change the verdict, and facts it could not take.
 * A reading to confirm is kept in `check.confirming`.
 */
export async function recordFacts(
  context: TurnContext,
  services: DialogServices,
  check: CheckState,
  reading: ExtractedFacts,
  asking?: ProfileField,
): Promise<void> {
  const previous = check.profile;
  const update = updateProfile(previous, reading.facts, services.rules, todayOf(context, services.clock));
  const updates = factUpdates(previous, update.profile, countryNamer(services));
  check.profile = update.profile;
  check.skipped = check.skipped.filter((field) => update.profile[field] === undefined);
  if (reading.ambiguities.length > 0 && update.refused.length === 0) check.confirming = reading.ambiguities[0];

  const answered = asking === undefined ? [] : answeredBy(asking);
  const changed = updates.filter((u) => u.previous !== undefined);
  const added = updates.filter((u) => u.previous === undefined && !answered.includes(u.field));
  const lines: string[] = [];
  if (added.length > 0) lines.push(`Noted: ${describeUpdates(added)}.`);
  if (changed.length > 0) {
    const changedFields = changed.flatMap((u): ProfileField[] => (u.field === 'dateOfBirth' ? ['dateOfBirth', 'statedAge'] : [u.field]));
    const withoutChanges = mergeFacts(previous, withoutFacts(update.profile, changedFields));
    const effects = verdictChanges(verdictOf(context, services, withoutChanges), verdictOf(context, services, check.profile));
    lines.push(`Updated: ${describeUpdates(changed)}.`);
    lines.push(effects.length > 0 ? `That changes the verdict: ${effects.join('; ')}.` : 'That does not change the verdict so far.');
  }
  lines.push(...update.refused.map((message) => `I couldn't take that: ${message}`));
  if (lines.length > 0) await context.sendActivity(lines.join('\n\n'));
}
