/** The confirmation sent once the person's data is deleted. */
export const DATA_DELETED =
  "Done: I've deleted everything I stored about you in this conversation, your answers and where we were in the eligibility check. " +
  'I keep nothing else about you. You can ask me a question or start a new check at any time.';

const LEAD = /^(?:(?:please|pls|kindly|ok|okay|hey|hi|so|now|and|just|i said)\s+)*/;
const ASK = /^(?:(?:can|could|would|will) you\s+(?:please\s+)?|i(?: want| would like|'d like| need| demand) (?:you )?to\s+|you (?:can|should|must) |let's |go ahead and )?/;
const VERB = String.raw`(?:delete|erase|remove|wipe|purge|destroy|clear|forget)`;
const WHAT = String.raw`(?:personal |private |stored |saved )?(?:data|information|info|details|profile|records?|account|facts)`;
const HELD = String.raw`(?: you(?:'ve| have)? (?:know|have|hold|keep|stored|saved|collected|got))?(?: (?:about|on) me)?`;
const OBJECT = [
  String.raw`(?:(?:all|any)(?: of)? )?(?:my|the) ${WHAT}${HELD}`,
  String.raw`(?:all |any )?${WHAT} (?:about|on|of) me`,
  String.raw`everything${HELD}`,
  String.raw`all about me`,
  String.raw`(?:about )?me`,
].join('|');
const REQUEST = new RegExp(String.raw`^${VERB} (?:${OBJECT})(?: (?:now|please|thanks|thank you|right now|immediately))*$`);
const PASSIVE = /^(?:i want |i'd like |i would like |please have )?(?:all )?my (?:personal )?(?:data|information|info|details) (?:to be )?(?:deleted|erased|removed|wiped)$/;
const NAMED = /\bright to (?:be forgotten|erasure)\b|\bgdpr (?:deletion|erasure|delete|erase)\b/;

/** Lower case, plain apostrophes, without the punctuation and politeness around the words. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the message asks the bot to delete what it holds about the person: "delete my data",
 * "please erase all my personal information", "forget me", "forget everything you know about me",
 * "can you delete my details?", "I want my data deleted", "right to be forgotten". Questions about
 * data ("do you keep my data?") and the check's own commands ("forget it", "clear my answers") are not.
 */
export function asksToDeleteData(text: string): boolean {
  const words = plain(text);
  if (NAMED.test(words) || PASSIVE.test(words)) return true;
  const request = words.replace(LEAD, '').replace(ASK, '').replace(/ please$/, '');
  return REQUEST.test(request);
}
