import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { bareAnswer } from './normalizeText';
import type { ParseResult } from './types';

const NONE = /^(?:none|never|no|nope|nah|zero|not yet|not once|no times?|never before|not really|nothing|first time)\b|^(?:this (?:is|will be|would be) )?my first\b|\bnever\b/;
const SPELLED: [RegExp, number][] = [
  [/\b(?:once|one time|a single time)\b/, 1],
  [/\b(?:twice|two times)\b/, 2],
  [/\b(?:thrice|three times)\b/, 3],
];
const MAX_COUNT = 20;

/** Reads how many times something happened: "none", "never", "once", "twice", "3 times", "1". */
export function parseCount(text: string): ParseResult<number> {
  const answer = bareAnswer(text);
  if (NONE.test(answer)) return { ok: true, value: 0 };
  for (const [pattern, value] of SPELLED) if (pattern.test(answer)) return { ok: true, value };
  const numbers = recognizeNumber(answer, Culture.English).map((r) => Number((r.resolution as { value?: string }).value));
  if (numbers.length === 1 && Number.isInteger(numbers[0]) && numbers[0] >= 0 && numbers[0] <= MAX_COUNT) {
    return { ok: true, value: numbers[0] };
  }
  if (/^(?:yes|yeah|yep|sure|i have|i did)\b/.test(answer)) {
    return { ok: false, reason: 'How many times, e.g. once or twice?' };
  }
  return { ok: false, reason: "I couldn't read a number there. Try e.g. never, once or twice." };
}
