import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { bareAnswer } from './normalizeText';
import type { ParseResult } from './types';

const UNSURE = /\b(?:not sure|unsure|(?:don't|do not|dont) know|dunno|no idea|not certain|no clue|idk|maybe|perhaps|possibly|can't say|cannot say|undecided|it depends|depends)\b/;
const NO_FIRST = /^(?:no|nope|nah|naw|nay|never|negative|not really|not at all|not yet|not quite|none|false|n|of course not|definitely not|absolutely not|certainly not|unfortunately not|sadly not)\b/;
const NEGATED_STATEMENT = /^(?:i|we|it|that)\s*(?:'m|am|do|does|have|'ve|has|will|'ll|can|did|was|had|would|could|is|'s|wo|ca)?\s*(?:not|n't|'t|never)\b/;
const YES_FIRST = /^(?:yes|yeah|yea|yep|yup|ya|yah|yess+|sure|of course|definitely|absolutely|certainly|indeed|correct|right|that's right|exactly|true|ok|okay|y|affirmative|totally|i do|i am|i'm|i have|i've|i will|i'll|i can|i did|it is|it's|it does|it will|we do|we are|we have|that's correct|will do|can do|(?:will|can|going to) (?:buy|book|get|take out|have|bring|sort out) (?:it|one|them|that))\b/;
const NEGATION = /\b(?:no|not|never|cannot|without|none)\b|n't\b/;

/** True if the answer opens with a plain yes or no ("yes", "nope, ..."), as opposed to a statement. */
export function startsWithYesOrNo(text: string): boolean {
  const answer = bareAnswer(text);
  return /^(?:yes|yeah|yea|yep|yup|sure|of course|definitely|absolutely|certainly|correct|no|nope|nah|not really|never|negative)\b/.test(answer);
}

/**
 * Reads a yes/no answer: "yes", "yep", "of course", "I do", "correct", "👍"; "no", "nope", "not really",
 * "I don't", "never". "I'm not sure" and "don't know" are not answers: they come back with a reason.
 */
export function parseYesNo(text: string): ParseResult<boolean> {
  const answer = bareAnswer(text);
  if (answer === '') return { ok: false, reason: 'Please answer yes or no.' };
  if (UNSURE.test(answer)) {
    return { ok: false, reason: "No problem. When you know, just answer yes or no (I'll count it as unknown until then)." };
  }
  if (NO_FIRST.test(answer) || NEGATED_STATEMENT.test(answer)) return { ok: true, value: false };
  if (YES_FIRST.test(answer)) return { ok: true, value: true };
  if (NEGATION.test(answer)) return { ok: true, value: false };
  const recognized = recognizeBoolean(answer, Culture.English)[0]?.resolution as { value?: boolean } | undefined;
  if (typeof recognized?.value === 'boolean') return { ok: true, value: recognized.value };
  return { ok: false, reason: 'Please answer yes or no.' };
}
