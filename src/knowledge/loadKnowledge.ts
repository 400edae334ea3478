import faqJson from '../../knowledge/faq.json';
import countriesJson from '../../knowledge/countries.json';
import { normalizeText } from './textNormalizer';
import type { CountryRule, FaqEntry } from './types';

/** The validated content of `knowledge/*.json`. */
export interface KnowledgeBase {
  season: number;
  faq: FaqEntry[];
  countries: CountryRule[];
}

const FAQ_FILE = 'knowledge/faq.json';
const COUNTRIES_FILE = 'knowledge/countries.json';
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

type Fields = Record<string, unknown>;

class KnowledgeError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(file: string, where: string, obj: Fields, field: string): string {
  const value = obj[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new KnowledgeError(file, where, `field "${field}" must be a non-empty string`);
  }
  return value;
}

function nonEmptyStrings(file: string, where: string, obj: Fields, field: string): string[] {
  const value = obj[field];
  if (!Array.isArray(value) || value.length === 0) {
    throw new KnowledgeError(file, where, `field "${field}" must be a non-empty array of strings`);
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new KnowledgeError(file, where, `field "${field}[${i}]" must be a non-empty string`);
    }
  });
  return value as string[];
}

function integer(file: string, where: string, obj: Fields, field: string): number {
  const value = obj[field];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new KnowledgeError(file, where, `field "${field}" must be an integer`);
  }
  return value;
}

function season(file: string, raw: Fields): number {
  const value = integer(file, 'root', raw, 'season');
  if (value < 2000) throw new KnowledgeError(file, 'root', `field "season" is not a year: ${value}`);
  return value;
}

function faqEntry(raw: unknown, index: number): FaqEntry {
  if (!isObject(raw)) throw new KnowledgeError(FAQ_FILE, `entry #${index}`, 'must be an object');
  const rawId = raw.id;
  const where = typeof rawId === 'string' && rawId !== '' ? `entry "${rawId}"` : `entry #${index}`;
  const id = nonEmptyString(FAQ_FILE, where, raw, 'id');
  if (!KEBAB_CASE.test(id)) throw new KnowledgeError(FAQ_FILE, where, 'field "id" must be kebab-case');
  if (typeof raw.seasonal !== 'boolean') {
    throw new KnowledgeError(FAQ_FILE, where, 'field "seasonal" must be a boolean');
  }
  return {
    id,
    title: nonEmptyString(FAQ_FILE, where, raw, 'title'),
    phrasings: nonEmptyStrings(FAQ_FILE, where, raw, 'phrasings'),
    keywords: nonEmptyStrings(FAQ_FILE, where, raw, 'keywords'),
    answer: nonEmptyString(FAQ_FILE, where, raw, 'answer'),
    source: nonEmptyString(FAQ_FILE, where, raw, 'source'),
    seasonal: raw.seasonal,
    ...(raw.nextStep === undefined ? {} : { nextStep: nonEmptyString(FAQ_FILE, where, raw, 'nextStep') }),
  };
}

function validateFaq(raw: unknown): { season: number; faq: FaqEntry[] } {
  if (!isObject(raw)) throw new KnowledgeError(FAQ_FILE, 'root', 'must be an object');
  const faqSeason = season(FAQ_FILE, raw);
  if (!Array.isArray(raw.entries) || raw.entries.length === 0) {
    throw new KnowledgeError(FAQ_FILE, 'root', 'field "entries" must be a non-empty array');
  }
  const faq = raw.entries.map((entry: unknown, i) => faqEntry(entry, i));
  const ids = new Set<string>();
  const phrasingOwner = new Map<string, string>();
  for (const entry of faq) {
    if (ids.has(entry.id)) throw new KnowledgeError(FAQ_FILE, `entry "${entry.id}"`, 'duplicate id');
    ids.add(entry.id);
    for (const phrasing of entry.phrasings) {
      const key = normalizeText(phrasing);
      const owner = phrasingOwner.get(key);
      if (owner !== undefined && owner !== entry.id) {
        throw new KnowledgeError(
          FAQ_FILE,
          `entry "${entry.id}"`,
          `phrasing "${phrasing}" is also a phrasing of entry "${owner}"`,
        );
      }
      phrasingOwner.set(key, entry.id);
    }
  }
  for (const entry of faq) {
    if (entry.nextStep !== undefined && !ids.has(entry.nextStep)) {
      throw new KnowledgeError(FAQ_FILE, `entry "${entry.id}"`, `field "nextStep" names no entry: "${entry.nextStep}"`);
    }
  }
  return { season: faqSeason, faq };
}

