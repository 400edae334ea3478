import { PERSON_WORDS } from './findCountries';
import { normalizeText } from './normalizeText';

const QUESTION_START = /^(?:can(?!'t)|could|how|what|what's|whats|when|where|which|who|whom|whose|why|is|isn't (?:it|that|there|this)|are|aren't (?:i|you|we|they|there)|am i|was|were|do(?! not\b)|does|did|will|would|should|shall|may|might|must|have (?:i|you|we)|has|any|tell me|explain|i (?:want|would like|'d like) to know|i wonder|wondering)\b/i;
/** A modal followed by what the person will do, with the "I" left out: "will buy it", "can do". */
const ELIDED_I = /^(?:will|would|can|could|should|shall|might|must)\s+(?:buy|book|get|do|have|bring|take|pay|try|send|sort|arrange|organi[sz]e|purchase|apply|start|finish)\b/i;
const FILLER_START = /^(?:actually|well|so|and|also|btw|by the way|oh|ok|okay|hi|hello|hey|sorry|um|uh|hmm|oops)\b[\s,!.]*/i;
/** A clause that is a bare number, as an age in a self-description: "26", "twenty three", "26 and Irish". */
const NUMBER_ITEM = /^(?:\d{2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:fif|six|seven|eigh|nine)teen)(?:\s+(?:and|n|&)\s+\S.*)?$/i;
/** A clause that describes the person in a few words: "German engineering student", "Swiss guy here". */
const SELF_DESCRIPTION = new RegExp(String.raw`^(?:[\p{L}'-]+\s+){1,3}(?:${PERSON_WORDS})$`, 'iu');
const STATEMENT_START = /^(?:i|i'm|im|i've|i'll|i'd|my|we|we're|we've|our|me|yes|yeah|yep|yup|sure|of course|no|nope|nah)\b/i;
const SENTENCE = /(?:[^.!?]|[.!?](?![.!?]*(?:\s|$)))+[.!?]*/g;
/** A letter or digit: a sentence without one ("🇨🇦🙏") only decorates a question beside it. */
const WORDS = /[\p{L}\p{N}]/u;
const CLAUSE_BREAK = /\s*(?:[,;:]|\s[-–—]\s|\bbut\b)\s*/i;

function withoutFiller(text: string): string {
  let rest = text.trim();
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(FILLER_START, '').trim();
  }
  return rest;
}

function sentences(text: string): string[] {
  return (normalizeText(text).match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

function isQuestionSentence(sentence: string): boolean {
  const core = withoutFiller(sentence);
  return sentence.endsWith('?') || (QUESTION_START.test(core) && !ELIDED_I.test(core));
}

/** True if the message asks something ("can I bring my kids?", "what's the age limit for Sweden"). */
export function isQuestion(text: string): boolean {
  return sentences(text).some(isQuestionSentence);
}

/**
 * The parts of a message that state something. A question keeps only the first-person statements
 * that lead it, with the clauses that continue them ("I'm Swedish, 24 years old, can I apply?" ->
 * "I'm Swedish. 24 years old.", "hey, 26, Irish, can I apply?" -> "26. Irish.", "German engineering
 * student, can I apply?" -> "German engineering student."); "can I bring my kids?" keeps nothing, nor
 * do the emoji beside a question.
 */
export function statementParts(text: string): string {
  const kept: string[] = [];
  const all = sentences(text);
  const asks = all.some(isQuestionSentence);
  for (const sentence of all) {
    if (asks && !WORDS.test(sentence)) continue;
    if (!isQuestionSentence(sentence)) {
      kept.push(sentence);
      continue;
    }
    const clauses = sentence.split(CLAUSE_BREAK);
    let stating = false;
    for (const [i, clause] of clauses.entries()) {
      const core = withoutFiller(clause);
      if (core === '') continue;
      if (QUESTION_START.test(core)) break;
      const continues = stating && i < clauses.length - 1;
      if (!STATEMENT_START.test(core) && !NUMBER_ITEM.test(core) && !SELF_DESCRIPTION.test(core) && !continues) break;
      stating = true;
      kept.push(`${clause.replace(/[?]+$/, '')}.`);
    }
  }
  return kept.join(' ');
}
