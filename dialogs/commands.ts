import type { ProfileField } from '../src/eligibility/types';

/** What a person asks the bot to do, as opposed to a fact or a question about the permit. */
export type Command =
  | { kind: 'cancel' }
  | { kind: 'startOver' }
  | { kind: 'help' }
  | { kind: 'greeting' }
  /** "Am I eligible?": the verdict so far, or start the check. */
  | { kind: 'verdict' }
  /** Leave the pending question unanswered ("skip", "I don't know"). */
  | { kind: 'skip' }
  /** Ask some facts again ("change my dates"); `fields` is empty when the message names none. */
  | { kind: 'change'; fields: ProfileField[] };

const WHOLE_MESSAGE: [Command['kind'], RegExp][] = [
  ['cancel', /^(?:cancel|stop|quit|exit|abort|end|enough|never ?mind|forget it|(?:cancel|stop|end|quit) (?:the |this |my )?(?:check|checking|eligibility check|questions)|i want to stop|stop asking)$/],
  ['startOver', /^(?:start (?:over|again|afresh|from scratch)|restart|reset|begin again|new check|start a new check|clear (?:my |all )?answers|forget (?:my|all) answers|let's start over)$/],
  ['help', /^(?:help|help me|what can you do|what can i (?:say|do|ask)|options|menu|commands)$/],
  ['greeting', /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)(?: there)?$/],
  ['skip', /^(?:skip|skip (?:it|this|this one|this question|that)|pass|next|next question|i (?:don't|do not) know|don't know|dunno|idk|not sure|i'm not sure|no idea|i have no idea|unsure|i'd rather not say|(?:i )?prefer not to say|rather not say|no comment)$/],
];

const VERDICT = [
  /^(?:so )?(?:am i|would i be|are we|i am|is that) (?:still |then |now )?eligible\b/,
  /^(?:check|test|assess|verify) (?:my |if i'm |whether i'm |if i am |whether i am )?eligib/,
  /^(?:eligibility(?: check)?|(?:my |the )?verdict|show (?:me )?(?:my |the )?(?:verdict|result|results)|(?:my |the )?results?|status|my status)$/,
  /^(?:do|would|will) i qualify\b/,
  /^can i (?:apply|qualify)$/,
  /\b(?:check|test|assess) (?:my )?eligibility\b/,
  /^what(?:'s| is) my (?:verdict|status|result)\b/,
];

const CHANGE = /^(?:(?:i (?:want|would like|need) to|i'd like to|can i|could i|let me|please|pls)\s+)?(?:(?:change|fix|update|edit|redo|modify)\b\s*(.*)|correct\s+(.+))$/;
const WRONG = /^(?:(?:my|the)\s+)?(.+?)\s+(?:is|are|was|were)\s+(?:wrong|incorrect|not right)$/;

/** Words that name facts, for "change my dates" and "my passport date is wrong". */
const FACT_NAMES: [RegExp, ProfileField[]][] = [
  [/\b(?:country|citizenship|nationality)\b/, ['citizenship']],
  [/\b(?:age|birth|birthday|born|dob)\b/, ['dateOfBirth', 'statedAge']],
  [/\b(?:student|enrol\w*|registered|registration|school|university|college)\b/, ['enrolled']],
  [/\b(?:job offer|offer|contract)\b/, ['hasJobOffer']],
  [/\b(?:field of study|linked|link|related)\b/, ['linkedToStudies']],
  [/\b(?:required|requirement|mandatory|compulsory)\b/, ['requiredForStudies']],
  [/\b(?:teer|noc|category)\b/, ['teer']],
  [/\b(?:dates|internship|period|placement)\b/, ['internshipStart', 'internshipEnd']],
  [/\bstart\w*\b/, ['internshipStart']],
  [/\b(?:end|ends|ending|finish\w*)\b/, ['internshipEnd']],
  [/\b(?:passport|expiry|expiration)\b/, ['passportExpiry']],
  [/\b(?:funds|money|savings|2,?500)\b/, ['hasFunds']],
  [/\binsurance\b/, ['hasInsurance']],
  [/\badmissib\w*\b/, ['admissible']],
  [/\b(?:ticket|flight)\b/, ['hasDepartureTicket']],
  [/\b(?:dependants?|dependents?|children|child|kids?|partner|family)\b/, ['hasDependants']],
  [/\b(?:residence|resident|live|living|reside)\b/, ['residentInCitizenshipCountry']],
  [/\b(?:participations?|participated|iec before|working holiday|previous|earlier)\b/, ['earlierParticipations', 'australiaParticipationSince2015']],
];

/** Lower case, typographic quotes made plain, without "please" and the punctuation around. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?"()-]+|[\s.,;:!?"()-]+$/g, '')
    .replace(/^(?:please|ok|okay|well|so|just|um|uh)\s+|\s+please$/g, '')
    .trim();
}

/** The facts a phrase names ("my dates" -> internship start and end); empty when it names none. */
export function factsNamedIn(text: string): ProfileField[] {
  const lower = plain(text);
  const fields = new Set<ProfileField>();
  for (const [pattern, named] of FACT_NAMES) if (pattern.test(lower)) named.forEach((f) => fields.add(f));
  const start = /\bstart/.test(lower);
  const end = /\b(?:end|ends|ending|finish\w*)\b/.test(lower);
  if (!/\b(?:dates|period)\b/.test(lower) && start !== end) fields.delete(start ? 'internshipEnd' : 'internshipStart');
  return [...fields];
}

/**
 * Reads a command from a whole message: "cancel", "start over", "help", "hi", "am I eligible?",
 * "skip" / "I don't know", "change my dates" / "my country is wrong". Anything else is not a command.
 */
export function readCommand(text: string): Command | undefined {
  const lower = plain(text);
  if (lower === '') return undefined;
  for (const [kind, pattern] of WHOLE_MESSAGE) {
    if (pattern.test(lower)) return { kind } as Command;
  }
  if (VERDICT.some((pattern) => pattern.test(lower))) return { kind: 'verdict' };
  const change = CHANGE.exec(lower) ?? WRONG.exec(lower);
  if (change !== null) return { kind: 'change', fields: factsNamedIn(change[1] ?? change[2] ?? '') };
  return undefined;
}

const ASKS_ELIGIBILITY = /\b(?:am i|would i be|are we|i am|i'm) (?:still )?eligible\b|\bcan i (?:apply|qualify|take part|participate|get (?:it|this|the permit|a permit))\b|\b(?:do|would|will) i qualify\b|\b(?:check|test|assess) (?:my )?eligibility\b/;

/** True if the message asks whether the person is eligible, also within a longer message ("I'm German, can I apply?"). */
export function asksEligibility(text: string): boolean {
  return ASKS_ELIGIBILITY.test(plain(text));
}
