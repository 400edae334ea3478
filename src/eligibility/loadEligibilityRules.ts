import worldCountries from 'world-countries';
import criteriaJson from '../../knowledge/criteria.json';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import type { CountryRule } from '../knowledge/types';
import { BOOLEAN_FIELDS, NOT_ASKED_FIELDS, PROFILE_FIELDS } from './profileFields';
import { PERMIT_REASON_KEYS, PLACEHOLDERS, REASON_KEYS, placeholdersOf } from './reasonTemplates';
import type {
  AskedFact, CriterionCheck, CriterionRule, EligibilityRules, PermitRule, ProfileField, Teer, VerdictNote,
  VerdictStatus,
} from './types';

const FILE = 'knowledge/criteria.json';

const TEERS: readonly Teer[] = [0, 1, 2, 3, 4, 5];

type Fields = Record<string, unknown>;

function fail(where: string, problem: string): never {
  throw new Error(`${FILE}: ${where}: ${problem}`);
}

function object(where: string, value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'must be an object');
  return value as Fields;
}

function array(where: string, value: unknown): unknown[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, 'must be a non-empty array');
  return value;
}

function text(where: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'must be a non-empty string');
  return value;
}

function profileField(where: string, value: unknown): ProfileField {
  const field = PROFILE_FIELDS.find((name) => name === value);
  if (field === undefined) fail(where, `"${String(value)}" is not a profile field`);
  return field;
}

function teers(where: string, value: unknown): Teer[] {
  return array(where, value).map((item, i) => {
    const teer = TEERS.find((t) => t === item);
    if (teer === undefined) fail(`${where}[${i}]`, 'must be a TEER category from 0 to 5');
    return teer;
  });
}

function check(where: string, raw: unknown): CriterionCheck {
  const fields = object(where, raw);
  switch (fields.kind) {
    case 'citizenship':
    case 'internshipDates':
    case 'passport':
    case 'participations':
      return { kind: fields.kind };
    case 'age': {
      const days = fields.lastDayWarningDays;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
        fail(where, '"lastDayWarningDays" must be a non-negative integer');
      }
      return { kind: 'age', lastDayWarningDays: days };
    }
    case 'fact': {
      const field = profileField(`${where}.field`, fields.field);
      if (!BOOLEAN_FIELDS.includes(field)) fail(`${where}.field`, `"${field}" is not a yes/no fact`);
      if (typeof fields.expected !== 'boolean') fail(`${where}.expected`, 'must be a boolean');
      if (fields.otherwise !== 'not-met' && fields.otherwise !== 'conditional') {
        fail(`${where}.otherwise`, 'must be "not-met" or "conditional"');
      }
      return { kind: 'fact', field, expected: fields.expected, otherwise: fields.otherwise };
    }
    case 'teer': {
      const result = {
        kind: 'teer' as const,
        met: teers(`${where}.met`, fields.met),
        conditional: teers(`${where}.conditional`, fields.conditional),
        notMet: teers(`${where}.notMet`, fields.notMet),
      };
      const all = [...result.met, ...result.conditional, ...result.notMet].sort();
      if (all.join() !== TEERS.join()) fail(where, 'each TEER category from 0 to 5 must be listed exactly once');
      return result;
    }
    default:
      return fail(`${where}.kind`, `unknown kind "${String(fields.kind)}"`);
  }
}

function reasons(where: string, raw: unknown, keys: readonly string[], allowed: readonly string[]): Record<string, string> {
  const fields = object(where, raw);
  const result: Record<string, string> = {};
  for (const key of keys) {
    const template = text(`${where}.${key}`, fields[key]);
    const unknown = placeholdersOf(template).filter((name) => !allowed.includes(name));
    if (unknown.length > 0) fail(`${where}.${key}`, `unknown placeholder {${unknown.join('}, {')}}`);
    result[key] = template;
  }
  const extra = Object.keys(fields).filter((key) => !keys.includes(key));
  if (extra.length > 0) fail(where, `unexpected reason "${extra.join('", "')}"`);
  return result;
}

function askedFact(where: string, raw: unknown): AskedFact {
  const fields = object(where, raw);
  return {
    field: profileField(`${where}.field`, fields.field),
    label: text(`${where}.label`, fields.label),
    question: text(`${where}.question`, fields.question),
  };
}

