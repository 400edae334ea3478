import { evaluate } from '../src/eligibility';
import type { EligibilityRules, EvaluationResult, Profile, ProfileField, Verdict } from '../src/eligibility/types';
import { FACT_TITLES, FACTS_IN_ORDER, factValue, type CountryNamer } from '../src/cards/factValues';
import { criterionTitle, STATUS_LABELS } from '../src/cards/verdictCard';

/** The profile after new facts, and the facts that could not be taken with the reason why. */
export interface ProfileUpdate {
  profile: Profile;
  refused: string[];
}

const judged = new WeakMap<Profile, { rules: EligibilityRules; asOf: string; result: EvaluationResult }>();

/**
 * The engine's judgement of a profile, remembered for that profile object (profiles are replaced,
 * never changed in place), so a turn that validates a new profile and then asks its verdict judges it once.
 */
export function judge(profile: Profile, rules: EligibilityRules, asOf: string): EvaluationResult {
  const known = judged.get(profile);
  if (known !== undefined && known.rules === rules && known.asOf === asOf) return known.result;
  const result = evaluate(profile, rules, { asOf });
  judged.set(profile, { rules, asOf, result });
  return result;
}

/** The facts merged in; a stated age replaces a known date of birth and a date of birth a stated age. */
export function mergeFacts(profile: Profile, facts: Partial<Profile>): Profile {
  const merged: Profile = { ...profile };
  for (const field of Object.keys(facts) as ProfileField[]) {
    if (facts[field] !== undefined) Object.assign(merged, { [field]: facts[field] });
  }
  if (facts.statedAge !== undefined && facts.dateOfBirth === undefined) delete merged.dateOfBirth;
  if (facts.dateOfBirth !== undefined && facts.statedAge === undefined) delete merged.statedAge;
  return merged;
}

/** The profile without the given facts. */
export function withoutFacts(profile: Profile, fields: readonly ProfileField[]): Profile {
  const rest: Profile = { ...profile };
  for (const field of fields) delete rest[field];
  return rest;
}

/**
 * Merges the facts, keeping out those the engine cannot judge together with the rest (an internship
 * ending before it starts, a birth date after today): their messages come back in `refused`.
 */
export function updateProfile(profile: Profile, facts: Partial<Profile>, rules: EligibilityRules, asOf: string): ProfileUpdate {
  const merged = mergeFacts(profile, facts);
  const result = judge(merged, rules, asOf);
  if (result.ok) return { profile: merged, refused: [] };
  const wrong = new Set<string>(result.errors.map((error) => error.field));
  const kept = Object.fromEntries(Object.entries(facts).filter(([field]) => !wrong.has(field))) as Partial<Profile>;
  const partial = mergeFacts(profile, kept);
  const refused = result.errors.map((error) => error.message);
  return judge(partial, rules, asOf).ok ? { profile: partial, refused } : { profile, refused };
}

/** A fact that a message set or changed. */
export interface FactUpdate {
  /** The fact; `dateOfBirth` also stands for the stated age. */
  field: ProfileField;
  title: string;
  value: string;
  /** The value it replaced; absent for a new fact. */
  previous?: string;
}

/** The facts that differ between two profiles, in asking order; the date of birth and stated age count as one. */
export function factUpdates(before: Profile, after: Profile, countryName: CountryNamer): FactUpdate[] {
  const updates: FactUpdate[] = [];
  const ageField = (profile: Profile): ProfileField => (profile.dateOfBirth !== undefined ? 'dateOfBirth' : 'statedAge');
  for (const field of FACTS_IN_ORDER) {
    if (field === 'statedAge') continue;
    const [was, now] = field === 'dateOfBirth' ? [ageField(before), ageField(after)] : [field, field];
    const value = factValue(after, now, countryName);
    let previous = factValue(before, was, countryName);
    if (value === undefined || (value === previous && was === now)) continue;
    if (previous !== undefined && was !== now) previous = `${FACT_TITLES[was].toLowerCase()} ${previous}`;
    const update: FactUpdate = { field, title: FACT_TITLES[now], value };
    updates.push(previous === undefined ? update : { ...update, previous });
  }
  return updates;
}

/** "Citizenship: Switzerland (was Germany); Age: 31". */
export function describeUpdates(updates: readonly FactUpdate[]): string {
  return updates
    .map((u) => `${u.title}: ${u.value}${u.previous === undefined ? '' : ` (was ${u.previous})`}`)
    .join('; ');
}

/** The criteria whose status differs between two verdicts: "Age: now not met (was met)". */
export function verdictChanges(before: Verdict, after: Verdict): string[] {
  const changes: string[] = [];
  for (const criterion of after.criteria) {
    const earlier = before.criteria.find((c) => c.id === criterion.id);
    if (earlier === undefined || earlier.status === criterion.status) continue;
    const now = STATUS_LABELS[criterion.status].toLowerCase();
    changes.push(`${criterionTitle(criterion.id)}: now ${now} (was ${STATUS_LABELS[earlier.status].toLowerCase()})`);
  }
  return changes;
}
