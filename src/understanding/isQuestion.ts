import { normalizeText } from './normalizeText';

const QUESTION_START = /^(?:can|could|how|what|what's|whats|when|where|which|who|whom|whose|why|is|isn't|are|aren't|am i|was|were|do(?! not\b)|does|did|will|would|should|shall|may|might|must|have (?:i|you|we)|has|any|tell me|explain|i (?:want|would like|'d like) to know|i wonder|wondering)\b/i;
const FILLER_START = /^(?:actually|well|so|and|also|btw|by the way|oh|ok|okay|hi|hello|hey|sorry|um|uh|hmm|oops)\b[\s,!.]*/i;
const STATEMENT_START = /^(?:i|i'm|im|i've|i'll|i'd|my|we|we're|we've|our|me|yes|yeah|yep|yup|sure|of course|no|nope|nah)\b/i;
const SENTENCE = /(?:[^.!?]|[.!?](?![.!?]*(?:\s|$)))+[.!?]*/g;
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
  return sentence.endsWith('?') || QUESTION_START.test(withoutFiller(sentence));
}

/** True if the message asks something ("can I bring my kids?", "what's the age limit for Sweden"). */
export function isQuestion(text: string): boolean {
  return sentences(text).some(isQuestionSentence);
}

/**
 * The parts of a message that state something. A question keeps only the first-person statements
 * that lead it, with the clauses that continue them ("I'm Swedish, 24 years old, can I apply?" ->
 * "I'm Swedish. 24 years old."); "can I bring my kids?" keeps nothing.
 */
export function statementParts(text: string): string {
  const kept: string[] = [];
  for (const sentence of sentences(text)) {
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
      if (!STATEMENT_START.test(core) && !continues) break;
      stating = true;
      kept.push(`${clause.replace(/[?]+$/, '')}.`);
    }
  }
  return kept.join(' ');
}
