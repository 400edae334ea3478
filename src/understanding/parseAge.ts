import { Culture, recognizeAge, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { normalizeText } from './normalizeText';
import { AGE_RANGE } from './parseDate';
import type { ParseResult } from './types';

/** An age stated in a message and where it is, `[index, end)`. */
export interface AgeMention {
  value: number;
  index: number;
  end: number;
}

const AGE_BEFORE = /\b(?:i'm|i am|im|i'm now|i am now|i just turned|i turned|age|aged|age is|my age is)\s*:?\s*$/i;
const FUTURE_AGE = /\b(?:i'll be|i will be|turning|going to be|about to be)\b/i;
const OTHER_UNIT_AFTER = /^\s*(?:months?|weeks?|days?|hours?)\b/i;
const NOT_AN_AGE_AFTER = /^\s*(?:%|percent|months?|weeks?|days?|hours?|k\b|dollars?|euros?|\$|cad|times?|st\b|nd\b|rd\b|th\b|[:/.]\d|-\w)/i;

/** A digit or a number word; without one no age is stated. */
const NUMBER_CUE = /\d|\b(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?\w+/i;

interface Recognized {
  start: number;
  end: number;
  resolution?: { value?: string; unit?: string };
}

function plausible(value: number): boolean {
  return Number.isInteger(value) && value >= AGE_RANGE.min && value <= AGE_RANGE.max;
}

/**
 * Finds an age the person states about themselves: "I'm 24", "24 years old", "aged twenty-four",
 * "actually I'm 31". A number without such a cue is not an age here.
 */
export function findStatedAge(text: string): AgeMention | undefined {
  if (!NUMBER_CUE.test(text)) return undefined;
  for (const r of recognizeAge(text, Culture.English) as Recognized[]) {
    const value = Number(r.resolution?.value);
    const unit = r.resolution?.unit;
    if ((unit === 'Year' || unit === 'Age') && plausible(value)) return { value, index: r.start, end: r.end + 1 };
  }
  for (const r of recognizeNumber(text, Culture.English) as Recognized[]) {
    const value = Number(r.resolution?.value);
    if (!plausible(value)) continue;
    if (AGE_BEFORE.test(text.slice(0, r.start)) && !NOT_AN_AGE_AFTER.test(text.slice(r.end + 1))) {
      return { value, index: r.start, end: r.end + 1 };
    }
  }
  return undefined;
}

/** Reads an age in years: "24", "I'm 24", "24 years old", "twenty-four". Accepts 10 to 100. */
export function parseAge(text: string): ParseResult<number> {
  const normalized = normalizeText(text).replace(/(\d)(?=[a-z])/gi, '$1 ');
  if (FUTURE_AGE.test(normalized)) return { ok: false, reason: 'How old are you today, in years?' };
  const stated = findStatedAge(normalized);
  if (stated !== undefined) return { ok: true, value: stated.value };
  const ages = recognizeAge(normalized, Culture.English) as Recognized[];
  if (ages.some((r) => r.resolution?.unit !== 'Year' && r.resolution?.unit !== 'Age')) {
    return { ok: false, reason: 'Please give your age in years, e.g. 24.' };
  }
  const numbers = recognizeNumber(normalized, Culture.English) as Recognized[];
  if (numbers.length === 0) return { ok: false, reason: "I couldn't read an age there, try e.g. 24." };
  if (numbers.length > 1) return { ok: false, reason: 'Just your age in years, please, e.g. 24.' };
  if (OTHER_UNIT_AFTER.test(normalized.slice(numbers[0].end + 1))) return { ok: false, reason: 'Please give your age in years, e.g. 24.' };
  const value = Number(numbers[0].resolution?.value);
  if (!plausible(value)) {
    return { ok: false, reason: "That doesn't look like an age. Please give your age in years, e.g. 24, or your full date of birth." };
  }
  return { ok: true, value };
}
