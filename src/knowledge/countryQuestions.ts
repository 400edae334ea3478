/** A country named in a question: whether it is the person's own, a destination, or what the country table answers. */
import type { CountryMention } from '../understanding/countryResolver';
import { normalizeText } from './textNormalizer';
import type { CountryRule } from './types';

/** Canada is where people go, not a nationality to look up. */
export const DESTINATION = 'CA';

/**
 * A country named as a place to go or work ("a work permit in the US", "moving to Japan", "co-op in
 * Germany"): a question about another destination than Canada, which the knowledge base does not
 * answer. "Age limit in Latvia" or "I live in Spain" still name the person's country.
 */
const GOING_TO = /(?:^|[^\p{L}])([\p{L}-]+)\s+(?:in|to|into)\s+(?:the\s+)?$/iu;
/** Facts about a country itself ("What's the capital of Costa Rica?"). */
export const COUNTRY_TRIVIA = /\b(?:capital|currency|population|president|prime minister|weather|climate|flag)\b/i;
/**
 * A program like this one, asked about with a country ("does Australia have a similar internship
 * visa?", "does the USA have a J-1 visa like this one?", "does Australia have an internship program
 * for European students?"): another country's program.
 */
export const ANOTHER_PROGRAM =
  /\b(?:similar|equivalent|like this one)\b|\bhave (?:a|an|any|its own|their own) [^?.!]*\b(?:program|programme|scheme|visa)s? for\b/i;
/** A country's own visa: "an internship visa for Australia", "a US J-1 intern visa". */
const VISA_FOR = /\bvisas?\s+(?:for|to|in)\s+(?:the\s+)?$/i;
const ITS_VISA = /^\s+(?:[\p{L}\p{N}-]+\s+){0,3}visas?\b/iu;
/** A country named as where the person is now ("applying from inside the US", "living and studying in Singapore") or was refused entry ("refused entry to the US"): a place, not a nationality. */
export const BEING_IN =
  /(?:^|[^\p{L}])(?:inside|within|(?:apply|applying) from|(?:refused|denied|banned from) (?:entry )?(?:to|into|from|entering)?|(?:living|studying|working) and (?:living|studying|working) in)\s+(?:the\s+)?$/iu;
/** A language named, not a nationality ("do I need to speak French?", "fluent in German", "translate it into French", "¿hablas español?"). */
export const SPEAKING =
  /(?:^|[^\p{L}])(?:speak|speaks|speaking|spoken|learn|learning|fluent in|fluency in|talk|talking|hablas|hablo|habla|parlez|parles|sprechen|sprichst|parli|parla|falas|fala)(?:-vous| sie| usted)?\s+$|translat\p{L}*\b[^.!?]{0,40}\b(?:into|in)\s+$/iu;
/** A country named as what is visited ("visit the US", "travelling Japan"). */
const VISITING =
  /(?:^|[^\p{L}])(?:visit|visits|visiting|explore|exploring|tour|touring|travel|travelling|traveling)\s+(?:the\s+)?$/iu;
const GOING_WORDS: ReadonlySet<string> = new Set(
  `go goes going went move moves moving relocate relocating travel travelling traveling fly flying
  visit visiting trip emigrate emigrating immigrate immigrating work works working job jobs intern
  internship internships placement stay staying permit permits visa visas coop iec program programme`.split(/\s+/),
);

export function isDestination(question: string, mention: CountryMention): boolean {
  const at = question.indexOf(mention.matched);
  if (at < 0) return false;
  const before = question.slice(0, at);
  const after = question.slice(at + mention.matched.length);
  const going = GOING_TO.exec(before);
  return (
    VISITING.test(before) ||
    VISA_FOR.test(before) ||
    ITS_VISA.test(after) ||
    (going !== null && GOING_WORDS.has(normalizeText(going[1])))
  );
}

/** Words just before a country that make it the person's own ("as a Czech", "I'm Polish", "my Irish passport"). */
const OWN = /(?:^|\s)(?:i am|im|as|am|i have|i hold|my)(?: an?)?$/;
/** Someone else named shortly before a country ("my friend from Estonia", "my boyfriend is Canadian"). */
const OTHER_PEOPLE = `friends? brother sister boyfriend girlfriend partner wife husband mother father mom dad cousin
  colleague classmate roommate`.split(/\s+/);
const SOMEONE_ELSE = new RegExp(`\\b(?:${OTHER_PEOPLE.join('|')})(?:\\s+\\S+){0,3}$`);

/** The text of a question before the country it names. */
export function textBefore(question: string, mention: CountryMention): string {
  return question.slice(0, Math.max(question.indexOf(mention.matched), 0));
}

/** A country named as a passport or citizenship held ("a Cypriot passport"): the person's nationality. */
const HELD = ['passport', 'citizenship'];

/**
 * The person's own country among those named: one whose passport they name ("a Greek Cypriot with a
 * Cypriot passport"), else one they call theirs, else one not someone else's, else the first.
 */
export function ownMention(question: string, mentions: readonly CountryMention[]): CountryMention | undefined {
  const before = (m: CountryMention): string => normalizeText(textBefore(question, m));
  const text = question.toLowerCase();
  const held = (m: CountryMention): boolean => HELD.some((what) => text.includes(`${m.matched.toLowerCase()} ${what}`));
  return (
    mentions.find(held) ??
    mentions.find((m) => OWN.test(before(m))) ??
    mentions.find((m) => !SOMEONE_ELSE.test(before(m))) ??
    mentions[0]
  );
}

/** Entries that a question about one country is asking of the country table instead. */
export const COUNTRY_TOPICS: ReadonlySet<string> = new Set([
  'what-is-coop',
  'second-participation',
  'countries',
  'age-limits',
  'permit-length',
  'requirements',
  'how-to-apply',
]);

/** Taking part again, which the country table answers only for a country with its own rule for it. */
export const SECOND_PARTICIPATION = 'second-participation';

/** Whether a country has its own rule for taking part again (Australia, Italy, Switzerland). */
export function hasRepeatRule(rule: CountryRule): boolean {
  return rule.repeatParticipation !== undefined || rule.maxParticipations !== undefined;
}

/**
 * Of those, the ones about the person's own country when it is named only before the question
 * ("I'm Slovak... Can you explain the whole process?" asks about the process, not about Slovakia).
 */
export const OWN_COUNTRY_TOPICS: ReadonlySet<string> = new Set(['second-participation', 'age-limits', 'permit-length']);

/**
 * Words that frame a question about a country rather than name a topic: whether it takes part ("is
 * Poland part of it?", "is Belgium included?") or who the person is ("Taiwanese passport holder",
 * "Croatian student here").
 */
export const COUNTRY_FRAME_WORDS = new RegExp(
  `\\b(${[
    'take part', 'part', 'parts', 'include', 'included', 'includes', 'eligible', 'eligibility', 'allowed', 'allow',
    'participate', 'participates', 'participating', 'participant', 'participants', 'list', 'listed',
    'qualify', 'qualifies', 'accepted', 'accept', 'apply', 'join', 'member', 'covered', 'ok', 'okay',
    'citizen', 'citizens', 'citizenship', 'national', 'nationals', 'nationality', 'passport', 'passports',
    'holder', 'holders', 'hold', 'people', 'person', 'student', 'students', 'pool', 'pools', 'chance', 'chances', 'open',
    'rule', 'rules',
  ].join('|')})\\b`,
  'gi',
);
