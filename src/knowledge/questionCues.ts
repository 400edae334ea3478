/** What a question asks, recognised from its words alone: the cues the FAQ matcher reads before and after ranking. */
import { isTopicless, lastQuestion, type QueryTerm } from './faqIndex';
import { stem } from './textNormalizer';
import type { FaqEntry } from './types';

/**
 * Words that ask whether someone can take part ("am I eligible?", "can Brazilians do co-op?", "is it
 * available for my country?", "is Japan on the list?", "is Japan in?", "is the UK included?", "is India
 * part of it?", "any chance for a Brazilian?", "no co-op option for Dutch students?"):
 * asked with countries all outside the table, the answer is that the person's does not take part,
 * whatever else the question names ("Brazilian engineering student here, am I eligible?").
 */
export const ASKS_TO_TAKE_PART =
  /\b(?:eligible|eligibility|qualify|qualifies|apply|applying|allowed|participate|take part|available|open (?:to|for)|chances?|options?|on the list|part of|pools? for|exists? for|included|in\s*\?|possible|accepted|(?:can|could|may|able to) (?:[a-z]+ ){0,4}(?:do|get|go|join|enter|still|use|sign up)|(?:is|are) (?:[a-z]+ ){1,3}in (?:the |this )?(?:co-?op|iec|program|programme|scheme|category|list))\b/i;

/** The entry that lists the participating countries. */
export const ALL_COUNTRIES = 'countries';
/** The list of countries, named ("the list of participating countries"). */
const LIST_OF = 'list of (?:the )?(?:participating |eligible )?(?:countries|nationalities)';
/** Asking which countries ("which countries' citizens can apply?", "the list of countries whose citizens are eligible"). */
export const WHICH_COUNTRIES = new RegExp(
  `\\b(?:(?:which|what) (?:countr(?:y|ies)|nationalit(?:y|ies))|${LIST_OF}|countries whose citizens)\\b`,
  'i',
);

/** Asking for the list of countries ("full list of countries please", "all the participating countries"). */
export const LIST_OF_COUNTRIES = new RegExp(`\\b${LIST_OF}\\b|\\ball (?:the )?(?:participating |eligible )?countries\\b`, 'i');

/** The entry that says what the program is. */
export const ABOUT_PROGRAM = 'what-is-coop';
/** Words that name the program itself; a question of nothing else asks what it is ("what even is co-op?"). */
const PROGRAM_WORDS: ReadonlySet<string> = new Set(
  ['coop', 'iec', 'international', 'experience', 'program', 'programme', 'category', 'permit', 'visa'].map(stem),
);
const NAMING_WORDS: ReadonlySet<string> = new Set(['coop', 'iec', 'program', 'programme'].map(stem));

