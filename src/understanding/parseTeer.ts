import type { Teer } from '../eligibility/types';
import { normalizeText } from './normalizeText';
import type { ParseResult } from './types';

/** A TEER category found in a message and where it is, `[index, end)`; `value` may be out of range. */
export interface TeerMention {
  value: number;
  index: number;
  end: number;
}

/** Which weaker forms {@link findTeer} accepts besides "TEER 2" and a five-digit NOC code. */
export interface TeerCues {
  /** "category 2" without the word TEER. */
  category: boolean;
  /** A lone number as the whole answer. */
  bare: boolean;
}

const WORDS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const VALUE = String.raw`(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine)\b`;
const FILLER = String.raw`\s*(?:category|cat\.?|level|code|group|class)?\s*(?:is|of|=|:|#|-|no\.?|number)?\s*`;
const TEER = new RegExp(String.raw`\bteer(?![a-z])${FILLER}${VALUE}`, 'i');
const CATEGORY = new RegExp(String.raw`\b(?:category|cat\.?|level)\s*(?:is|of|=|:|#|-|no\.?|number)?\s*${VALUE}`, 'i');
const NOC_CODE = /\bnoc\s*(?:code)?\s*(?:is|:|#|-)?\s*\d(\d)\d{3}\b/i;
const BARE = new RegExp(String.raw`^\s*(?:it's|it is)?\s*${VALUE}\s*[.!]?\s*$`, 'i');

function mention(match: RegExpExecArray | null, group: number): TeerMention | undefined {
  if (match === null) return undefined;
  const word = match[group].toLowerCase();
  return { value: WORDS[word] ?? Number(word), index: match.index, end: match.index + match[0].length };
}

/**
 * Finds a TEER category: "TEER 1", "teer category 2", "NOC TEER 3", a NOC 2021 code such as
 * "NOC 21231" (its second digit is the TEER category), and with `cues` "category 0" or a lone "2".
 */
export function findTeer(text: string, cues: TeerCues): TeerMention | undefined {
  return mention(TEER.exec(text), 1)
    ?? mention(NOC_CODE.exec(text), 1)
    ?? (cues.category ? mention(CATEGORY.exec(text), 1) : undefined)
    ?? (cues.bare ? mention(BARE.exec(text), 1) : undefined);
}

/** True for the categories that exist, 0 to 5. */
export function isTeer(value: number): value is Teer {
  return Number.isInteger(value) && value >= 0 && value <= 5;
}

/** Reads the internship's NOC TEER category: "TEER 1", "teer category 2", "category 0", or just "2". */
export function parseTeer(text: string): ParseResult<Teer> {
  const found = findTeer(normalizeText(text), { category: true, bare: true });
  if (found === undefined) {
    return { ok: false, reason: "I couldn't find a TEER category there. It is a number from 0 to 5, e.g. TEER 2." };
  }
  if (!isTeer(found.value)) return { ok: false, reason: 'TEER categories go from 0 to 5. Which one is the internship?' };
  return { ok: true, value: found.value };
}
