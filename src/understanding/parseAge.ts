import { Culture, recognizeAge, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { PERSON_WORDS } from './findCountries';
import { normalizeText } from './normalizeText';
import { AGE_RANGE } from './parseDate';
import { maskOut, type Span } from './spans';
import type { ParseResult } from './types';

/** An age stated in a message and where it is, `[index, end)`. */
export interface AgeMention {
  value: number;
  index: number;
  end: number;
}

const ADVERB = String.raw`(?:actually|now|only|just|already|currently|still|really|literally)`;
const AGE_BEFORE = new RegExp(String.raw`\b(?:(?:i'm|i am|im)(?:\s+${ADVERB})?|(?:^|\bi\s+)(?:just |recently )?turned|age|aged|age is|my age is)\s*:?\s*$`, 'i');
/** "I'm Swedish and 24", "I'm Lena, 21": the age follows a first word about the person. */
const AGE_AFTER_DESCRIPTION = /\b(?:i'm|i am|im)\s+(?:an?\s+)?[a-z][\w'-]*(?:\s*[,&+]\s*|\s+(?:and|n|nd)\s+)$/i;
/** What may follow an age given after a description: the end, a break, "years old", "now". */
const END_OF_AGE = /^\s*(?:$|[^\w\s$%]|and\b|but\b|now\b|years?\b|yrs?\b|yo\b|y\/o|y\.o\.)/i;
/** "24 y/o", "25yrs old", "26 yo": digits with a unit of age the recognizers miss. */
const AGE_WITH_UNIT = /\b(\d{2,3})\s*(?:y\/o|y\.o\.?|yo|(?:yrs?|years?)\s*old)(?![\w/])/i;
/** A clause that is only an age: "27F", "27/m", "26 years,". */
const BARE_AGE_CLAUSE = /(?:^|[,;.!?]\s*|\b(?:i'm|im|i am)\s+)(\d{2})\s?(?:[fm]|\/\s?[fm]|(?:years?|yrs?)(?=\s*(?:[,;.!?]|$)))(?![\w/])/i;
/** "I'm Marco (28)": an age in brackets after the name. */
const AGE_AFTER_NAME = /\b(?:i'm|i am|im)\s+[a-z][\w'-]*\s*\(\s*(\d{2})\s*\)/i;
/** An age that is not today's: "I'll be 25", "turning 31", "almost 30". */
const FUTURE_BEFORE = /\b(?:i'll be|i will be|i'm going to be|going to be|about to be|turning|turn|will turn|almost|nearly|soon)\s*$/i;
/** "I turned 30 last year": an age reached some time ago, not today's. */
const PAST_AFTER = /^\s*(?:last year|in (?:19|20)\d{2}|\w+ years? ago)\b/i;
/** Where the clause of an age starts. */
const CLAUSE_BEFORE = /(?:^|[,;.!?]|\band\b|\bbut\b)(?![\s\S]*(?:[,;.!?]|\band\b|\bbut\b))/i;
/** Someone else's age: "my son is 12 years old", "I have a 10 year old". */
const OTHER_PERSON = /\b(?:my|our|his|her|their|he|she|they|have|has|got)\b/i;
const OWN = /\b(?:i'm|i am|im|aged?|my age)\b/i;
const FUTURE_AGE = /\b(?:i'll be|i will be|turning|going to be|about to be)\b|\d\s*(?:next (?:week|month|year)|soon|in (?:a |an )?(?:few |couple of )?(?:\d+ |one |two |three )?(?:days?|weeks?|months?))\b/i;
const OTHER_UNIT_AFTER = /^\s*(?:months?|weeks?|days?|hours?)\b/i;
const NOT_AN_AGE_AFTER = /^(?:st|nd|rd|th)\b|^\s*(?:%|percent|months?|weeks?|days?|hours?|k\b|dollars?|euros?|\$|cad|times?|[:/.]\d|-\w)/i;

/** A digit or a number word; without one no age is stated. */
const NUMBER_CUE = /\d|\b(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?\w+/i;

interface Recognized {
  start: number;
  end: number;
  resolution?: { value?: string; unit?: string };
}

/** A number written in words; without one, the numbers of a text are its digits. */
export const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half)/i;
/** Digits, with their decimal or thousands separators. */
const DIGITS = /(?<![\d.,])\d+(?:[.,]\d+)*(?![\d\p{L}])/gu;
/** A unit the age recognizer needs ("24 years old", "six months"); without one it finds nothing. */
const AGE_UNIT = /year|yr|month|week|day|old|age/i;

/**
 * The numbers of a text, as the number recognizer gives them: read directly when they are only
 * digits (the recognizer costs far more than the regular expression), else by the recognizer.
 */
function numbersIn(text: string): Recognized[] {
  if (NUMBER_WORD.test(text)) return recognizeNumber(text, Culture.English) as Recognized[];
  return [...text.matchAll(DIGITS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length - 1,
    resolution: { value: String(Number(m[0].replace(/,(?=\d{3}(?:\D|$))/g, ''))) },
  }));
}

/** The ages the age recognizer finds; none without a unit of age, which it then is not asked about. */
function agesIn(text: string): Recognized[] {
  return AGE_UNIT.test(text) ? (recognizeAge(text, Culture.English) as Recognized[]) : [];
}

function plausible(value: number): boolean {
  return Number.isInteger(value) && value >= AGE_RANGE.min && value <= AGE_RANGE.max;
}

/** True if the age at `[start, end)` is the person's own age today, not one to come or long reached. */
function todays(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const clause = before.slice(CLAUSE_BEFORE.exec(before)?.index ?? 0);
  if (OTHER_PERSON.test(clause) && !OWN.test(clause)) return false;
  return !FUTURE_BEFORE.test(before) && !PAST_AFTER.test(text.slice(end));
}

/**
 * Finds an age the person states about themselves: "I'm 24", "24 years old", "aged twenty-four",
 * "I'm actually 31", "I'm Swedish and 24", "24 y/o", "27F". A number without such a cue is not an age here,
 * nor is an age to come ("I'll be 25 next month") or reached long ago ("I turned 30 last year").
 */
export function findStatedAge(text: string): AgeMention | undefined {
  if (!NUMBER_CUE.test(text)) return undefined;
  for (const r of agesIn(text)) {
    const value = Number(r.resolution?.value);
    const unit = r.resolution?.unit;
    if ((unit === 'Year' || unit === 'Age') && plausible(value) && todays(text, r.start, r.end + 1)) {
      return { value, index: r.start, end: r.end + 1 };
    }
  }
  for (const pattern of [AGE_WITH_UNIT, BARE_AGE_CLAUSE, AGE_AFTER_NAME]) {
    const m = pattern.exec(text);
    if (m === null || !plausible(Number(m[1]))) continue;
    const index = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    if (todays(text, index, end)) return { value: Number(m[1]), index, end };
  }
  for (const r of numbersIn(text)) {
    const value = Number(r.resolution?.value);
    if (!plausible(value)) continue;
    const before = text.slice(0, r.start);
    const after = text.slice(r.end + 1);
    const cued = (AGE_BEFORE.test(before) && !NOT_AN_AGE_AFTER.test(after))
      || (AGE_AFTER_DESCRIPTION.test(before) && END_OF_AGE.test(after));
    if (cued && !PAST_AFTER.test(after)) return { value, index: r.start, end: r.end + 1 };
  }
  return undefined;
}

/** What separates the items of a self-description list ("Sweden, 25, student", "26. Irish.", "25 and German"), not the digits of "25,000". */
const LIST_BREAK = /(?<!\d)[,.]|[,.](?!\d)|[;!?\n]|\s(?:and|n|nd|&|\+)(?=\s)/gi;
const GREETING = /^(?:hi|hey|hello|heya|hiya)\s+/i;
/** Words about the person after a listed age: "25 (German) student", "26 here". */
const PERSON_AFTER_AGE = new RegExp(String.raw`(?:\s+(?:${PERSON_WORDS}))+$`, 'i');
/** An item that ends in a month name: the number after it is a day ("June, 25"). */
const MONTH_END = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
/** An item before the number that is about numbers or other people: "my kids are 16 and 18", "2 kids, 25". */
const NOT_OWN_BEFORE = /(?:\d|\b(?:kids?|child(?:ren)?|sons?|daughters?|brothers?|sisters?|siblings?|parents?|mom|mum|dad|wife|husband|partner|girlfriend|boyfriend|friends?))\s*$/i;
const LISTED_AGE = { min: 15, max: 99 } as const;

/** The value of an item that is only a number, in digits or words ("25", "twenty three"). */
function bareNumber(item: string): number | undefined {
  if (/^\d{2}$/.test(item)) return Number(item);
  if (/\d/.test(item) || !NUMBER_CUE.test(item)) return undefined;
  const numbers = recognizeNumber(item, Culture.English) as Recognized[];
  if (numbers.length !== 1 || numbers[0].start !== 0 || numbers[0].end + 1 !== item.length) return undefined;
  return Number(numbers[0].resolution?.value);
}

/**
 * An age given as a bare number in a list of self-descriptions: "Sweden, 25, student", "german here,
 * 25", "twenty three, portuguese". Only an item that is nothing but a number from 15 to 99 counts, so
 * "3 months", "25 dollars", "TEER 2" or a year never do; the caller makes sure the list describes the
 * person. Characters of `taken` (dates, countries found before) are not items.
 */
export function findListedAge(text: string, taken: readonly Span[]): AgeMention | undefined {
  const free = maskOut(text, taken);
  const items: Span[] = [];
  let start = 0;
  for (const m of [...free.matchAll(LIST_BREAK), undefined]) {
    const end = m === undefined ? free.length : m.index;
    items.push({ index: start, end });
    if (m !== undefined) start = m.index + m[0].length;
  }
  const found: AgeMention[] = [];
  for (const [i, item] of items.entries()) {
    const raw = free.slice(item.index, item.end);
    const words = raw.trim().replace(GREETING, '').replace(PERSON_AFTER_AGE, '');
    const value = bareNumber(words);
    if (value === undefined || !Number.isInteger(value) || value < LISTED_AGE.min || value > LISTED_AGE.max) continue;
    const previous = items[i - 1];
    const before = previous === undefined ? '' : text.slice(previous.index, previous.end).trim();
    if (MONTH_END.test(before) || NOT_OWN_BEFORE.test(before)) continue;
    const index = item.index + raw.indexOf(words);
    found.push({ value, index, end: index + words.length });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Reads an age in years: "24", "I'm 24", "24 years old", "twenty-four". Accepts 10 to 100. */
export function parseAge(text: string): ParseResult<number> {
  const normalized = normalizeText(text).replace(/(\d)(?=[a-z])/gi, '$1 ');
  if (FUTURE_AGE.test(normalized)) return { ok: false, reason: 'How old are you today, in years?' };
  const stated = findStatedAge(normalized);
  if (stated !== undefined) return { ok: true, value: stated.value };
  const ages = agesIn(normalized);
  if (ages.some((r) => r.resolution?.unit !== 'Year' && r.resolution?.unit !== 'Age')) {
    return { ok: false, reason: 'Please give your age in years, e.g. 24.' };
  }
  const numbers = numbersIn(normalized);
  if (numbers.length === 0) return { ok: false, reason: "I couldn't read an age there, try e.g. 24." };
  if (numbers.length > 1) return { ok: false, reason: 'Just your age in years, please, e.g. 24.' };
  if (OTHER_UNIT_AFTER.test(normalized.slice(numbers[0].end + 1))) return { ok: false, reason: 'Please give your age in years, e.g. 24.' };
  const value = Number(numbers[0].resolution?.value);
  if (!plausible(value)) {
    return { ok: false, reason: "That doesn't look like an age. Please give your age in years, e.g. 24, or your full date of birth." };
  }
  return { ok: true, value };
}