function optionalRepeat(where: string, raw: Fields): CountryRule['repeatParticipation'] {
  const value = raw.repeatParticipation;
  if (value === undefined) return undefined;
  const field = `${where} repeatParticipation`;
  if (!isObject(value)) throw new KnowledgeError(COUNTRIES_FILE, where, 'field "repeatParticipation" must be an object');
  const sinceYear = integer(COUNTRIES_FILE, field, value, 'sinceYear');
  const maxMonths = integer(COUNTRIES_FILE, field, value, 'maxMonths');
  if (maxMonths <= 0) throw new KnowledgeError(COUNTRIES_FILE, field, 'field "maxMonths" must be > 0');
  return { sinceYear, maxMonths };
}

function countryRule(raw: unknown, index: number): CountryRule {
  if (!isObject(raw)) throw new KnowledgeError(COUNTRIES_FILE, `country #${index}`, 'must be an object');
  const where = typeof raw.code === 'string' && raw.code !== '' ? `country "${raw.code}"` : `country #${index}`;
  const code = nonEmptyString(COUNTRIES_FILE, where, raw, 'code');
  if (!COUNTRY_CODE.test(code)) {
    throw new KnowledgeError(COUNTRIES_FILE, where, 'field "code" must be two capital letters');
  }
  const minAge = integer(COUNTRIES_FILE, where, raw, 'minAge');
  const maxAge = integer(COUNTRIES_FILE, where, raw, 'maxAge');
  if (minAge > maxAge) {
    throw new KnowledgeError(COUNTRIES_FILE, where, `field "minAge" (${minAge}) is above "maxAge" (${maxAge})`);
  }
  const maxMonths = integer(COUNTRIES_FILE, where, raw, 'maxMonths');
  if (maxMonths <= 0) throw new KnowledgeError(COUNTRIES_FILE, where, 'field "maxMonths" must be > 0');
  if (!isObject(raw.table)) throw new KnowledgeError(COUNTRIES_FILE, where, 'field "table" must be an object');
  const table = {
    age: nonEmptyString(COUNTRIES_FILE, `${where} table`, raw.table, 'age'),
    validity: nonEmptyString(COUNTRIES_FILE, `${where} table`, raw.table, 'validity'),
  };
  const rule: CountryRule = { code, name: nonEmptyString(COUNTRIES_FILE, where, raw, 'name'), minAge, maxAge, maxMonths, table };
  const repeatParticipation = optionalRepeat(where, raw);
  if (repeatParticipation !== undefined) rule.repeatParticipation = repeatParticipation;
  if (raw.maxParticipations !== undefined) {
    const maxParticipations = integer(COUNTRIES_FILE, where, raw, 'maxParticipations');
    if (maxParticipations <= 0) {
      throw new KnowledgeError(COUNTRIES_FILE, where, 'field "maxParticipations" must be > 0');
    }
    rule.maxParticipations = maxParticipations;
  }
  return rule;
}

function validateCountries(raw: unknown): { season: number; countries: CountryRule[] } {
  if (!isObject(raw)) throw new KnowledgeError(COUNTRIES_FILE, 'root', 'must be an object');
  const countriesSeason = season(COUNTRIES_FILE, raw);
  if (!Array.isArray(raw.countries) || raw.countries.length === 0) {
    throw new KnowledgeError(COUNTRIES_FILE, 'root', 'field "countries" must be a non-empty array');
  }
  const countries = raw.countries.map((row: unknown, i) => countryRule(row, i));
  const codes = new Set<string>();
  for (const country of countries) {
    if (codes.has(country.code)) throw new KnowledgeError(COUNTRIES_FILE, `country "${country.code}"`, 'duplicate code');
    codes.add(country.code);
  }
  return { season: countriesSeason, countries };
}

/** The same validation as {@link loadKnowledge}, on raw data; throws an Error naming the file, entry and field. */
export function validateKnowledge(faqRaw: unknown, countriesRaw: unknown): KnowledgeBase {
  const { season: faqSeason, faq } = validateFaq(faqRaw);
  const { season: countriesSeason, countries } = validateCountries(countriesRaw);
  if (faqSeason !== countriesSeason) {
    throw new KnowledgeError(
      COUNTRIES_FILE,
      'root',
      `field "season" (${countriesSeason}) differs from ${FAQ_FILE} (${faqSeason})`,
    );
  }
  return { season: faqSeason, faq, countries };
}

/** Loads `knowledge/*.json` and validates them; throws an Error naming the file, entry and field when invalid. */
export function loadKnowledge(): KnowledgeBase {
  return validateKnowledge(faqJson, countriesJson);
}