/** A question that only asks what the thing just named is: "What is it exactly?", "what's that?". */
const WHAT_IS_IT = /^\s*(?:(?:so|and|but|ok|okay)\b[\s,]*)?what(?:'s|s| is| exactly is)\s+(?:it|this|that)(?:\s+(?:exactly|actually|about|all about))?\s*[?!.]*\s*$/i;

/** Whether a message ends by asking what the program it names is ("Never heard of International Co-op before. What is it exactly?"). */
export function asksWhatItIs(asked: string, terms: readonly QueryTerm[]): boolean {
  return WHAT_IS_IT.test(asked) && terms.some((t) => NAMING_WORDS.has(t.stem));
}

/** Longest unknown word a question naming only the program may hold ("wtf is co-op"): longer ones name a topic. */
const NOISE_LENGTH = 4;

/** Whether a question only names the program, with at most one short word the knowledge base doesn't know. */
export function namesProgramOnly(terms: readonly QueryTerm[]): boolean {
  const unknown = terms.filter((t) => t.unknown);
  return (
    unknown.length <= 1 &&
    unknown.every((t) => t.stem.length <= NOISE_LENGTH) &&
    terms.some((t) => NAMING_WORDS.has(t.stem)) &&
    terms.every((t) => t.unknown || PROGRAM_WORDS.has(t.stem))
  );
}

/** Words that name the internship itself, not a topic of it. */
const PLACEMENT_WORDS: ReadonlySet<string> = new Set(['internship', 'placement', 'work'].map(stem));

/** Whether words name only the program or the internship, or nothing the knowledge base knows. */
export function namesPlacementOnly(terms: readonly QueryTerm[]): boolean {
  return terms.every((t) => t.unknown || isTopicless(t.stem) || PLACEMENT_WORDS.has(t.stem));
}

/** The entry that lists every requirement. */
export const ALL_REQUIREMENTS = 'requirements';
/** Asking for every requirement at once ("could you summarise all the eligibility criteria?", "what are the requirments?"). */
export const ASKS_ALL_REQUIREMENTS =
  /\b(?:all|every|each of|full list of|complete list of|whole list of|overview of) (?:the |your )?(?:eligibility |entry |basic |main )?(?:requirements|conditions|criteria|prerequisites)\b|\bwhat are (?:the |your )?(?:main |basic |general |eligibility )?(?:req\w*ments?|conditions|criteria|prerequisites)\b/i;
/**
 * Words that frame a question as one about a requirement without naming which: "is being admissible
 * one of the conditions?" asks about admissibility, "what are the conditions?" about all of them.
 */
export const REQUIREMENT_FRAME_WORDS = new RegExp(
  `\\b(?:${[
    'req[a-z]*ments?', 'required', 'conditions?', 'criteria', 'criterion', 'rules?', 'prerequisites?',
    'eligibility', 'eligible', 'qualify', 'qualifies', 'meet',
  ].join('|')})\\b`,
  'gi',
);

/** The section of the source that lists the requirements. */
const REQUIREMENTS_SECTION = 'Eligibility requirements';

/** Whether an entry is about one of the requirements: it cites their section, and is not all of them. */
export function isRequirement(entry: FaqEntry): boolean {
  return entry.id !== ALL_REQUIREMENTS && entry.source.split('; ').includes(REQUIREMENTS_SECTION);
}

/** Saying one is not a citizen of the country one lives in ("I don't have an Irish passport yet", "I'm not a Greek citizen"). */
export const NOT_A_CITIZEN =
  /\b(?:not (?:a |an )?(?:[\p{L}-]+ )?(?:citizens?|citizenship|nationals?|nationality)|(?:don'?t|do not|haven'?t got|have not got|not) (?:have |hold )?(?:an? |the |its )?(?:[\p{L}-]+ )?(?:pass?port|citizenship|nationality)|no (?:[\p{L}-]+ )?citizenship|without (?:[\p{L}-]+ )?(?:citizenship|passport)|only (?:have|has|hold|holds) (?:an? |the |my |his |her )?(?:[\p{L}-]+ )?passport|(?:my|his|her|their) only passport is|never (?:been )?naturali[sz]ed|but (?:my|his|her|their) passport is)\b/iu;
/**
 * Asking whether nationality or the place one studies or lives decides ("Is it my passport that
 * decides, or the country where my university is?"): the citizenship rule answers it.
 */
export const NATIONALITY_OR_PLACE =
  /\b(?:passport|nationality|citizenship)\b[^.!?]*\bwhere (?:i|you|my|one|we)\b[^.!?]*\b(?:study|studies|studying|university|live|living|reside)\b|\bwhere (?:i|you|my|one|we)\b[^.!?]*\b(?:study|studies|studying|university|live|living|reside)\b[^.!?]*\b(?:passport|nationality|citizenship)\b/i;
/**
 * Asking whether nationality or the place of study counts, in one question ("Does it matter what
 * nationality I have, as long as I study at a university in a member country?", "...on the
 * student's nationality, or on where they study?", "I'm studying at an Irish university; does that
 * count, or do I need to be a citizen?"): the citizenship rule answers it.
 */
export const NATIONALITY_OR_STUDY =
  /\b(?:passport|nationality|citizen\w*)\b[^.!?]*\b(?:where (?:i|you|my|your|one|we|our|they|their|he|his|she|her|the student)\b[^.!?]*\b(?:study|studies|studying|university)|(?:study|studies|studying) (?:at|in))\b|\bwhere (?:i|you|my|your|one|we|our|they|their|he|his|she|her)\b[^.!?]*\b(?:study|studies|studying|university)\b[^.!?]*\b(?:passport|nationality|citizen\w*)\b|\b(?:study|studies|studying) (?:at|in)\b[^.!?]*\bor\b[^.!?]*\b(?:passport|nationality|citizen\w*)\b/i;
/** Words that ask what decides ("does it depend on...", "is it based on..."). */
export const DECIDES = /\b(?:decides?|depends?|based|matters?|counts?)\b/i;
/** Naming the participating countries in general ("in one of the participating countries"). */
export const NAMES_PARTICIPATING_COUNTRY = /\bparticipating countr/i;
/** Saying where one lives ("I've lived in Ireland for years", "with a residence card"). */
export const LIVING_THERE = /\b(?:live|lived|living|lives|resident|residence|residency|grew up|raised|moved)\b/i;

/** The entry of the rule that one must be a citizen of a participating country. */
export const CITIZENSHIP = 'citizenship';
/**
 * Entries about what a person's nationality or home must be: a question naming countries that asks
 * what is needed ("My mum is Polish... do you need to hold a passport from a participating country,
 * or are Polish roots enough?") asks about the rule, not about the countries.
 */
export const NATIONALITY_TOPICS: ReadonlySet<string> = new Set([CITIZENSHIP, 'residence']);
/** Words that ask what is needed ("do you need...", "is it enough?"). */
export const ASKS_WHAT_IS_NEEDED =
  /\b(?:need|needs|require|requires|required|have to|has to|must|enough|sufficient|count|counts|(?:does|would|will|is) (?:that|this|it) (?:work|ok|okay|fine|acceptable))\b/i;

/** The entry about bringing one's family. */
export const DEPENDANTS = 'dependants';
/** What a question about someone else may read as (bringing them, their citizenship) when it asks whether they can apply themselves. */
export const ABOUT_SOMEONE: ReadonlySet<string> = new Set([DEPENDANTS, CITIZENSHIP]);
/**
 * Asking whether someone else can apply themselves ("My Swedish girlfriend is 32, can she apply
 * too?", "My daughter holds Croatian citizenship, is she still eligible?"): a question about their
 * country, not about bringing them along or about citizenship.
 */
export const APPLIES_THEMSELVES =
  /\b(?:(?:can|could|may) (?:she|he|they)|(?:she|he|they) (?:can|could|may)) (?:also |still )?(?:apply|join|qualify|participate|take part|do it)\b|\b(?:is|are) (?:she|he|they) (?:still )?(?:eligible|too old)\b/i;

/** Another IEC category named ("the Working Holiday permit", "Young Professionals"). */
const OTHER_CATEGORY = /\b(?:working[- ]?holidays?|young professionals?|whv)\b/i;
/** Comparing with another category ("benefits over WHV", "better than the working holiday"). */
const COMPARING = /\b(?:over|vs\.?|versus|compared|than|instead of|rather than)\b/i;
/** The program or its internship named ("co-op", "IEC", "intern", "placement"). */
const NAMES_COOP = /\b(?:co-?op|co op|iec|interns?|internships?|placements?)\b/i;

/**
 * Whether a message is about another IEC category, which the knowledge base does not cover: its last
 * question names one and the message never names co-op or the internship ("How long does the Working
 * Holiday permit last?"), while "can I do co-op after my working holiday?" is about co-op.
 */
export function aboutOtherCategory(question: string): boolean {
  return OTHER_CATEGORY.test(lastQuestion(question)) && !NAMES_COOP.test(question) && !COMPARING.test(question);
}

/** What a question names as done, after "after", up to the clause that asks ("after the ITA do I..."). */
export const AFTER =
  /\bafter\s+((?:(?!\b(?:do|does|did|can|could|should|would|will|so|and|but|or|how|what|when|where|which|is|are|to be|to get|in order)\b)[^,;:.!?—–()])+)/i;

/**
 * Asking for a count of places, invitations or people ("How many co-op places are there for
 * Germany?", "how many applicants get accepted?"): the knowledge base gives no such figure.
 */
export const HOW_MANY_TAKEN =
  /\bhow many (?:[a-z-]+ )?(?:invitations|itas|places|spots|slots|seats|applicants|candidates|people|participants|students|interns)\b/i;
/** Taking part again ("am I allowed to take part again?"): words the reading drops as function words, but which ask about a second participation. */
export const TAKING_PART_AGAIN = /\b(?:again|twice|second time|once more|more than once)\b/i;
/** Asking about a refund, which the knowledge base never mentions ("do I get the fee refunded?"). */
export const ASKS_REFUND = /\brefund(?:s|ed|able)?\b|\b(?:fee|fees|money) back\b/i;

/** A step the person says is done ("I did the questionnaire", "having completed my profile"), up to the clause after it. */
export const DONE =
  /\b(?:did|done|completed|finished|filled (?:in|out)|took|taken|created|made|submitted)\s+((?:the|my|that|this|an?)\s+(?:(?!\b(?:and|but|so|then|it|which)\b)[^,;:.!?()])+)/i;
/** A message asking what comes next ("what's the next step?", "after the questionnaire, then what?"). */
export const ASKS_NEXT = /\bnext\b|\bafter (?:the|that|this|my)\b|\bnow what\b|\bwhat happens (?:now|then|at this (?:step|stage|point))\b/i;
/** Asking about age ("what ages are eligible?", "how old can I be?", "does the age cut-off count on the day I apply?"). */
export const ASKS_AGE = /\b(?:what|which) ages?\b|\bhow old\b|\bage (?:limit|range|bracket|cap|cut-?off|requirement)s?\b/i;
/** The entry of the age limits. */
export const AGE_LIMITS = 'age-limits';
/** Saying when a passport expires or how long it is valid ("my passport runs out next March"). */
export const PASSPORT_VALIDITY = /\bpass?port\b[^.!?]*\b(?:expires?|expiring|expiry|runs? out|running out|valid|validity)\b/i;
/** The entry of the passport rule. */
export const PASSPORT = 'passport';
/** Asking about health insurance ("do I need health insurance for the whole permit?"). */
export const ASKS_HEALTH_COVER = /\b(?:health|medical) (?:insurance|cover|coverage)\b/i;
/** The entry of health insurance. */
export const HEALTH_INSURANCE = 'health-insurance';
/** Asking which number ("what number do they send me?"): the Offer of Employment number. */
export const ASKS_NUMBER = /\b(?:what|which) (?:\w+ )?number\b/i;
/** The entry of the Offer of Employment number. */
export const OFFER_NUMBER = 'offer-of-employment-number';
/** Asking how long the permit lasts ("for how long is the permit usually granted?", "how long can an intern stay?"), not how long it takes. */
export const ASKS_PERMIT_LENGTH =
  /\bhow long (?:is|will|would) (?:the |my |a |your )?(?:[a-z-]+ ){0,3}(?:permit|visa)\b(?! (?:take|processing))|\bhow long (?:does|do|will|would) (?:the |my |a |your )?(?:[a-z-]+ ){0,3}(?:permit|visa) (?:run|last|go)\b|\bpermit (?:usually |normally )?(?:granted|issued|valid)\b|\bhow long (?:can|could|may|would) (?:an? |the )?(?:interns?|students?|participants?|people|i|you|we|they|he|she) (?:stay|remain|work)\b/i;
/** The entry of how long the permit lasts. */
export const PERMIT_LENGTH = 'permit-length';
/** The entry that lists all the steps of getting the permit. */
export const ALL_STEPS = 'how-to-apply';
/** Asking for every step at once ("what's the full sequence of steps?", "the whole process step by step"). */
export const ASKS_ALL_STEPS = /\b(?:all|full|whole|entire|complete|every) (?:the )?(?:sequence of |list of )?(?:steps?|process|procedure)\b|\bstep[- ]by[- ]step\b/i;

/** A question of how to do something, with the words after it: "how do I appeal it?", "how can my employer pay?". */
export const HOW_TO =
  /\b(?:(?:how|where) (?:do|can|could|should|would|to|does|did)\s+(?:(?:i|we|you|one|he|she|they)\s+)?|how long (?:does|do|will|would) it take (?:(?:me|us|him|her|them) )?to\s+)(.*)$/i;
/** Doings whose procedure the knowledge base never explains, though it names them ("should I renew my passport first?"). */
export const PROCEDURES_ELSEWHERE: ReadonlySet<string> = new Set(['renew', 'replace', 'extend', 'translate'].map(stem));

/**
 * Asking whether a person must be something: "do I have to be a citizen?", "must I be enrolled?",
 * "do applicants need to be students?"; not what a thing must be ("what needs to be written in the contract?").
 */
export const MUST_BE =
  /\b(?:(?:i|you|we|he|she|they|one|applicants?|participants?|students?) (?:have|has|need|needs|got) to be|must (?:i |you |we )?be|required to be|requires? (?:me|you|us|him|her|them|applicants|students|participants) to be)\b/i;

/** A question pointing back to what the message said before ("Is that one of the conditions?"). */
export const POINTS_BACK = /\b(?:that|this|it)\b/i;

/** Words that only ask ("who?", "when?"): a question of nothing else names no topic. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'when', 'where', 'why', 'how'].map(stem));