function criterion(raw: unknown, index: number): CriterionRule {
  const fields = object(`criteria[${index}]`, raw);
  const id = text(`criteria[${index}].id`, fields.id);
  const where = `criterion "${id}"`;
  const parsedCheck = check(`${where}.check`, fields.check);
  const keys: readonly string[] = parsedCheck.kind === 'fact'
    ? [...REASON_KEYS.fact, parsedCheck.otherwise === 'not-met' ? 'notMet' : 'conditional']
    : REASON_KEYS[parsedCheck.kind];
  const rule: CriterionRule = {
    id,
    check: parsedCheck,
    asks: array(`${where}.asks`, fields.asks).map((item, i) => askedFact(`${where}.asks[${i}]`, item)),
    source: text(`${where}.source`, fields.source),
    reasons: reasons(`${where}.reasons`, fields.reasons, keys, PLACEHOLDERS[parsedCheck.kind]),
  };
  if (fields.policy !== undefined) rule.policy = text(`${where}.policy`, fields.policy);
  return rule;
}

function checkCoverage(criteria: CriterionRule[]): void {
  const ids = new Set<string>();
  const asked = new Set<ProfileField>();
  for (const rule of criteria) {
    if (ids.has(rule.id)) fail(`criterion "${rule.id}"`, 'duplicate id');
    ids.add(rule.id);
    for (const fact of rule.asks) {
      if (asked.has(fact.field)) fail(`criterion "${rule.id}"`, `field "${fact.field}" is already asked`);
      asked.add(fact.field);
    }
  }
  for (const field of PROFILE_FIELDS) {
    if (!NOT_ASKED_FIELDS.includes(field) && !asked.has(field)) fail('criteria', `no criterion asks for "${field}"`);
  }
  for (const kind of Object.keys(REASON_KEYS)) {
    const count = criteria.filter((rule) => rule.check.kind === kind).length;
    if (kind !== 'fact' && count !== 1) fail('criteria', `kind "${kind}" must appear exactly once, found ${count}`);
  }
}

function permitRule(raw: unknown): PermitRule {
  const fields = object('permit', raw);
  return {
    source: text('permit.source', fields.source),
    reasons: reasons('permit.reasons', fields.reasons, PERMIT_REASON_KEYS, PLACEHOLDERS.permit),
  };
}

function summaries(raw: unknown): Record<VerdictStatus, string> {
  const fields = object('summaries', raw);
  const summary = (status: VerdictStatus): string => text(`summaries.${status}`, fields[status]);
  return {
    eligible: summary('eligible'),
    'not-eligible': summary('not-eligible'),
    'possibly-eligible': summary('possibly-eligible'),
    incomplete: summary('incomplete'),
  };
}

function notes(raw: unknown): VerdictNote[] {
  return array('notes', raw).map((item, i) => {
    const fields = object(`notes[${i}]`, item);
    return {
      id: text(`notes[${i}].id`, fields.id),
      text: text(`notes[${i}].text`, fields.text),
      source: text(`notes[${i}].source`, fields.source),
    };
  });
}

/**
 * Builds the rules from the country table and raw criteria data (the content of `knowledge/criteria.json`);
 * throws an Error naming the file, entry and field when the data is invalid.
 */
export function buildEligibilityRules(
  countries: CountryRule[],
  criteriaRaw: unknown,
  countryNames: Record<string, string> = {},
): EligibilityRules {
  if (countries.length === 0) throw new Error('The country table is empty');
  const root = object('root', criteriaRaw);
  const criteria = array('criteria', root.criteria).map((raw, i) => criterion(raw, i));
  checkCoverage(criteria);
  return {
    countries,
    countryNames,
    criteria,
    permit: permitRule(root.permit),
    summaries: summaries(root.summaries),
    notes: notes(root.notes),
  };
}

/** English country names by ISO 3166-1 alpha-2 code. */
function worldCountryNames(): Record<string, string> {
  return Object.fromEntries(worldCountries.map((country) => [country.cca2, country.name.common]));
}

/** The rules from `knowledge/countries.json` (through {@link loadKnowledge}) and `knowledge/criteria.json`. */
export function loadEligibilityRules(): EligibilityRules {
  const knowledge = loadKnowledge();
  const season = object('root', criteriaJson).season;
  if (season !== knowledge.season) {
    fail('root', `field "season" (${String(season)}) differs from the knowledge base (${knowledge.season})`);
  }
  return buildEligibilityRules(knowledge.countries, criteriaJson, worldCountryNames());
}
